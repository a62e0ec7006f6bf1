// Command zongjie turns folders of Chinese work summaries into figures that
// can be searched and compared: an index, a workbook and JSON Lines of facts.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit statuses.
const (
	exitOK      = 0 // all done
	exitFailed  = 1 // failed, nothing new written
	exitUsage   = 2 // usage error
	exitPartial = 3 // some inputs could not be read; the rest is done
)

// version is set at build time with -ldflags "-X main.version=…". A build
// from a git checkout without it adds the commit (0.1.0-dev+3f9a2c7e51d8),
// so that a run after an upgrade redoes every file with the new rules
// rather than keeping the facts an older build extracted.
var version = "0.1.0-dev"

func init() {
	bi, ok := debug.ReadBuildInfo()
	if !ok || version != "0.1.0-dev" {
		return
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev != "" {
		version += "+" + rev[:min(12, len(rev))]
		if dirty {
			version += "-dirty"
		}
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C cancels ctx and the command winds down cleanly; once
	// it has, the default handling is back, so a second Ctrl-C kills.
	go func() {
		<-ctx.Done()
		stop()
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

const usage = `zongjie（总结）从工作总结中提取数字，建立索引，生成对比表。

用法:
  zongjie <命令> [选项] [参数]

命令:
  run      完整流程：读取、提取、建索引、写工作簿（OUT/index.bleve, facts.jsonl, summary.xlsx, run.json）
  extract  把文档和事实输出到标准输出（jsonl、json 或 tsv）
  search   在索引中全文检索
  export   从已完成的运行结果重新生成工作簿
  segment  分词，每行一个词，用于检查词典
  version  显示版本

示例:
  zongjie run -o out examples
  zongjie extract --format jsonl 2024/拐河镇.txt
  zongjie search --index out/index.bleve 办结率
  zongjie segment - <<< "收到议案、建议11件，办结率95％"

退出状态:
  0 全部完成；1 失败，未写入新结果；2 用法错误；3 部分完成：有文件无法读取，其余已完成

每个命令都有 --help。
`

// run is the whole program: it parses args, runs one command and returns
// the exit status. Only run and its commands write to stdout and stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return runRun(ctx, rest, stdout, stderr)
	case "extract":
		return runExtract(ctx, rest, stdout, stderr)
	case "search":
		return runSearch(ctx, rest, stdout, stderr)
	case "export":
		return runExport(ctx, rest, stdout, stderr)
	case "segment":
		return runSegment(ctx, rest, stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "zongjie", version)
		return exitOK
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "zongjie: unknown command %q (run 'zongjie help' for the list)\n", cmd)
		return exitUsage
	}
}

// errUsage marks errors that are the user's to fix on the command line.
var errUsage = errors.New("usage")
