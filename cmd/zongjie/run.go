package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"runtime/pprof"
	"runtime/trace"
	"time"

	"github.com/zongjie/zongjie/corpus"
)

const runHelp = `用法: zongjie run [-o OUT] [选项] PATH...

完整流程：读取 PATH 下的所有总结（.txt .docx .doc .wps .rtf .html .mht .pdf），分词、提取数字，
写出 OUT/facts.jsonl、OUT/index.bleve、OUT/summary.xlsx 和 OUT/run.json。

再次运行时只处理新增和改动过的文件（按大小、修改时间和内容哈希判断），
删除的文件从结果中去掉；什么都没变时几秒内结束，不加载词典。
结果先在 OUT 下的隐藏文件夹里建好，再一次性切换（OUT/current 链接），
所以中途按 Ctrl-C 或进程被杀，OUT 里仍是上一次完整的结果，下次运行会接着完成。

选项:
  -o OUT              输出文件夹（默认 zongjie-out）
  -j N                并行处理的文件数（默认 CPU 核数）
  --full              忽略上一次的结果，全部重做
  --quiet             不显示进度和汇总，只报告无法读取的文件
  --log-format F      日志格式：text（默认）或 json
  --encoding E        强制 .txt 的编码：utf-8、gb18030、utf-16le、utf-16be
  --max-size N        跳过大于 N MB 的文件（默认 50）

示例:
  zongjie run -o out examples
  zongjie run -o 2024汇总 -j 4 档案/2024 档案/2023
  zongjie run -o out --full --log-format json 档案 2> run.log

退出状态: 0 完成；1 失败或被中断，未写入新结果；2 用法错误；3 部分完成：有文件无法读取，其余已完成
`

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("run")
	out := fs.String("o", "zongjie-out", "")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "")
	full := fs.Bool("full", false, "")
	quiet := fs.Bool("quiet", false, "")
	logFormat := fs.String("log-format", "text", "")
	enc := fs.String("encoding", "", "")
	maxMB := fs.Int64("max-size", corpus.DefaultMaxSize>>20, "")
	// Hidden: for measuring.
	cpuprofile := fs.String("cpuprofile", "", "")
	memprofile := fs.String("memprofile", "", "")
	peakprofile := fs.String("memprofile-peak", "", "") // rewritten at each new high of the live heap
	traceFile := fs.String("trace", "", "")             // an execution trace (go tool trace)
	interval := fs.Duration("progress-interval", 10*time.Second, "")
	if code, ok := parseFlags(fs, runHelp, args, stdout, stderr); !ok {
		return code
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "zongjie run: "+format+" (see 'zongjie run --help')\n", a...)
		return exitUsage
	}
	switch {
	case fs.NArg() == 0:
		return usage("no PATH given")
	case *jobs < 1:
		return usage("-j %d: need at least 1", *jobs)
	case *maxMB < 1:
		return usage("--max-size %d: need at least 1 (MB)", *maxMB)
	case *logFormat != "text" && *logFormat != "json":
		return usage("--log-format %q: use text or json", *logFormat)
	case *interval <= 0:
		return usage("--progress-interval %v: need a positive duration", *interval)
	}
	for _, p := range fs.Args() {
		if _, err := os.Stat(p); errors.Is(err, os.ErrNotExist) {
			fmt.Fprintf(stderr, "zongjie run: %s: no such file or folder\n", p)
			return exitUsage
		} else if err != nil {
			fmt.Fprintf(stderr, "zongjie run: %s: %v (check its permissions)\n", p, errors.Unwrap(err))
			return exitFailed
		}
	}
	for _, p := range []struct {
		path, what string
		start      func(io.Writer) error
		stop       func()
	}{
		{*cpuprofile, "cpu profile", pprof.StartCPUProfile, pprof.StopCPUProfile},
		{*traceFile, "trace", trace.Start, trace.Stop},
	} {
		if p.path == "" {
			continue
		}
		f, err := os.Create(p.path)
		if err != nil {
			fmt.Fprintf(stderr, "zongjie run: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		if err := p.start(f); err != nil {
			fmt.Fprintf(stderr, "zongjie run: %s: %v\n", p.what, err)
			return exitFailed
		}
		defer p.stop()
	}

	var prog *progress
	logOut := stderr
	if !*quiet {
		prog = newProgress(stderr, isTerminal(stderr), *interval)
		if prog.bar != nil {
			logOut = prog // log lines go above the bar
			prog.countFiles(ctx, fs.Args())
		}
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	var log *slog.Logger
	if *logFormat == "json" {
		log = slog.New(slog.NewJSONHandler(logOut, &slog.HandlerOptions{Level: level}))
	} else {
		log = slog.New(newLineHandler(logOut, "zongjie run: ", level))
	}
	prog.setLogger(log)

	defer limitMemory(*peakprofile)()
	rf, err := runPipeline(ctx, runConfig{
		Inputs: fs.Args(), Out: *out, Jobs: *jobs, Full: *full, Log: log, Prog: prog,
		Opt: corpus.Options{Encoding: *enc, MaxSize: *maxMB << 20}, MemProfile: *memprofile,
	})
	prog.close()
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			log.Error(fmt.Sprintf("interrupted; nothing new written, %s holds the previous results (run again to finish)", *out),
				"error", "interrupted", "out", *out)
			return exitFailed
		}
		log.Error(fmt.Sprintf("%v; nothing new written, %s holds the previous results", err, *out), "error", err.Error(), "out", *out)
		return exitFailed
	}
	c := rf.Counts
	elapsed := rf.Finished.Sub(rf.Started)
	log.Info(fmt.Sprintf("%d files (%d unchanged, %d redone, %d new, %d removed), %d documents, %d facts, %d skipped, %d errors, %.1fs → %s",
		c.Files, c.Unchanged, c.Redone, c.New, c.Removed, c.Documents, c.Facts, c.Skipped, len(rf.Errors), elapsed.Seconds(), *out),
		"files", c.Files, "unchanged", c.Unchanged, "redone", c.Redone, "new", c.New, "removed", c.Removed,
		"documents", c.Documents, "facts", c.Facts, "skipped", c.Skipped, "errors", len(rf.Errors),
		"seconds", elapsed.Seconds(), "out", *out)
	if len(rf.Errors) > 0 {
		log.Warn(fmt.Sprintf("warning: %d of %d files could not be read (see %s)",
			len(rf.Errors), c.Files+len(rf.Errors), filepath.Join(*out, "run.json")), "errors", len(rf.Errors))
		return exitPartial
	}
	return exitOK
}

