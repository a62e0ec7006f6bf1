package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/zongjie/zongjie/index"
)

const searchHelp = `用法: zongjie search [--index DIR] [--json] [-n N] QUERY

在 zongjie run 建立的索引中检索。QUERY 使用 Bleve 查询语法。

选项:
  --index DIR   索引位置（默认 zongjie-out/index.bleve）
  --json        每行输出一条 JSON 结果
  -n N          最多显示 N 条（默认 10）

示例:
  zongjie search 办结率
  zongjie search --index out/index.bleve '"代表活动站" township:青石镇'
  zongjie search --json 'year:>=2022 视察'

退出状态: 0 有结果；1 无结果或索引无法打开；2 用法错误
`

func runSearch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search")
	dir := fs.String("index", "zongjie-out/index.bleve", "")
	asJSON := fs.Bool("json", false, "")
	n := fs.Int("n", 10, "")
	if code, ok := parseFlags(fs, searchHelp, args, stdout, stderr); !ok {
		return code
	}
	query := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if query == "" {
		fmt.Fprintln(stderr, "zongjie search: empty query (see 'zongjie search --help')")
		return exitUsage
	}
	ix, err := index.Open(*dir)
	if err != nil {
		if errors.Is(err, index.ErrNoIndex) {
			fmt.Fprintf(stderr, "zongjie search: no index at %s (run 'zongjie run -o OUT PATH' first, or give --index)\n", *dir)
		} else {
			fmt.Fprintf(stderr, "zongjie search: %v\n", err)
		}
		return exitFailed
	}
	defer ix.Close()
	res, err := ix.Search(ctx, query, *n)
	if err != nil {
		fmt.Fprintf(stderr, "zongjie search: %v\n", err)
		return exitUsage
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			enc.Encode(h)
		}
	} else {
		fmt.Fprintf(stdout, "%d 篇文档命中\n", res.Total)
		for i, h := range res.Hits {
			fmt.Fprintf(stdout, "\n%d. %s  [%s %d]  %s#%d  score %.3f\n", i+1, h.Title, h.Township, h.Year, h.Source, h.Part, h.Score)
			for _, fr := range h.Fragments {
				fmt.Fprintf(stdout, "   %s\n", strings.ReplaceAll(fr, "\n", " "))
			}
		}
	}
	if res.Total == 0 {
		return exitFailed
	}
	return exitOK
}
