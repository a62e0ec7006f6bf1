package runerange

import (
	"slices"
	"testing"
)

func TestMerge(t *testing.T) {
	for _, tc := range []struct{ in, want []rune }{
		{nil, nil},
		{[]rune{'a', 'c'}, []rune{'a', 'c'}},
		{[]rune{'x', 'z', 'a', 'c'}, []rune{'a', 'c', 'x', 'z'}},
		{[]rune{'a', 'c', 'b', 'f'}, []rune{'a', 'f'}}, // overlapping
		{[]rune{'a', 'c', 'd', 'f'}, []rune{'a', 'f'}}, // touching
		{[]rune{'a', 'z', 'c', 'd'}, []rune{'a', 'z'}}, // inside
		{[]rune{'一', '十', '0', '9'}, []rune{'0', '9', '一', '十'}},
	} {
		if got := Merge(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Merge(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
