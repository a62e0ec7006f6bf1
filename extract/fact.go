package extract

// Kinds of fact.
const (
	KindCount    = "count"
	KindRate     = "rate"
	KindMoney    = "money"
	KindArea     = "area"
	KindDate     = "date"
	KindSession  = "session"
	KindQuantity = "quantity"
)

// Qualifiers of a figure.
const (
	Exact   = "exact"
	About   = "about"    // 近, 约, 左右, 上下
	Over    = "over"     // 多, 余, 逾, 超过
	AtLeast = "at_least" // 以上, 不少于, 至少
	Under   = "under"    // 不到, 以下, 不足
)

// Fact is one figure found in a document.
type Fact struct {
	Kind   string // KindCount, KindRate …
	Metric string // one of the metric ids of Metrics, or ""
	Label  string // what is counted, as written nearby

	// Value is the number; nil for dates, ranges and masked figures.
	Value *float64
	// Date is the value of a date fact as partial ISO 8601: "2024-12-21",
	// "2024-04", "--11-16"; "" when masked through.
	Date string
	// DatePart is "early", "mid" or "late" for 初/上旬, 中旬, 底/下旬.
	DatePart string
	// Min and Max are the ends of a range (3-5名); Value is then nil.
	Min, Max *float64
	// Term is the 届 of a session fact (第二届 → 2); nil if not given.
	Term *int

	Unit      string // 次, 件, %, 元 … as written; money is always 元
	Qualifier string // Exact, About, Over, AtLeast, Under
	Masked    bool   // the figure is a placeholder (XX, ××)

	Text       string // the evidence: Text == doc.Text[Start:End]
	Start, End int    // byte offsets in the document's cleaned text
	Rule       string // the rule that produced the fact: "count/classifier", "metric/motions"
}

// Float returns a pointer to v, for Fact.Value, Min and Max.
func Float(v float64) *float64 { return &v }
