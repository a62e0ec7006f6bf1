package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/export"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

const extractHelp = `用法: zongjie extract [--format jsonl|json|tsv] [--explain] [--encoding ENC] PATH...

读取文件或文件夹（递归），把每篇文档及其事实输出到标准输出。
jsonl：每行一篇文档（字段见 FACTS.md）；json：一个数组；tsv：每行一条事实。
--explain：每条事实一段说明：来源、行、类别、指标、数值、规则，以及所在句子（数字用【】标出）。

选项:
  --format F     输出格式：jsonl（默认）、json、tsv
  --explain      逐条说明每个事实的出处和规则（代替 --format 的输出）
  --encoding E   强制 .txt 的编码：utf-8、gb18030、utf-16le、utf-16be
  --max-size N   跳过大于 N MB 的文件（默认 50）

示例:
  zongjie extract --format jsonl 拐河镇2024年工作总结.txt
  zongjie extract --format tsv examples > facts.tsv
  zongjie extract --explain 拐河镇2024年工作总结.txt | less

退出状态: 0 完成；2 用法错误；3 有文件无法读取（已在标准错误中说明），其余已输出
`

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract")
	format := fs.String("format", "jsonl", "")
	explain := fs.Bool("explain", false, "")
	enc := fs.String("encoding", "", "")
	maxMB := fs.Int64("max-size", corpus.DefaultMaxSize>>20, "")
	if code, ok := parseFlags(fs, extractHelp, args, stdout, stderr); !ok {
		return code
	}
	switch *format {
	case "jsonl", "json", "tsv":
	default:
		fmt.Fprintf(stderr, "zongjie extract: unknown format %q (use jsonl, json or tsv)\n", *format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "zongjie extract: no PATH given (see 'zongjie extract --help')")
		return exitUsage
	}
	opt := corpus.Options{Encoding: *enc, MaxSize: *maxMB << 20}
	seg, err := segment.Shared()
	if err != nil {
		fmt.Fprintf(stderr, "zongjie extract: load dictionary: %v\n", err)
		return exitFailed
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	jw := export.NewJSONLWriter(out)
	var all []export.DocRecord
	if *format == "tsv" && !*explain {
		fmt.Fprintln(out, "source\tpart\tline\tkind\tmetric\tlabel\tvalue\tunit\tqualifier\tmasked\ttext")
	}
	bad := 0
	err = corpus.Walk(ctx, fs.Args(), func(f corpus.File) error {
		docs, err := corpus.ReadFile(f, opt)
		if err != nil {
			bad++
			fmt.Fprintf(stderr, "zongjie extract: %v; skipped\n", err)
			return nil
		}
		for _, d := range docs {
			facts := extract.Extract(d, seg.Tokens(d.Text))
			if *explain {
				writeExplain(out, d, facts)
				continue
			}
			switch *format {
			case "jsonl":
				if err := jw.Write(d, facts); err != nil {
					return err
				}
			case "json":
				all = append(all, export.Record(d, facts))
			case "tsv":
				for _, f := range facts {
					r := export.FactRecordOf(d, f)
					fmt.Fprintf(out, "%s\t%d\t%d\t%s\t%s\t%s\t%v\t%s\t%s\t%t\t%s\n", d.Source, d.Part, r.Line, r.Kind, r.Metric,
						tsvField(r.Label), valueString(r.Value), r.Unit, r.Qualifier, r.Masked, tsvField(r.Text))
				}
			}
		}
		return nil
	}, func(path string, err error) error {
		bad++
		fmt.Fprintf(stderr, "zongjie extract: %s: %v; skipped\n", path, err)
		return nil
	})
	if err != nil {
		fmt.Fprintf(stderr, "zongjie extract: %v\n", err)
		return exitFailed
	}
	if *format == "json" && !*explain {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if all == nil {
			all = []export.DocRecord{}
		}
		if err := enc.Encode(all); err != nil {
			fmt.Fprintf(stderr, "zongjie extract: %v\n", err)
			return exitFailed
		}
	}
	if bad > 0 {
		return exitPartial
	}
	return exitOK
}

func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

func valueString(v any) string {
	if v == nil {
		return ""
	}
	if f, ok := v.(float64); ok {
		return fmt.Sprintf("%g", f)
	}
	return fmt.Sprint(v)
}

// writeExplain prints, for each fact of d, where it is, what was read and
// by which rule, then its sentence with the figure marked 【…】.
func writeExplain(w io.Writer, d *corpus.Document, facts []extract.Fact) {
	fmt.Fprintf(w, "== %s#%d %s (%d facts)\n", d.Source, d.Part, d.Title, len(facts))
	for _, f := range facts {
		r := export.FactRecordOf(d, f)
		value := valueString(r.Value)
		if f.Min != nil && f.Max != nil {
			value = fmt.Sprintf("%g~%g", *f.Min, *f.Max)
		}
		if f.Masked {
			value += "(隐去)"
		}
		metric := f.Metric
		if metric == "" {
			metric = "-"
		}
		extra := ""
		if f.Term != nil {
			extra += fmt.Sprintf(" term=%d", *f.Term)
		}
		if f.DatePart != "" {
			extra += " part=" + f.DatePart
		}
		fmt.Fprintf(w, "%s:%d\t%s\t%s\t%s%s\t%s\t%s%s\trule=%s\n", d.Source, r.Line, f.Kind, metric, value, f.Unit, f.Qualifier, f.Label, extra, f.Rule)
		fmt.Fprintf(w, "\t%s\n", tsvField(extract.Explain(d.Text, f)))
	}
}
