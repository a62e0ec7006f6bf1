package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The output folder of a run holds generations. Each run that changes
// anything builds a complete new generation in a hidden folder, then points
// OUT/current at it with one atomic rename of a symbolic link:
//
//	OUT/.gen-XXXX/{index.bleve, facts.jsonl, summary.xlsx, run.json}
//	OUT/current      -> .gen-XXXX
//	OUT/index.bleve  -> current/index.bleve   (and the same for the others)
//
// So at any moment OUT/current names one complete, consistent generation,
// whose run.json describes exactly the files beside it. A run killed before
// the switch leaves the previous generation in place; a run killed after it
// leaves only an old generation to remove. Each run starts by removing
// generations that current does not name.

// outputNames are the outputs of a run, as OUT/NAME.
var outputNames = []string{"index.bleve", "facts.jsonl", "summary.xlsx", "run.json"}

const (
	currentLink = "current"
	genPrefix   = ".gen-"
	// stateFormat is the version of run.json's layout; a run.json of
	// another format is ignored and the run starts afresh.
	stateFormat = 2
)

// RunFile is the record of a run, written to run.json beside the outputs
// it describes.
type RunFile struct {
	Format   int        `json:"format"`
	Version  string     `json:"version"`
	Started  time.Time  `json:"started"`
	Finished time.Time  `json:"finished"`
	Inputs   []string   `json:"inputs"`
	Options  RunOptions `json:"options"`
	Files    []RunInput `json:"files"`
	Counts   RunCounts  `json:"counts"`
	Errors   []RunError `json:"errors"`
}

// RunOptions are the settings that change what is extracted; a run with
// other settings redoes every file.
type RunOptions struct {
	Encoding string `json:"encoding"`
	MaxSize  int64  `json:"max_size"`
	// Index is the index format (index.Version): a run over an index of
	// another format redoes every file into a new one.
	Index int `json:"index"`
}

// RunInput is one input file of a run, in the order of the walk, which is
// the order of the outputs.
type RunInput struct {
	Path      string    `json:"path"`
	Size      int64     `json:"size"`
	ModTime   time.Time `json:"mtime"`
	SHA256    string    `json:"sha256"`
	Documents int       `json:"documents"`
	Facts     int       `json:"facts"`
	IDs       []string  `json:"ids"`
	// FactsOffset and FactsLength locate the file's lines in facts.jsonl
	// (bytes), so a later run can copy them without redoing the file.
	FactsOffset int64 `json:"facts_offset"`
	FactsLength int64 `json:"facts_length"`
}

// RunCounts sums up a run.
type RunCounts struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Facts     int `json:"facts"`
	Skipped   int `json:"skipped"`
	Unchanged int `json:"unchanged"`
	Redone    int `json:"redone"`
	New       int `json:"new"`
	Removed   int `json:"removed"`
}

// RunError is an input that could not be read.
type RunError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// outDir is the output folder of a run.
type outDir struct {
	path string
}

// currentGen returns the path of the generation OUT/current names, or ""
// when there is none.
func (o outDir) currentGen() (string, error) {
	target, err := os.Readlink(filepath.Join(o.path, currentLink))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w (remove it, or choose another -o)", filepath.Join(o.path, currentLink), err)
	}
	if filepath.IsAbs(target) || strings.ContainsRune(filepath.ToSlash(target), '/') || !strings.HasPrefix(target, genPrefix) {
		return "", fmt.Errorf("%s: points to %s, not to a generation of zongjie (remove it, or choose another -o)", filepath.Join(o.path, currentLink), target)
	}
	return filepath.Join(o.path, target), nil
}

// loadPrevious reads run.json of the current generation. It returns nil
// without error when there is none, or when it cannot be used for an
// incremental run (the run then starts afresh).
func (o outDir) loadPrevious() (*RunFile, string, error) {
	gen, err := o.currentGen()
	if err != nil || gen == "" {
		return nil, "", err
	}
	js, err := os.ReadFile(filepath.Join(gen, "run.json"))
	if err != nil {
		return nil, "", nil
	}
	var rf RunFile
	if err := json.Unmarshal(js, &rf); err != nil || rf.Format != stateFormat {
		return nil, "", nil
	}
	return &rf, gen, nil
}

