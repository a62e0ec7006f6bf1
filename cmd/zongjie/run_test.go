package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/zongjie/zongjie/index"
)

// TestMain lets a test start the CLI as a child process (to kill it): with
// ZONGJIE_CHILD_ARGS set, the test binary runs zongjie with those
// arguments instead of the tests.
func TestMain(m *testing.M) {
	if js := os.Getenv("ZONGJIE_CHILD_ARGS"); js != "" {
		var args []string
		if err := json.Unmarshal([]byte(js), &args); err != nil {
			fmt.Fprintln(os.Stderr, "ZONGJIE_CHILD_ARGS:", err)
			os.Exit(2)
		}
		code := run(context.Background(), args, strings.NewReader(""), os.Stdout, os.Stderr)
		if name := os.Getenv("ZONGJIE_CHILD_MEMSTATS"); name != "" {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			os.WriteFile(name, []byte(strconv.FormatUint(ms.Sys, 10)), 0o644)
		}
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// writeSummary writes a small summary of township i for year, with figures
// that depend on v, so changing v changes the facts.
func writeSummary(tb testing.TB, dir string, i, year, v int) string {
	tb.Helper()
	town := fmt.Sprintf("%s%s镇", []string{"青石", "白塔", "柳河", "南湾", "石门"}[i%5], strconv.Itoa(i))
	text := fmt.Sprintf("%s人大主席团%d年工作总结\n"+
		"%d年，%s人大主席团依法履职。\n"+
		"全年召开主席团会议%d次，组织代表视察调研%d次。\n"+
		"会议期间，共收到代表议案、建议共%d件，办结%d件，办结率%.1f%%。\n"+
		"%s人大主席团\n%d年12月%d日\n",
		town, year, year, town, 3+v%7, 1+v%5, 20+v, 18+v, 100*float64(18+v)/float64(20+v), town, year, 1+i%28)
	path := filepath.Join(dir, fmt.Sprintf("%d", year), fmt.Sprintf("%s%d年工作总结.txt", town, year))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// outputs reads what a run left in out: facts.jsonl and run.json bytes,
// and the number of documents in the index.
type outputs struct {
	facts []byte
	state RunFile
	docs  uint64
}

func readOutputs(tb testing.TB, out string) outputs {
	tb.Helper()
	var o outputs
	var err error
	if o.facts, err = os.ReadFile(filepath.Join(out, "facts.jsonl")); err != nil {
		tb.Fatalf("previous outputs not usable: %v", err)
	}
	js, err := os.ReadFile(filepath.Join(out, "run.json"))
	if err != nil {
		tb.Fatalf("previous outputs not usable: %v", err)
	}
	if err := json.Unmarshal(js, &o.state); err != nil {
		tb.Fatalf("run.json: %v", err)
	}
	if _, err := os.Stat(filepath.Join(out, "summary.xlsx")); err != nil {
		tb.Fatalf("previous outputs not usable: %v", err)
	}
	ix, err := index.Open(filepath.Join(out, "index.bleve"))
	if err != nil {
		tb.Fatalf("index not usable: %v", err)
	}
	if _, err := ix.Search(context.Background(), "主席团", 5); err != nil {
		tb.Errorf("search in index: %v", err)
	}
	ix.Close()
	bx, err := bleve.Open(filepath.Join(out, "index.bleve"))
	if err != nil {
		tb.Fatalf("index not usable: %v", err)
	}
	defer bx.Close()
	if o.docs, err = bx.DocCount(); err != nil {
		tb.Fatal(err)
	}
	return o
}

// checkSame checks that an incremental run left the same outputs as a full
// run over the same files.
func checkSame(tb testing.TB, got, want outputs) {
	tb.Helper()
	if !bytes.Equal(got.facts, want.facts) {
		tb.Errorf("facts.jsonl differs from a full run's (%d bytes, want %d)", len(got.facts), len(want.facts))
	}
	if got.docs != want.docs {
		tb.Errorf("index holds %d documents, want %d", got.docs, want.docs)
	}
	if got.state.Counts.Documents != want.state.Counts.Documents || got.state.Counts.Facts != want.state.Counts.Facts {
		tb.Errorf("run.json counts %+v, want %+v", got.state.Counts, want.state.Counts)
	}
	// the records of the files: where their lines are in facts.jsonl above all
	if g, w := got.state.Files, want.state.Files; len(g) != len(w) {
		tb.Errorf("run.json lists %d files, want %d", len(g), len(w))
	} else {
		for i := range g {
			a, b := g[i], w[i]
			if !a.ModTime.Equal(b.ModTime) {
				tb.Errorf("run.json file %d: mtime %v, want %v", i, a.ModTime, b.ModTime)
			}
			a.ModTime, b.ModTime = time.Time{}, time.Time{}
			if !reflect.DeepEqual(a, b) {
				tb.Errorf("run.json file %d: %+v, want %+v", i, a, b)
			}
		}
	}
}

// generations lists the generation folders in out.
func generations(tb testing.TB, out string) []string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join(out, genPrefix+"*"))
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func TestRunIncremental(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	in, out := t.TempDir(), t.TempDir()
	var paths []string
	for i := range 12 {
		paths = append(paths, writeSummary(t, in, i, 2020+i%3, i))
	}
	steps := []struct {
		name   string
		change func()
		args   []string
		code   int
		counts RunCounts // the parts of run.json's counts to check
	}{
		{name: "first", change: func() {}, code: exitOK,
			counts: RunCounts{Files: 12, New: 12}},
		{name: "unchanged", change: func() {}, code: exitOK,
			counts: RunCounts{Files: 12, Unchanged: 12}},
		{name: "touched", change: func() {
			future := time.Now().Add(time.Hour)
			os.Chtimes(paths[0], future, future)
		}, code: exitOK, counts: RunCounts{Files: 12, Unchanged: 12}},
		{name: "changed, deleted, new", change: func() {
			writeSummary(t, in, 1, 2021, 100)
			os.Remove(paths[2])
			paths = append(paths, writeSummary(t, in, 40, 2024, 40))
		}, code: exitOK, counts: RunCounts{Files: 12, Unchanged: 10, Redone: 1, New: 1, Removed: 1}},
		{name: "good file turns bad", change: func() {
			os.WriteFile(paths[3], nil, 0o644)
		}, code: exitPartial, counts: RunCounts{Files: 11, Unchanged: 11, Skipped: 1}},
		{name: "bad file mended", change: func() {
			writeSummary(t, in, 3, 2020, 7)
		}, code: exitOK, counts: RunCounts{Files: 12, Unchanged: 11, New: 1}},
		{name: "full", change: func() {}, args: []string{"--full"}, code: exitOK,
			counts: RunCounts{Files: 12, New: 12}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change()
			before := generations(t, out)
			args := append([]string{"run", "-o", out}, st.args...)
			code, _, stderr := runMain(t, append(args, in)...)
			if code != st.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, st.code, stderr)
			}
			got := readOutputs(t, out)
			c := got.state.Counts
			want := st.counts
			if c.Files != want.Files || c.Unchanged != want.Unchanged || c.Redone != want.Redone ||
				c.New != want.New || c.Removed != want.Removed || c.Skipped != want.Skipped {
				t.Errorf("counts %+v, want %+v", c, want)
			}
			if gens := generations(t, out); len(gens) != 1 {
				t.Errorf("%d generations left in %s, want 1: %v", len(gens), out, gens)
			} else if c.Unchanged == c.Files && c.Skipped == 0 && len(before) == 1 && before[0] != gens[0] {
				t.Errorf("nothing changed, yet a new generation was built")
			}
			fresh := t.TempDir()
			if code, _, stderr := runMain(t, "run", "-o", fresh, in); code != st.code {
				t.Fatalf("full run: exit %d, want %d; stderr:\n%s", code, st.code, stderr)
			}
			checkSame(t, got, readOutputs(t, fresh))
		})
	}
}

