package extract

import "testing"

func TestDocValues(t *testing.T) {
	count := func(metric string, v float64, q string) Fact {
		return Fact{Kind: KindCount, Metric: metric, Value: Float(v), Qualifier: q}
	}
	rate := func(metric string, v float64) Fact {
		return Fact{Kind: KindRate, Metric: metric, Value: Float(v), Qualifier: Exact}
	}
	masked := func(metric string) Fact { return Fact{Kind: KindCount, Metric: metric, Masked: true} }
	facts := []Fact{
		count("presidium_meetings", 3, Exact),      // a part …
		count("presidium_meetings", 12, Exact),     // … the total dominates
		count("presidium_meetings", 4, Exact),      // another part
		rate("completion_rate", 95),                // the first rate stands
		rate("completion_rate", 80),                // a later one does not
		masked("motions"),                          // only masked
		masked("voters_contacted"),                 // masked, then a value
		count("voters_contacted", 800, Over),       // the value wins, with its qualifier
		{Kind: KindCount, Value: Float(99)},        // no metric
		{Kind: KindDate, Metric: "", Date: "2024"}, // not a metric
	}
	got := DocValues(facts)
	want := map[string]DocValue{
		"presidium_meetings": {Set: true, Value: 12, Qualifier: Exact},
		"completion_rate":    {Set: true, Value: 95, Qualifier: Exact},
		"motions":            {Masked: true},
		"voters_contacted":   {Set: true, Value: 800, Qualifier: Over},
	}
	for i, m := range Metrics {
		if got[i] != want[m.ID] {
			t.Errorf("DocValues: %s = %+v, want %+v", m.ID, got[i], want[m.ID])
		}
	}
}
