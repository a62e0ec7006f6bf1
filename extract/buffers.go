package extract

import "sync"

// owners holds the owner slices of finished extractions (scan.owner, a
// token's start for each byte of the text: the largest of their
// allocations) for the next to reuse.
var owners sync.Pool // *[]int

// getOwner returns a slice of n ints, not cleared.
func getOwner(n int) []int {
	if p, ok := owners.Get().(*[]int); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]int, n)
}

// putOwner gives o back for reuse; the extraction that had it is over.
func putOwner(o []int) {
	owners.Put(&o)
}
