package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/index"
)

const searchHelp = `用法: zongjie search [--index DIR] [--json] [-n N] [--facet township,year] QUERY

在 zongjie run 建立的索引中全文检索。QUERY 使用 Bleve 查询语法：

  办结率                  中文词按短语匹配：命中的文档一定含有“办结率”这三个字
  率                      单个汉字也可以检索
  "代表活动站"            引号内为短语
  township:拐河镇         按字段筛选：township 乡镇、organ 机关、source 来源文件、
                          title 标题、body 正文、words 按 gse 分词匹配整词
  year:>=2020             数值比较（> >= < <= 或等于），字段为 year 或指标，
  completion_rate:<90     指标名见 FACTS.md（motions、satisfaction_rate …）
  -率先                   排除含有该词的文档（以 - 开头时请写在 -- 之后）

多个条件须同时满足。全角的 ：“”＞＜ 与半角相同。

选项:
  --index DIR         索引位置：index.bleve 文件夹或 run 的输出文件夹
                      （默认 zongjie-out/index.bleve）
  --json              每行输出一条 JSON 结果（--facet 的统计在结果之后，每个一行）
  -n N                最多显示 N 条（默认 10）
  --facet LIST        按字段统计命中数，逗号分隔：township、year、organ、source

示例:
  zongjie search 办结率
  zongjie search --index out '"代表活动站" township:青石镇'
  zongjie search --index out 'year:>=2020 completion_rate:<90'
  zongjie search --facet township,year 满意率
  zongjie search --json -n 100 'motions:>=10 视察' > hits.jsonl
  zongjie search -- '代表 -人大代表'

退出状态: 0 有结果；1 无结果、索引不存在、版本不符或正被占用；2 用法错误（查询为空或有误）
`

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search")
	dir := fs.String("index", filepath.Join("zongjie-out", "index.bleve"), "")
	asJSON := fs.Bool("json", false, "")
	n := fs.Int("n", 10, "")
	facetList := fs.String("facet", "", "")
	if code, ok := parseFlags(fs, searchHelp, args, stdout, stderr); !ok {
		return code
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "zongjie search: "+format+"\n", a...)
		return code
	}
	query := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if strings.TrimSpace(strings.ReplaceAll(query, "\u3000", " ")) == "" {
		return fail(exitUsage, "empty query: give words to look for, e.g. zongjie search 办结率 (see 'zongjie search --help')")
	}
	if *n < 1 {
		return fail(exitUsage, "-n %d: give a number of hits of 1 or more", *n)
	}
	var facets []string
	for _, f := range strings.Split(*facetList, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if _, ok := facetNames[f]; !ok {
			return fail(exitUsage, "--facet %s: unknown facet (use township, year, organ or source)", f)
		}
		facets = append(facets, f)
	}

	path := *dir
	// --index may name a run's output folder.
	if _, err := os.Stat(filepath.Join(path, "index.bleve")); err == nil {
		path = filepath.Join(path, "index.bleve")
	}
	ix, err := index.Open(path)
	switch {
	case errors.Is(err, index.ErrNoIndex):
		return fail(exitFailed, "no index at %s (run 'zongjie run -o OUT PATH' first, then give --index OUT)", *dir)
	case err != nil:
		return fail(exitFailed, "%v", err)
	}
	defer ix.Close()

	res, err := ix.SearchWith(ctx, index.Request{Query: query, Size: *n, Facets: facets})
	var qe *index.QueryError
	switch {
	case errors.As(err, &qe):
		if qe.Col > 0 {
			return fail(exitUsage, "bad query '%s' at column %d: %s", query, qe.Col, qe.Msg)
		}
		return fail(exitUsage, "bad query '%s': %s", query, qe.Msg)
	case errors.Is(err, index.ErrEmptyQuery):
		return fail(exitUsage, "empty query: give words to look for, e.g. zongjie search 办结率")
	case err != nil:
		return fail(exitFailed, "%v", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return fail(exitFailed, "write results: %v", err)
			}
		}
		for _, f := range res.Facets {
			if err := enc.Encode(f); err != nil {
				return fail(exitFailed, "write results: %v", err)
			}
		}
	} else {
		printHits(stdout, res)
	}
	if res.Total == 0 {
		return fail(exitFailed, "no documents match %s", query)
	}
	return exitOK
}

// facetNames gives the Chinese heading of each facet.
var facetNames = map[string]string{"township": "乡镇", "year": "年份", "organ": "机关", "source": "来源文件"}

func printHits(w io.Writer, res *index.Result) {
	if res.Total == 0 {
		return
	}
	fmt.Fprintf(w, "共 %d 篇文档命中，显示 %d 篇\n", res.Total, len(res.Hits))
	for i, h := range res.Hits {
		title := h.Title
		if title == "" {
			title = "（无标题）"
		}
		meta := []string{orUnknown(h.Township, "乡镇不详")}
		if h.Year != 0 {
			meta = append(meta, strconv.Itoa(h.Year)+"年")
		} else {
			meta = append(meta, "年份不详")
		}
		meta = append(meta, h.Source+":"+strconv.Itoa(h.Part), fmt.Sprintf("得分 %.3f", h.Score))
		fmt.Fprintf(w, "\n%d. %s\n   %s\n", i+1, title, strings.Join(meta, " · "))
		for _, fr := range h.Fragments {
			fmt.Fprintf(w, "   %s\n", fr)
		}
		for _, f := range h.Facts {
			v := strconv.FormatFloat(*f.Value, 'f', -1, 64)
			loc := ""
			if f.Line > 0 {
				loc = fmt.Sprintf("第%d行：", f.Line)
			}
			name := f.Metric
			if m, ok := extract.MetricByID(f.Metric); ok {
				name = m.Name
			}
			fmt.Fprintf(w, "   [%s] %s%s（%s%s）\n", name, v, f.Unit, loc, f.Text)
		}
	}
	for _, f := range res.Facets {
		var parts []string
		for _, t := range f.Terms {
			parts = append(parts, fmt.Sprintf("%s %d", t.Term, t.Count))
		}
		if f.Missing > 0 {
			parts = append(parts, fmt.Sprintf("（不详）%d", f.Missing))
		}
		fmt.Fprintf(w, "\n按%s: %s\n", facetNames[f.Name], strings.Join(parts, " · "))
	}
}

func orUnknown(s, unknown string) string {
	if s == "" {
		return unknown
	}
	return s
}