// TestRunKilled kills a child zongjie run at several moments and checks
// that the previous outputs stay usable and that the next run completes
// the work, as a full run would.
func TestRunKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	progressLine := regexp.MustCompile(`^zongjie run: (\d+) files, `)
	kills := []struct {
		name string
		// wait returns when the child should be killed, given its stderr.
		afterFiles int // kill when progress shows at least this many files; -1: at start
		delay      time.Duration
	}{
		{name: "at start", afterFiles: -1},
		{name: "while loading", afterFiles: -1, delay: 300 * time.Millisecond},
		{name: "mid-way", afterFiles: 60},
		{name: "near the end", afterFiles: 150},
	}
	for _, k := range kills {
		t.Run(k.name, func(t *testing.T) {
			in, out := t.TempDir(), t.TempDir()
			for i := range 160 {
				writeSummary(t, in, i, 2020+i%4, i)
			}
			if code, _, stderr := runMain(t, "run", "-o", out, in); code != exitOK {
				t.Fatalf("first run: exit %d; stderr:\n%s", code, stderr)
			}
			prev := readOutputs(t, out)
			// Change most files, so the child has work to do.
			for i := range 160 {
				if i%4 != 0 {
					writeSummary(t, in, i, 2020+i%4, i+1000)
				}
			}

			args, _ := json.Marshal([]string{"run", "-o", out, "-j", "1", "--progress-interval", "5ms", in})
			cmd := exec.Command(os.Args[0])
			cmd.Env = append(os.Environ(), "ZONGJIE_CHILD_ARGS="+string(args))
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var log strings.Builder
			if k.afterFiles >= 0 {
				sc := bufio.NewScanner(stderr)
				for sc.Scan() {
					log.WriteString(sc.Text() + "\n")
					if m := progressLine.FindStringSubmatch(sc.Text()); m != nil {
						if n, _ := strconv.Atoi(m[1]); n >= k.afterFiles {
							break
						}
					}
				}
			}
			time.Sleep(k.delay)
			cmd.Process.Signal(syscall.SIGKILL)
			go func() { // keep the pipe drained until the child is gone
				sc := bufio.NewScanner(stderr)
				for sc.Scan() {
				}
			}()
			err = cmd.Wait()
			if err == nil {
				t.Logf("the child finished before it was killed; stderr:\n%s", log.String())
			}

			t.Logf("killed with %d generation folders in place (more than one: the new one was being built)", len(generations(t, out)))
			// The outputs in place are the previous ones, or, if the
			// child got to switch generations, the new ones: usable either way.
			after := readOutputs(t, out)
			if after.state.Counts.Redone == 0 {
				checkSame(t, after, prev)
			}

			// The next run finishes the job.
			code, _, stderr2 := runMain(t, "run", "-o", out, in)
			if code != exitOK {
				t.Fatalf("run after kill: exit %d; stderr:\n%s", code, stderr2)
			}
			if gens := generations(t, out); len(gens) != 1 {
				t.Errorf("%d generations left after the next run, want 1: %v", len(gens), gens)
			}
			fresh := t.TempDir()
			if code, _, stderr := runMain(t, "run", "-o", fresh, in); code != exitOK {
				t.Fatalf("full run: exit %d; stderr:\n%s", code, stderr)
			}
			checkSame(t, readOutputs(t, out), readOutputs(t, fresh))
		})
	}
}

