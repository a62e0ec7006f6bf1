package corpus

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/zongjie/zongjie/internal/runerange"
)

// headGuard is an anchored regexp (one that matches only at the start of
// the text) with the characters a match can begin with: most lines begin
// with none of them, and MatchString is not run on those. A regexp whose
// first characters cannot be worked out (or that is not anchored, or may
// match the empty text) is always run.
type headGuard struct {
	re    *regexp.Regexp
	first []rune // sorted, disjoint ranges lo, hi, lo, hi …; nil: no guard
}

func newHeadGuard(re *regexp.Regexp) headGuard {
	g := headGuard{re: re}
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return g
	}
	p = p.Simplify()
	if p.Op != syntax.OpConcat || len(p.Sub) < 2 || p.Sub[0].Op != syntax.OpBeginText {
		return g
	}
	var first []rune
	rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: p.Sub[1:]}
	if !firstRunes(rest, &first) {
		return g
	}
	// sorted and merged, as syntax's classes are
	g.first = runerange.Merge(first)
	return g
}

// MatchString is re.MatchString(s).
func (g headGuard) MatchString(s string) bool {
	if g.first != nil {
		if s == "" {
			return false
		}
		// a byte that is not UTF-8 reads as RuneError, as the regexp reads it
		r, _ := utf8.DecodeRuneInString(s)
		if !inRanges(g.first, r) {
			return false
		}
	}
	return g.re.MatchString(s)
}

// firstRunes adds to set the ranges of characters a match of re can begin
// with. It reports false when it cannot tell, or when re can match the
// empty text.
func firstRunes(re *syntax.Regexp, set *[]rune) bool {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false
		}
		r := re.Rune[0]
		*set = append(*set, r, r)
		if re.Flags&syntax.FoldCase != 0 { // [Pp]age is parsed as (?i:Page)
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				*set = append(*set, f, f)
			}
		}
		return true
	case syntax.OpCharClass:
		if len(re.Rune) == 0 {
			return false
		}
		*set = append(*set, re.Rune...)
		return true
	case syntax.OpCapture:
		return firstRunes(re.Sub[0], set)
	case syntax.OpPlus:
		return firstRunes(re.Sub[0], set)
	case syntax.OpRepeat:
		return re.Min >= 1 && firstRunes(re.Sub[0], set)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !firstRunes(sub, set) {
				return false
			}
		}
		return true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpQuest, syntax.OpStar:
				// may be skipped: its first characters, then the next part's
				if !firstRunes(sub.Sub[0], set) {
					return false
				}
				continue
			}
			return firstRunes(sub, set)
		}
		return false // every part may be empty
	}
	return false
}

// inRanges reports whether r is in one of the sorted ranges.
func inRanges(ranges []rune, r rune) bool {
	i, _ := slices.BinarySearch(ranges, r)
	// ranges[i] is the first bound >= r: r is in a range when that bound
	// is a hi (odd index), or a lo equal to r
	return i < len(ranges) && (i%2 == 1 || ranges[i] == r)
}
