package corpus

// Test helpers for the external tests (package corpus_test).
var (
	MakeDocx = makeDocx
	WPara    = wpara
)