// cleanStale removes generations and temporary files left by runs that were
// killed: every .gen-* folder but the current one, and temporary links.
func (o outDir) cleanStale() error {
	cur, err := o.currentGen()
	if err != nil {
		return err
	}
	entries, err := os.ReadDir(o.path)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		p := filepath.Join(o.path, name)
		switch {
		case strings.HasPrefix(name, genPrefix) && p != cur,
			strings.HasPrefix(name, ".staging-"),
			strings.HasPrefix(name, ".link-"):
			if err := os.RemoveAll(p); err != nil {
				return fmt.Errorf("remove stale %s: %w", p, err)
			}
		}
	}
	return nil
}

// newGen makes an empty generation folder.
func (o outDir) newGen() (string, error) {
	gen, err := os.MkdirTemp(o.path, genPrefix)
	if err != nil {
		return "", err
	}
	return gen, os.Chmod(gen, 0o755)
}

// commit makes gen the current generation: it switches OUT/current to it
// atomically, makes sure OUT/NAME links go through current, and removes the
// previous generation prev ("" if none).
func (o outDir) commit(gen, prev string) error {
	if err := syncTree(gen); err != nil {
		return err
	}
	if err := o.link(filepath.Base(gen), currentLink); err != nil {
		return err
	}
	if err := syncDir(o.path); err != nil {
		return err
	}
	for _, name := range outputNames {
		if err := o.link(filepath.Join(currentLink, name), name); err != nil {
			return err
		}
	}
	if prev != "" && prev != gen {
		if err := os.RemoveAll(prev); err != nil {
			return fmt.Errorf("remove previous generation %s: %w", prev, err)
		}
	}
	return nil
}

// link makes OUT/name a symbolic link to target, replacing what is there
// with one rename. A real folder in the way (the layout of earlier
// versions) is removed first.
func (o outDir) link(target, name string) error {
	dst := filepath.Join(o.path, name)
	if t, err := os.Readlink(dst); err == nil && t == target {
		return nil
	}
	if fi, err := os.Lstat(dst); err == nil && fi.IsDir() {
		if err := os.RemoveAll(dst); err != nil {
			return fmt.Errorf("replace %s: %w", dst, err)
		}
	}
	tmp := filepath.Join(o.path, fmt.Sprintf(".link-%d-%s", os.Getpid(), name))
	os.Remove(tmp)
	if err := os.Symlink(target, tmp); err != nil {
		return fmt.Errorf("link %s: %w (the output folder needs symbolic links; choose an -o on a local disk)", dst, err)
	}
	if err := os.Rename(tmp, dst); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("link %s: %w", dst, err)
	}
	return nil
}

// writeJSON writes v as indented JSON to path through a temporary file
// renamed into place.
func writeJSON(path string, v any) error {
	js, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, func(w io.Writer) error {
		if _, err := w.Write(js); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
}

// writeFileAtomic writes path through a temporary file in the same folder,
// synced and renamed into place; write gives the content.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".run-*.json")
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(tmp, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// syncTree flushes every file and folder under root to disk, so that the
// generation a switch names is complete even after a power cut.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return syncDir(p)
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := f.Sync(); err != nil {
			return fmt.Errorf("sync %s: %w", p, err)
		}
		return nil
	})
}

// syncDir flushes a folder's entries to disk.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

// copyIndex copies the Bleve index folder src to dst for updating. Segment
// files (.zap) are never changed once written, so they are hard-linked when
// the file system allows it; everything else is copied.
func copyIndex(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		to := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if strings.HasSuffix(p, ".zap") && os.Link(p, to) == nil {
			return nil
		}
		return copyFile(p, to)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