// TestRunInterrupted cancels the context, as Ctrl-C does: exit 1, the
// previous outputs untouched and no staging left.
func TestRunInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	in, out := t.TempDir(), t.TempDir()
	for i := range 20 {
		writeSummary(t, in, i, 2022, i)
	}
	if code, _, stderr := runMain(t, "run", "-o", out, in); code != exitOK {
		t.Fatalf("first run: exit %d; stderr:\n%s", code, stderr)
	}
	prev := readOutputs(t, out)
	for i := range 20 {
		writeSummary(t, in, i, 2022, i+50)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var so, se bytes.Buffer
	code := run(ctx, []string{"run", "-o", out, in}, strings.NewReader(""), &so, &se)
	if code != exitFailed {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, se.String())
	}
	if !strings.Contains(se.String(), "interrupted") {
		t.Errorf("stderr does not say the run was interrupted:\n%s", se.String())
	}
	checkSame(t, readOutputs(t, out), prev)
	if gens := generations(t, out); len(gens) != 1 {
		t.Errorf("%d generations in %s after the interruption, want 1: %v", len(gens), out, gens)
	}
}

// TestCleanStale checks that what killed runs leave behind is removed and
// the current generation kept.
func TestCleanStale(t *testing.T) {
	out := t.TempDir()
	for _, d := range []string{".gen-1", ".gen-2", ".staging-3"} {
		if err := os.Mkdir(filepath.Join(out, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(out, ".link-9-current"), nil, 0o644)
	if err := os.Symlink(".gen-2", filepath.Join(out, currentLink)); err != nil {
		t.Fatal(err)
	}
	od := outDir{path: out}
	if err := od.cleanStale(); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(out)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if got, want := strings.Join(names, " "), ".gen-2 current"; got != want {
		t.Errorf("after cleanStale: %s, want %s", got, want)
	}
}

func TestRunLogFormatJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	in, out := t.TempDir(), t.TempDir()
	writeSummary(t, in, 1, 2023, 1)
	os.WriteFile(filepath.Join(in, "空.txt"), nil, 0o644)
	code, _, stderr := runMain(t, "run", "--log-format", "json", "-o", out, in)
	if code != exitPartial {
		t.Fatalf("exit %d, want 3; stderr:\n%s", code, stderr)
	}
	var sawSkip, sawSummary bool
	for line := range strings.Lines(stderr) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stderr line is not JSON: %q", line)
		}
		if p, _ := m["path"].(string); strings.HasSuffix(p, "空.txt") && strings.HasSuffix(m["msg"].(string), "; skipped") {
			sawSkip = true
		}
		if _, ok := m["documents"]; ok && m["files"] == float64(1) {
			sawSummary = true
		}
	}
	if !sawSkip || !sawSummary {
		t.Errorf("want a skip record naming 空.txt and a summary record; stderr:\n%s", stderr)
	}
}

