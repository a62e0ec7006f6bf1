package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// runMain runs the CLI in-process, as main does, and returns its exit
// status and output.
func runMain(tb testing.TB, args ...string) (code int, stdout, stderr string) {
	tb.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		msg  string // part of stderr
	}{
		{"no command", nil, exitUsage, "用法"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"run without path", []string{"run"}, exitUsage, "no PATH given"},
		{"run missing path", []string{"run", "-o", "x", "/no/such/folder"}, exitUsage, "/no/such/folder: no such file or folder"},
		{"run bad flag", []string{"run", "--frob", "x"}, exitUsage, "flag provided but not defined: -frob"},
		{"extract bad format", []string{"extract", "--format", "xml", "x"}, exitUsage, `unknown format "xml"`},
		{"extract without path", []string{"extract"}, exitUsage, "no PATH given"},
		{"search empty query", []string{"search", "  "}, exitUsage, "empty query"},
		{"export extra argument", []string{"export", "foo"}, exitUsage, `unexpected argument "foo"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runMain(t, tt.args...)
			if code != tt.code {
				t.Errorf("zongjie %s: exit %d, want %d (stderr %q)", strings.Join(tt.args, " "), code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.msg) {
				t.Errorf("zongjie %s: stderr %q, want it to contain %q", strings.Join(tt.args, " "), stderr, tt.msg)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); tt.args != nil && n > 0 {
				t.Errorf("zongjie %s: %d-line message, want one line: %q", strings.Join(tt.args, " "), n+1, stderr)
			}
		})
	}
}

func TestHelpHasChineseExamples(t *testing.T) {
	for _, cmd := range []string{"run", "extract", "search", "export", "segment"} {
		code, stdout, _ := runMain(t, cmd, "--help")
		if code != exitOK {
			t.Errorf("zongjie %s --help: exit %d, want 0", cmd, code)
		}
		if !strings.Contains(stdout, "示例") || !strings.Contains(stdout, "zongjie "+cmd) {
			t.Errorf("zongjie %s --help lacks Chinese examples:\n%s", cmd, stdout)
		}
	}
}
