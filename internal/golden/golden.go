// Package golden reads and writes the txtar files of golden tests: a
// comment, then sections headed by lines "-- name --".
package golden

import (
	"fmt"
	"strings"
)

// Archive is a parsed txtar file.
type Archive struct {
	Comment  string
	Sections []Section
}

// Section is one "-- name --" section and the text below it.
type Section struct {
	Name string
	Data string
}

// Parse reads a txtar file.
func Parse(data string) *Archive {
	a := &Archive{}
	cur := -1
	for _, ln := range strings.SplitAfter(data, "\n") {
		t := strings.TrimRight(ln, "\n")
		if strings.HasPrefix(t, "-- ") && strings.HasSuffix(t, " --") && len(t) > 6 {
			a.Sections = append(a.Sections, Section{Name: strings.TrimSpace(t[3 : len(t)-3])})
			cur = len(a.Sections) - 1
			continue
		}
		if cur < 0 {
			a.Comment += ln
		} else {
			a.Sections[cur].Data += ln
		}
	}
	return a
}

// Get returns the text of the section named name.
func (a *Archive) Get(name string) (string, bool) {
	for _, s := range a.Sections {
		if s.Name == name {
			return s.Data, true
		}
	}
	return "", false
}

// Set replaces the text of the section named name, or adds the section.
func (a *Archive) Set(name, data string) {
	for i := range a.Sections {
		if a.Sections[i].Name == name {
			a.Sections[i].Data = data
			return
		}
	}
	a.Sections = append(a.Sections, Section{Name: name, Data: data})
}

// Format writes the archive back, each section ending in a newline.
func (a *Archive) Format() []byte {
	var b strings.Builder
	b.WriteString(a.Comment)
	for _, s := range a.Sections {
		fmt.Fprintf(&b, "-- %s --\n", s.Name)
		b.WriteString(s.Data)
		if s.Data != "" && !strings.HasSuffix(s.Data, "\n") {
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}