// TestRunUnchangedSkipsDictionary reruns over unchanged files in a child
// process and checks, by its peak memory, that it did not load the gse
// dictionary (which alone takes some 200 MB).
func TestRunUnchangedSkipsDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the gse dictionary; skipped with -short")
	}
	in, out := t.TempDir(), t.TempDir()
	for i := range 10 {
		writeSummary(t, in, i, 2023, i)
	}
	if code, _, stderr := runMain(t, "run", "-o", out, in); code != exitOK {
		t.Fatalf("first run: exit %d; stderr:\n%s", code, stderr)
	}
	args, _ := json.Marshal([]string{"run", "-o", out, in})
	memstats := filepath.Join(t.TempDir(), "memstats")
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "ZONGJIE_CHILD_ARGS="+string(args), "ZONGJIE_CHILD_MEMSTATS="+memstats)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("rerun: %v; stderr:\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "(10 unchanged, 0 redone, 0 new, 0 removed)") {
		t.Errorf("rerun did not find the 10 files unchanged:\n%s", stderr.String())
	}
	b, err := os.ReadFile(memstats)
	if err != nil {
		t.Fatal(err)
	}
	// The child's own memory from the Go runtime: rusage would count the
	// parent's, which Linux carries over the fork and exec.
	sys, _ := strconv.ParseUint(string(b), 10, 64)
	if mb := sys >> 20; mb > 100 {
		t.Errorf("rerun over unchanged files took %d MB from the system: did it load the dictionary?", mb)
	}
}
