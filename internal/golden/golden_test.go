package golden

import "testing"

func TestRoundTrip(t *testing.T) {
	in := "a comment\n-- input --\n会上收到建议11件。\n-- facts --\ncount\tmotions\t11\n"
	a := Parse(in)
	if got, _ := a.Get("input"); got != "会上收到建议11件。\n" {
		t.Errorf("Get(input) = %q", got)
	}
	if got := string(a.Format()); got != in {
		t.Errorf("Format() = %q, want %q", got, in)
	}
	a.Set("facts", "none\n")
	a.Set("year", "2024")
	want := "a comment\n-- input --\n会上收到建议11件。\n-- facts --\nnone\n-- year --\n2024\n"
	if got := string(a.Format()); got != want {
		t.Errorf("after Set, Format() = %q, want %q", got, want)
	}
}
