package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zongjie/zongjie/export"
)

const exportHelp = `用法: zongjie export [--from OUT] -o FILE.xlsx

用已完成的运行结果（OUT/facts.jsonl 和 OUT/run.json）重新生成工作簿，
不再读取原文件。工作簿先写到临时文件，写完再改名，不会留下写了一半的文件。

工作簿的工作表:
  对比   每篇文档一行（按乡镇、年份排序），每个指标一列，附主要指标条形图
  文档   每篇文档一行：来源文件、篇、标题、乡镇、年份、机关、落款日期……
  事实   每个数字一行，可追溯到来源文件、篇、行和原文句子
  会议   人代会会次和有日期的工作事项
  说明   指标定义和本次运行的情况

选项:
  --from OUT   zongjie run 的输出文件夹（默认 zongjie-out）
  -o FILE      要写的工作簿（默认 OUT/summary.xlsx）

示例:
  zongjie export --from out -o 乡镇对比.xlsx
  zongjie export --from /data/人大总结-结果

退出状态:
  0  已写出工作簿
  1  失败（找不到或读不懂 OUT 中的文件、无法写出），没有写出任何文件
  2  用法错误
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
	// OUT/summary.xlsx may be a link into the run's generation folder:
	// replace the file it names, not the link.
	if fi, err := os.Lstat(*out); err == nil && fi.Mode()&os.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(*out); err == nil {
			*out = real
		}
	}
	if filepath.Ext(*out) != ".xlsx" {
		fmt.Fprintf(stderr, "zongjie export: %s: the workbook's name must end in .xlsx (Excel and WPS go by it)\n", *out)
		return exitUsage
	}

	// A run swaps generations and removes old ones: hold the folder's lock
	// so none does while the workbook is read and written.
	if _, err := os.Stat(*from); err == nil {
		unlock, err := lockOut(*from)
		if err != nil {
			fmt.Fprintf(stderr, "zongjie export: %v\n", err)
			return exitFailed
		}
		defer unlock()
	}
	info, err := readRunInfo(*from)
	if err != nil {
		fmt.Fprintf(stderr, "zongjie export: %v\n", err)
		return exitFailed
	}
	wb := export.NewWorkbook()
	defer wb.Close()
	docs, facts, err := addRecords(ctx, wb, filepath.Join(*from, "facts.jsonl"))
	if err != nil {
		fmt.Fprintf(stderr, "zongjie export: %v\n", err)
		return exitFailed
	}
	if info.Docs != docs || info.Facts != facts {
		if info.Docs != 0 || info.Facts != 0 {
			fmt.Fprintf(stderr, "zongjie export: warning: %s counts %d documents and %d facts, facts.jsonl holds %d and %d; the workbook shows what facts.jsonl holds\n",
				filepath.Join(*from, "run.json"), info.Docs, info.Facts, docs, facts)
		}
		info.Docs, info.Facts = docs, facts
	}
	if err := wb.WriteFile(*out, info); err != nil {
		fmt.Fprintf(stderr, "zongjie export: %v\n", err)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zongjie export: wrote %s (%d documents, %d facts)\n", *out, docs, facts)
	return exitOK
}

// readRunInfo reads OUT/run.json for the workbook's 说明 sheet. A run
// without one (an older or copied folder) gives an empty RunInfo.
func readRunInfo(from string) (export.RunInfo, error) {
	path := filepath.Join(from, "run.json")
	js, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return export.RunInfo{}, nil
	}
	if err != nil {
		return export.RunInfo{}, fmt.Errorf("%s: %w", path, err)
	}
	var rf RunFile
	if err := json.Unmarshal(js, &rf); err != nil {
		return export.RunInfo{}, fmt.Errorf("%s: not a run record (run 'zongjie run -o %s PATH' again): %w", path, from, err)
	}
	info := export.RunInfo{Version: rf.Version, Started: rf.Started, Finished: rf.Finished, Inputs: rf.Inputs,
		Files: rf.Counts.Files, Docs: rf.Counts.Documents, Facts: rf.Counts.Facts}
	for _, e := range rf.Errors {
		info.Errors = append(info.Errors, e.Path+": "+e.Error)
	}
	return info, nil
}

// addRecords adds the documents of a facts.jsonl file to wb, one line at a
// time, and returns how many documents and facts it held.
func addRecords(ctx context.Context, wb *export.Workbook, path string) (docs, facts int, err error) {
	fh, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, 0, fmt.Errorf("%s: not found (is --from the output folder of 'zongjie run'? run 'zongjie run -o %s PATH' first)", path, filepath.Dir(path))
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %w", path, err)
	}
	defer fh.Close()
	r := bufio.NewReaderSize(fh, 1<<20)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return docs, facts, fmt.Errorf("%s: stopped at line %d: %w", path, line, err)
		}
		b, rerr := r.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return docs, facts, fmt.Errorf("%s:%d: %w", path, line, rerr)
		}
		if b = bytes.TrimSpace(b); len(b) > 0 {
			var rec export.DocRecord
			if err := json.Unmarshal(b, &rec); err != nil {
				return docs, facts, fmt.Errorf("%s:%d: not a document record (the file may be cut short; run 'zongjie run' again): %w", path, line, err)
			}
			if err := wb.Add(rec); err != nil {
				return docs, facts, err
			}
			docs++
			facts += len(rec.Facts)
		}
		if rerr == io.EOF {
			return docs, facts, nil
		}
	}
}
