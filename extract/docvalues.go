package extract

// DocValue is the document-level value of one metric: the figure that
// stands for a document in the workbook's 对比 sheet and in the index.
type DocValue struct {
	Set       bool // a value was reported
	Masked    bool // only masked figures were reported
	Value     float64
	Qualifier string // of the figure chosen
}

// DocValues returns the document-level value of each metric, indexed as
// Metrics: for a count its largest reported value (totals dominate their
// parts), for a rate the first one reported. facts are in text order.
// Masked figures give no value; a metric reported only masked is Masked.
func DocValues(facts []Fact) []DocValue {
	out := make([]DocValue, len(Metrics))
	for _, f := range facts {
		k := MetricIndex(f.Metric)
		if k < 0 {
			continue
		}
		dv := &out[k]
		if f.Value == nil || f.Masked {
			dv.Masked = dv.Masked || (f.Masked && !dv.Set)
			continue
		}
		if !dv.Set || Metrics[k].Kind == KindCount && *f.Value > dv.Value {
			*dv = DocValue{Set: true, Value: *f.Value, Qualifier: f.Qualifier}
		}
	}
	return out
}

// MetricIndex returns the index in Metrics of the metric id, or -1.
func MetricIndex(id string) int {
	if id == "" {
		return -1
	}
	for i, m := range Metrics {
		if m.ID == id {
			return i
		}
	}
	return -1
}
