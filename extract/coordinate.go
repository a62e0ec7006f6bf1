package extract

import "regexp"

// Suggestions of two kinds counted side by side share the verb after the
// last of them: in 2件议案和13条建议已办理落实 and 代表所提议案1件、建议22件
// 已全部办结 the motions were resolved too, though only the suggestions
// stand next to the verb. (In 收到议案2件、建议18件，已全部办结 the verb is a
// clause of its own, and neither figure is read by it.)

// suggestionNoun names what a count of suggestions counts.
const suggestionNoun = `(?:代表)?(?:议案|建议|意见建议|建议意见|意见|批评和意见)`

var (
	// coordinatedRe is the whole text between two counts of suggestions
	// joined as one list: 议案和, 、建议, 议案、.
	coordinatedRe = regexp.MustCompile(`^\s*` + suggestionNoun + `?\s*(?:和|及|与|以及|、)\s*` + suggestionNoun + `?\s*$`)
	// resolvedAfterRe starts the words after the last count when the
	// verb that follows them says they were resolved: 建议已办理落实,
	// 均已办复, 已全部办结.
	resolvedAfterRe = regexp.MustCompile(`^\s*` + suggestionNoun + `?\s*(?:已经|均已|都已|已|均|都|全部)(?:全部|全数|按期|按时|如期)?(?:得到)?(?:办理落实|办理完毕|办结|办复|答复|落实|办理)`)
)

// coordinated gives every count of a list of suggestions the resolved
// metric of the last, when the verb after the last says so. Facts must be
// in text order.
func (s *scan) coordinated() {
	for i := len(s.facts) - 1; i > 0; i-- {
		last := &s.facts[i]
		if last.Kind != KindCount || last.Metric != "motions_resolved" || !resolvedAfterRe.MatchString(s.text[last.End:]) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			a, b := &s.facts[j], &s.facts[j+1]
			if a.Kind != KindCount || !coordinatedRe.MatchString(s.text[a.End:b.Start]) {
				break
			}
			if a.Metric == "motions" {
				a.Metric, a.Rule = "motions_resolved", "metric/motions_resolved/coordinated"
			}
		}
	}
}
