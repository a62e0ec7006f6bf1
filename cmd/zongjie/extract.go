package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/export"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/segment"
)

const extractHelp = `用法: zongjie extract [--format jsonl|json|tsv] [--text] [--explain] [--encoding ENC] PATH...

读取文件或文件夹（递归），把每篇文档及其事实输出到标准输出。
jsonl：每行一篇文档（字段见 FACTS.md）；json：一个数组；tsv：每行一条事实。
--explain：每条事实一段说明：来源、行、类别、指标、数值、规则，以及所在句子（数字用【】标出）。

选项:
  --format F     输出格式：jsonl（默认）、json、tsv
  --text         jsonl/json 中每篇文档加上清洗后的全文（字段 text），可直接导入 Elasticsearch
  --explain      逐条说明每个事实的出处和规则（代替 --format 的输出）
  --encoding E   强制 .txt 的编码：utf-8、gb18030、utf-16le、utf-16be
  --max-size N   跳过大于 N MB 的文件（默认 50）

示例:
  zongjie extract --format jsonl 拐河镇2024年工作总结.txt
  zongjie extract --format tsv examples > facts.tsv
  zongjie extract --explain 拐河镇2024年工作总结.txt | less
  zongjie extract --text examples > docs.jsonl

退出状态: 0 完成；1 失败（词典无法加载或输出无法写入）；2 用法错误；3 有文件无法读取（已在标准错误中说明），其余已输出
`

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract")
	format := fs.String("format", "jsonl", "")
	explain := fs.Bool("explain", false, "")
	withText := fs.Bool("text", false, "")
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
	var jsonEnc *json.Encoder
	docsWritten := 0
	switch {
	case *explain:
	case *format == "tsv":
		fmt.Fprintln(out, "source\tpart\tline\tkind\tmetric\tlabel\tvalue\tunit\tqualifier\tmasked\ttext")
	case *format == "json":
		// One array, written a document at a time: memory stays bounded
		// whatever the size of the corpus.
		jsonEnc = json.NewEncoder(out)
		jsonEnc.SetEscapeHTML(false)
		jsonEnc.SetIndent("  ", "  ")
		fmt.Fprint(out, "[")
	}
	bad := 0
	err = corpus.Walk(ctx, fs.Args(), func(f corpus.File) error {
		docs, err := readFacts(f, opt, seg)
		if err != nil {
			bad++
			fmt.Fprintf(stderr, "zongjie extract: %v; skipped\n", err)
			return nil
		}
		for _, df := range docs {
			d, facts := df.doc, df.facts
			if *explain {
				writeExplain(out, d, facts)
				continue
			}
			rec := export.Record(d, facts)
			if *withText {
				rec.Text = d.Text
			}
			switch *format {
			case "jsonl":
				if err := jw.WriteRecord(rec); err != nil {
					return err
				}
			case "json":
				if docsWritten > 0 {
					fmt.Fprint(out, ",")
				}
				fmt.Fprint(out, "\n  ")
				if err := jsonEnc.Encode(rec); err != nil {
					return err
				}
				docsWritten++
			case "tsv":
				for _, r := range rec.Facts {
					fmt.Fprintf(out, "%s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%t\t%s\n", d.Source, d.Part, r.Line, r.Kind, r.Metric,
						tsvField(r.Label), valueString(r), r.Unit, r.Qualifier, r.Masked, tsvField(r.Text))
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
	if jsonEnc != nil {
		fmt.Fprint(out, "]\n")
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "zongjie extract: write output: %v\n", err)
		return exitFailed
	}
	if bad > 0 {
		return exitPartial
	}
	return exitOK
}

func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ").Replace(s)
}

// valueString is a fact's value as TSV shows it: the number, the date, or
// min~max for a range; "" when masked.
func valueString(r export.FactRecord) string {
	switch v := r.Value.(type) {
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return v
	}
	if r.Min != nil && r.Max != nil {
		return strconv.FormatFloat(*r.Min, 'f', -1, 64) + "~" + strconv.FormatFloat(*r.Max, 'f', -1, 64)
	}
	return ""
}

// writeExplain prints, for each fact of d, where it is, what was read and
// by which rule, then its sentence with the figure marked 【…】.
func writeExplain(w io.Writer, d *corpus.Document, facts []extract.Fact) {
	fmt.Fprintf(w, "== %s#%d %s (%d facts)\n", d.Source, d.Part, d.Title, len(facts))
	recs := export.Record(d, facts).Facts
	for i, f := range facts {
		r := recs[i]
		value := valueString(r)
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
