// Package extract finds facts in segmented documents: counts with their
// classifiers, rates, money, areas and other quantities, dates and sittings
// of people's congresses, each tagged with a metric when its words say what
// it counts. It is pure: no I/O.
//
// Offsets are byte offsets into corpus.Document.Text, half open, so that
// Fact.Text == doc.Text[Fact.Start:Fact.End] always holds. Text with
// full-width digits and signs (１２％) is read as if folded to ASCII, with
// offsets into the text as given.
//
// Extraction is a fixed sequence of passes over the text; a span claimed by
// one pass is not read again by a later one:
//
//  1. blocks: web addresses, document numbers (鄂办发[2017]40号), telephone
//     and page numbers hold digits but no fact;
//  2. sessions: 第二届人代会第五次会议, 十届人大二次会议, 镇人大六次会议;
//  3. dates: ISO-like (2024-12-21) and in digits alone (20240307,
//     2013.03), spans of months (1-9月份), written dates with lists and
//     spans (4月、7月和11月; 3月28日至31日), days after a month of the same
//     sentence (5月…于29日; a day alone or 每月15日 is no date), halves,
//     starts, ends and quarters of years (2017年上半年, 2021年底, 一季度 as
//     its first and last month), spans of years (2019-2021年, 从2016到2018),
//     decades and centuries as their first and last year, with their part
//     (上世纪九十年代, 九十年代末, 本世纪中叶), years alone (2024年, 2021年度,
//     一五年, XX年) and of editions (2015版), and, only when the reference
//     date is known to the day, words that count from today: days (明日,
//     5天前, 29日 alone), weeks (下周 as its Monday and Sunday), months
//     (上个月, 本月初), years (去年, 上年 alone, 三年前, 年底 alone) and
//     spans (近三年, 上两个月, as their first and last day or month);
//     page timestamps are left out: a date in digits with a clock time
//     after it (2022-11-21 14:50), a date with seconds or alone with its
//     time on a line, a date on a line of page metadata (发布时间：…);
//  4. rates written 百分之… (千分之, 万分之) and in tenths with 成 (九成以上
//     is 90%, at least; 成 must end the words: not 一成不变, 八成新);
//  5. figures with a unit: a number or placeholder, or a range of two
//     (3-5名, 两三个), with the qualifiers around it (近, 约, 多, 余, 以上,
//     不到 …), 万/亿 and a unit that gives the kind: % for rates, 元 and
//     other currencies for money, 平方米/亩 for areas, 公里/吨 … for
//     quantities, classifiers (次, 件, 条, 名, 个 …) for counts;
//  6. money in 万 or 亿 with no 元 when the words before it speak of money
//     (发展资金250万), and money in 角 and 分;
//  7. two amounts each written with the same unit and joined as a range
//     (1万元至2万元) become one range.
//
// Counts and rates then take a metric from the rule table in rules.go: the
// rule whose cue word stands nearest the figure, in the clause before it or
// in the words after its unit, wins. The label heading a terse line
// (代表活动站：新建2个，现有7个) counts as part of the clause of each figure
// after its colon, and a bare total after a list (3月、6月分别视察…，计3次)
// reads the list (scope.go). A figure that states a norm or a requirement
// (每个代表…至少联系3-5名选民, 要求…每人…), that stands in a section of plans
// (七、2020年工作打算) or in a sentence after a plan (明年, 下一步, 计划召开,
// 拟组织, 将继续 reach to the end of the sentence), or that is negated
// (没提过一条建议, 未办结3件) gets no metric. So does a document titled as
// a plan (2024年工作要点), a sentence headed by a later year than the
// document's, and a count of a quoted list (“交办、督办…”四个环节), of a
// list's category (…等事项23项), of villages (12个村的…), or of what
// remains of a total (其余2件).
//
// Other bodies' work gets no metric either (rules.go, otherActor): a
// figure whose sentence names another body last before it (镇信访办, 纪委,
// 政协, 网格员, 县人大常委会, a government heading the sentence), unless
// the congress works with it (配合, 参加, 协调); or whose sentence names no
// congress actor but a topic of another body's work (安全生产大检查, 热线
// 工单, 培训农民, 中心组学习). Deputies' suggestions are handled by other
// bodies by design, so who resolves them does not matter; letters and
// visits resolved are not suggestions resolved, nor are opinions raised in
// an inspection motions. In a standing committee's own report (no township
// presidium named) the committee is the congress.
//
// Figures in the cells of a table (table.go: rows of cells separated by
// tabs, as corpus writes the rows of a .docx table, by | or ｜, or by gaps
// of spaces) are read again once all passes are done, cell by cell: with
// the words of their own cell, the row's labels and the column's header
// before them, so that the cells before do not leak into the reading; a
// total row (合计, 小计) that names nothing takes the metric of the figures
// above it in its column, or that of the table's caption; a bare number
// (召开主席团会议（次） | 8) becomes a figure in the unit its row label, its
// column header or the caption gives (（次）, 单位：件, 次数). Years that head
// the columns are never counts, and the figures of a year other than the
// document's get no metric.
//
// The parts of a total by year or by place (breakdown.go: 分年度看：2017年
// 8次、2018年7次; 其中，河口镇…3次，新店镇召开3次) take the total's metric.
//
// Last, figures given per unit are read as such (distribute.go): in
// 14个行政村各建设代表活动室1个 the metric goes to the 14 villages, not to
// the one room each.
//
// Every fact carries Rule, the name of the pass or metric rule that made
// it, so that Explain can show why a figure was read as it was.
package extract
