package textwidth

import "testing"

func TestCells(t *testing.T) {
	tests := []struct {
		in        string
		narrow    int // ambiguous runes narrow
		ambiguous int // ambiguous runes wide
	}{
		{"", 0, 0},
		{"abc 12", 6, 6},
		{"主席团会议8次", 13, 13},
		{"９４．８％", 10, 10},
		{"“代表”—…", 8, 12},
		{"2 月 16 日", 10, 10},
	}
	for _, tc := range tests {
		if got := Cells(tc.in, false); got != tc.narrow {
			t.Errorf("Cells(%q, false) = %d, want %d", tc.in, got, tc.narrow)
		}
		if got := Cells(tc.in, true); got != tc.ambiguous {
			t.Errorf("Cells(%q, true) = %d, want %d", tc.in, got, tc.ambiguous)
		}
	}
}
