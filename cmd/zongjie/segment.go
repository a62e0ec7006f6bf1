package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/zongjie/zongjie/segment"
)

const segmentHelp = `用法: zongjie segment [--pos] [FILE|-]

把文本分成词，每行一个词，用于检查词典。不给 FILE 或给 - 时读标准输入（UTF-8）。

选项:
  --pos   同时输出词性

示例:
  zongjie segment --pos 拐河镇.txt
  echo "共收到议案、建议11件，办结率95％" | zongjie segment
`

func runSegment(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("segment")
	pos := fs.Bool("pos", false, "")
	if code, ok := parseFlags(fs, segmentHelp, args, stdout, stderr); !ok {
		return code
	}
	var (
		data []byte
		err  error
	)
	switch {
	case fs.NArg() > 1:
		fmt.Fprintln(stderr, "zongjie segment: give one FILE or - (see 'zongjie segment --help')")
		return exitUsage
	case fs.NArg() == 0 || fs.Arg(0) == "-":
		data, err = io.ReadAll(stdin)
	default:
		data, err = os.ReadFile(fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintf(stderr, "zongjie segment: %v\n", err)
		return exitUsage
	}
	seg, err := segment.Shared()
	if err != nil {
		fmt.Fprintf(stderr, "zongjie segment: load dictionary: %v\n", err)
		return exitFailed
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	for _, t := range seg.Tokens(string(data)) {
		if t.Text == "\n" || t.Text == " " {
			continue
		}
		if *pos {
			fmt.Fprintf(out, "%s\t%s\n", t.Text, t.Pos)
		} else {
			fmt.Fprintln(out, t.Text)
		}
	}
	return exitOK
}
