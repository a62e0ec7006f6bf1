package corpus

import (
	"strings"
	"testing"
)

// BenchmarkReadText reads a 600 KB summary-like text file.
func BenchmarkReadText(b *testing.B) {
	lines := longSummary()
	data := []byte(strings.Repeat(strings.Join(lines[1:len(lines)-2], "\n")+"\n", 60))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("a.txt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
