package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zongjie/zongjie/export"
)

const exportHelp = `用法: zongjie export [--from OUT] -o FILE.xlsx

用已完成的运行结果（OUT/facts.jsonl 和 OUT/run.json）重新生成工作簿。

选项:
  --from OUT   zongjie run 的输出文件夹（默认 zongjie-out）
  -o FILE      要写的工作簿（默认 OUT/summary.xlsx）

示例:
  zongjie export --from out -o 乡镇对比.xlsx
`

func runExport(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export")
	from := fs.String("from", "zongjie-out", "")
	out := fs.String("o", "", "")
	if code, ok := parseFlags(fs, exportHelp, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "zongjie export: unexpected argument %q (see 'zongjie export --help')\n", fs.Arg(0))
		return exitUsage
	}
	if *out == "" {
		*out = filepath.Join(*from, "summary.xlsx")
	}
	factsPath := filepath.Join(*from, "facts.jsonl")
	fh, err := os.Open(factsPath)
	if err != nil {
		fmt.Fprintf(stderr, "zongjie export: %s: cannot open (run 'zongjie run -o %s PATH' first)\n", factsPath, *from)
		return exitFailed
	}
	defer fh.Close()
	var rf RunFile
	if js, err := os.ReadFile(filepath.Join(*from, "run.json")); err == nil {
		if err := json.Unmarshal(js, &rf); err != nil {
			fmt.Fprintf(stderr, "zongjie export: %s: %v\n", filepath.Join(*from, "run.json"), err)
			return exitFailed
		}
	}
	wb := export.NewWorkbook()
	defer wb.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec export.DocRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			fmt.Fprintf(stderr, "zongjie export: %s:%d: not a document record: %v\n", factsPath, line, err)
			return exitFailed
		}
		if err := wb.Add(rec); err != nil {
			fmt.Fprintf(stderr, "zongjie export: %v\n", err)
			return exitFailed
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintf(stderr, "zongjie export: %s: %v\n", factsPath, err)
		return exitFailed
	}
	info := export.RunInfo{Version: rf.Version, Started: rf.Started, Inputs: rf.Inputs, Files: rf.Counts.Files, Docs: rf.Counts.Documents, Facts: rf.Counts.Facts}
	for _, e := range rf.Errors {
		info.Errors = append(info.Errors, e.Path+": "+e.Error)
	}
	if err := wb.WriteFile(*out, info); err != nil {
		fmt.Fprintf(stderr, "zongjie export: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zongjie export: wrote %s\n", *out)
	return exitOK
}
