package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/export"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/index"
	"github.com/zongjie/zongjie/segment"
)

const runHelp = `用法: zongjie run [-o OUT] [选项] PATH...

完整流程：读取 PATH 下的所有总结（.txt .docx .doc .html .pdf），分词、提取数字，
写出 OUT/facts.jsonl、OUT/index.bleve、OUT/summary.xlsx 和 OUT/run.json。
输出先写到临时位置再改名，中途失败不会留下写了一半的结果。

选项:
  -o OUT         输出文件夹（默认 zongjie-out）
  --encoding E   强制 .txt 的编码：utf-8、gb18030、utf-16le、utf-16be
  --max-size N   跳过大于 N MB 的文件（默认 50）

示例:
  zongjie run -o out examples
  zongjie run -o 2024汇总 档案/2024 档案/2023

退出状态: 0 完成；1 失败，未写入新结果；2 用法错误；3 部分完成：有文件无法读取，其余已完成
`

// RunFile is the record of a run, written to OUT/run.json.
type RunFile struct {
	Version  string     `json:"version"`
	Started  time.Time  `json:"started"`
	Finished time.Time  `json:"finished"`
	Inputs   []string   `json:"inputs"`
	Files    []RunInput `json:"files"`
	Counts   RunCounts  `json:"counts"`
	Errors   []RunError `json:"errors"`
}

// RunInput is one input file of a run.
type RunInput struct {
	Path      string    `json:"path"`
	Size      int64     `json:"size"`
	ModTime   time.Time `json:"mtime"`
	Documents int       `json:"documents"`
}

// RunCounts sums up a run.
type RunCounts struct {
	Files     int `json:"files"`
	Documents int `json:"documents"`
	Facts     int `json:"facts"`
	Skipped   int `json:"skipped"`
}

// RunError is an input that could not be read.
type RunError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run")
	out := fs.String("o", "zongjie-out", "")
	enc := fs.String("encoding", "", "")
	maxMB := fs.Int64("max-size", corpus.DefaultMaxSize>>20, "")
	if code, ok := parseFlags(fs, runHelp, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "zongjie run: no PATH given (see 'zongjie run --help')")
		return exitUsage
	}
	for _, p := range fs.Args() {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintf(stderr, "zongjie run: %s: no such file or folder\n", p)
			return exitUsage
		}
	}
	rf, err := pipeline(ctx, fs.Args(), *out, corpus.Options{Encoding: *enc, MaxSize: *maxMB << 20}, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "zongjie run: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zongjie run: %d files, %d documents, %d facts, %d skipped, %.1fs → %s\n",
		rf.Counts.Files, rf.Counts.Documents, rf.Counts.Facts, rf.Counts.Skipped, rf.Finished.Sub(rf.Started).Seconds(), *out)
	if len(rf.Errors) > 0 {
		fmt.Fprintf(stderr, "zongjie run: warning: %d of %d files could not be read (see %s)\n",
			len(rf.Errors), rf.Counts.Files+len(rf.Errors), filepath.Join(*out, "run.json"))
		return exitPartial
	}
	return exitOK
}

// pipeline reads, extracts and writes all outputs of a run into a staging
// folder inside out, then moves each into place.
func pipeline(ctx context.Context, inputs []string, out string, opt corpus.Options, stderr io.Writer) (*RunFile, error) {
	rf := &RunFile{Version: version, Started: time.Now(), Inputs: inputs, Files: []RunInput{}, Errors: []RunError{}}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	stage, err := os.MkdirTemp(out, ".staging-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)

	seg, err := segment.Shared()
	if err != nil {
		return nil, fmt.Errorf("load dictionary: %w", err)
	}
	ix, err := index.Create(filepath.Join(stage, "index.bleve"))
	if err != nil {
		return nil, err
	}
	defer func() {
		if ix != nil {
			ix.Close()
		}
	}()
	factsFile, err := os.Create(filepath.Join(stage, "facts.jsonl"))
	if err != nil {
		return nil, err
	}
	defer factsFile.Close()
	bw := bufio.NewWriter(factsFile)
	jw := export.NewJSONLWriter(bw)
	wb := export.NewWorkbook()
	defer wb.Close()

	err = corpus.Walk(ctx, inputs, func(f corpus.File) error {
		docs, err := corpus.ReadFile(f, opt)
		if err != nil {
			fmt.Fprintf(stderr, "zongjie run: %v; skipped\n", err)
			rf.Errors = append(rf.Errors, RunError{Path: f.Source, Error: err.Error()})
			rf.Counts.Skipped++
			return nil
		}
		rf.Files = append(rf.Files, RunInput{Path: f.Source, Size: f.Size, ModTime: f.ModTime, Documents: len(docs)})
		rf.Counts.Files++
		for _, d := range docs {
			facts := extract.Extract(d, seg.Tokens(d.Text))
			if err := jw.Write(d, facts); err != nil {
				return err
			}
			if err := ix.Add(d, facts); err != nil {
				return err
			}
			if err := wb.Add(export.Record(d, facts)); err != nil {
				return err
			}
			rf.Counts.Documents++
			rf.Counts.Facts += len(facts)
		}
		return nil
	}, func(path string, err error) error {
		fmt.Fprintf(stderr, "zongjie run: %s: %v; skipped\n", path, err)
		rf.Errors = append(rf.Errors, RunError{Path: path, Error: err.Error()})
		rf.Counts.Skipped++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	if err := factsFile.Close(); err != nil {
		return nil, err
	}
	err = ix.Close()
	ix = nil
	if err != nil {
		return nil, err
	}
	info := export.RunInfo{Version: version, Started: rf.Started, Inputs: inputs, Files: rf.Counts.Files, Docs: rf.Counts.Documents, Facts: rf.Counts.Facts}
	for _, e := range rf.Errors {
		info.Errors = append(info.Errors, e.Path+": "+e.Error)
	}
	if err := wb.WriteFile(filepath.Join(stage, "summary.xlsx"), info); err != nil {
		return nil, err
	}
	rf.Finished = time.Now()
	js, err := json.MarshalIndent(rf, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(stage, "run.json"), append(js, '\n'), 0o644); err != nil {
		return nil, err
	}
	// Move into place: files by rename; the index folder by moving the old
	// one aside first. run.json goes last, so it only ever describes
	// outputs that are in place.
	for _, name := range []string{"facts.jsonl", "summary.xlsx", "index.bleve", "run.json"} {
		if err := replace(filepath.Join(stage, name), filepath.Join(out, name)); err != nil {
			return nil, err
		}
	}
	return rf, nil
}

// replace moves src to dst, replacing dst. A folder dst is moved aside and
// removed after src is in place.
func replace(src, dst string) error {
	info, err := os.Stat(dst)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return os.Rename(src, dst)
	case err != nil:
		return err
	case !info.IsDir():
		return os.Rename(src, dst)
	}
	old := dst + ".old"
	os.RemoveAll(old)
	if err := os.Rename(dst, old); err != nil {
		return err
	}
	if err := os.Rename(src, dst); err != nil {
		os.Rename(old, dst)
		return err
	}
	return os.RemoveAll(old)
}