// runMemoryLimit is the soft limit on the memory of a run's Go heap, unless
// GOMEMLIMIT sets one. Left alone, the collector lets the heap grow to twice
// what is live (about 150 MB at the peak of a run: the dictionary, Bleve's
// batch and segments, the workbook's buffers), which took the resident
// size well past 400 MB; with the limit it collects sooner as the heap
// nears it. It was 300 MB; with less live at the peak (batches of 200
// documents, the 对比 summaries on disk) 220 MB costs no more collector
// time than 300 did (measured at 50k documents: 22.7 cpu s, was 34.5),
// and Bleve's memory-mapped segments, which count in the resident size
// too (about 150 MB at the end of indexing 50k documents), have room.
const runMemoryLimit = 220 << 20

// limitMemory sets the soft memory limit of a run and returns the function
// that puts the previous one back. So that the collector never thrashes
// when more is live than expected (a much larger corpus), a watcher keeps
// the limit at least half as much again as the live heap. If peakProfile
// is set, the watcher writes a heap profile there each time the live heap
// reaches a new high (by 5%), for measuring.
func limitMemory(peakProfile string) (restore func()) {
	limit := os.Getenv("GOMEMLIMIT") == ""
	if !limit && peakProfile == "" {
		return func() {}
	}
	prev := debug.SetMemoryLimit(-1)
	if limit {
		debug.SetMemoryLimit(runMemoryLimit)
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		var high int64
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			live := int64(sample[0].Value.Uint64())
			if limit {
				debug.SetMemoryLimit(max(runMemoryLimit, live+live/2))
			}
			if peakProfile != "" && live > high+high/20 {
				high = live
				writeHeapProfile(peakProfile, false)
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
		debug.SetMemoryLimit(prev)
	}
}
