package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// walkAll walks roots and returns the Sources visited and the errors
// reported, as "path: error".
func walkAll(tb testing.TB, roots ...string) (files, errs []string) {
	tb.Helper()
	err := Walk(context.Background(), roots, func(f File) error {
		files = append(files, f.Source)
		if _, err := os.Stat(f.Path); err != nil {
			tb.Errorf("visited %s, which cannot be opened: %v", f.Path, err)
		}
		return nil
	}, func(path string, err error) error {
		errs = append(errs, path+": "+err.Error())
		return nil
	})
	if err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return files, errs
}

func writeFiles(tb testing.TB, root string, files map[string]string) {
	tb.Helper()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func TestWalk(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"2024/正阳关镇 总结.txt": "甲",
		"2024/b.DOCX":      "乙",
		"2023/a.htm":       "丙",
		"2023/notes.md":    "not read",
		".hidden/x.txt":    "not read",
		"2023/.draft.txt":  "not read",
		"拐河镇/2022年 总结.pdf": "丁",
		"拐河镇/old.wps":      "戊",
		"拐河镇/old.doc":      "己",
	})
	// A link to a file is followed; a link to a folder (here a loop) is not.
	must(t, os.Symlink(filepath.Join(root, "2023", "a.htm"), filepath.Join(root, "link.html")))
	must(t, os.Symlink(root, filepath.Join(root, "2024", "loop")))
	// Links pointing at each other, and a dangling one.
	must(t, os.Symlink(filepath.Join(root, "z2.txt"), filepath.Join(root, "z1.txt")))
	must(t, os.Symlink(filepath.Join(root, "z1.txt"), filepath.Join(root, "z2.txt")))
	must(t, os.Symlink(filepath.Join(root, "gone.txt"), filepath.Join(root, "dangling.txt")))

	files, errs := walkAll(t, root)
	rel := func(ss []string) string {
		var out []string
		for _, s := range ss {
			out = append(out, strings.TrimPrefix(s, filepath.ToSlash(root)+"/"))
		}
		return strings.Join(out, "\n")
	}
	want := "2023/a.htm\n2024/b.DOCX\n2024/正阳关镇 总结.txt\nlink.html\n拐河镇/2022年 总结.pdf\n拐河镇/old.doc\n拐河镇/old.wps"
	if got := rel(files); got != want {
		t.Errorf("visited:\n%s\nwant:\n%s", got, want)
	}
	wantErrs := "dangling.txt: no such file or folder (check the path, or a broken link)\n" +
		"z1.txt: symbolic link loop (fix or remove the link)\n" +
		"z2.txt: symbolic link loop (fix or remove the link)"
	if got := rel(errs); got != wantErrs {
		t.Errorf("errors:\n%s\nwant:\n%s", got, wantErrs)
	}
}

func TestWalkRoots(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"in/a.txt": "甲", "named.dat": "乙"})
	must(t, os.Symlink(filepath.Join(root, "in"), filepath.Join(root, "linked")))
	// A file named explicitly is read whatever its extension; a missing
	// root is reported; a root that links to a folder is walked and keeps
	// its own name.
	files, errs := walkAll(t, filepath.Join(root, "named.dat"), filepath.Join(root, "missing"), filepath.Join(root, "linked"))
	if len(files) != 2 || !strings.HasSuffix(files[0], "/named.dat") || !strings.HasSuffix(files[1], "/linked/a.txt") {
		t.Errorf("visited %q", files)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "missing: no such file or folder") {
		t.Errorf("errors %q", errs)
	}
}

func TestWalkErrors(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "甲", "b.txt": "乙"})
	stop := errors.New("stop")
	// onErr returning an error stops the walk.
	err := Walk(context.Background(), []string{filepath.Join(root, "nope"), root}, func(File) error { return nil },
		func(path string, err error) error {
			if !errors.Is(err, ErrNotFound) {
				t.Errorf("error for %s = %v, want ErrNotFound", path, err)
			}
			return stop
		})
	if err != stop {
		t.Errorf("Walk = %v, want the callback's error", err)
	}
	// visit returning an error stops the walk.
	n := 0
	err = Walk(context.Background(), []string{root}, func(File) error { n++; return stop }, nil)
	if err != stop || n != 1 {
		t.Errorf("Walk = %v after %d files, want stop after 1", err, n)
	}
	// A cancelled context stops it.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{root}, func(File) error { return nil }, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("Walk(cancelled) = %v", err)
	}
}

func TestWalkUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop reads")
	}
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"locked/a.txt": "甲", "open/b.txt": "乙", "secret.txt": "丙"})
	must(t, os.Chmod(filepath.Join(root, "locked"), 0))
	defer os.Chmod(filepath.Join(root, "locked"), 0o755)
	must(t, os.Chmod(filepath.Join(root, "secret.txt"), 0))
	files, errs := walkAll(t, root)
	if len(files) != 2 || len(errs) != 1 || !strings.Contains(errs[0], "permission denied") {
		t.Errorf("files %q, errors %q", files, errs)
	}
	_, err := ReadFile(File{Path: filepath.Join(root, "secret.txt"), Source: "secret.txt"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "secret.txt: cannot open: permission denied") {
		t.Errorf("ReadFile = %v", err)
	}
}

func TestReadFile(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"龙泉镇 2023.txt": sample, "big.txt": strings.Repeat("文字。\n", 200)})
	var docs []*Document
	_, errs := walkAll(t, root)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	err := Walk(context.Background(), []string{root}, func(f File) error {
		d, err := ReadFile(f, Options{MaxSize: 500})
		if strings.HasSuffix(f.Path, "big.txt") {
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "raise --max-size") {
				t.Errorf("ReadFile(big) = %v, want ErrTooLarge", err)
			}
			return nil
		}
		if err != nil {
			return err
		}
		docs = append(docs, d...)
		return nil
	}, func(string, error) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	wantSample(t, docs, "txt", "utf-8")
	if want := filepath.ToSlash(filepath.Join(root, "龙泉镇 2023.txt")); docs[0].Source != want || docs[0].ID() != want {
		t.Errorf("Source, ID = %q, %q, want %q", docs[0].Source, docs[0].ID(), want)
	}
	_, err = ReadFile(File{Path: filepath.Join(root, "gone.txt"), Source: "gone.txt"}, Options{})
	var e *Error
	if !errors.As(err, &e) || e.Path != "gone.txt" {
		t.Errorf("ReadFile(missing) = %v", err)
	}
}

func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}
