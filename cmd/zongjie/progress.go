package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/zongjie/zongjie/corpus"
)

// progress shows how far a run is, on stderr: a bar on a terminal, a plain
// line every interval otherwise (through the logger, so --log-format json
// gives JSON lines). The writer goroutine counts; a ticker goroutine shows.
// A nil *progress counts nothing and shows nothing.
type progress struct {
	files, docs, facts, skipped atomic.Int64
	total                       atomic.Int64 // files to do, once counted; 0 until then
	start                       time.Time
	sized                       bool // the bar knows the total

	mu  sync.Mutex // serialises drawing the bar and writing log lines
	out io.Writer
	bar *progressbar.ProgressBar
	log atomic.Pointer[slog.Logger] // set after the loop has started

	stop chan struct{}
	done chan struct{}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress starts showing progress on out. With tty, it draws a bar;
// otherwise it logs a line every interval.
func newProgress(out io.Writer, tty bool, interval time.Duration) *progress {
	p := &progress{start: time.Now(), out: out, stop: make(chan struct{}), done: make(chan struct{})}
	if tty {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(out),
			progressbar.OptionSetDescription("zongjie run"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		interval = 200 * time.Millisecond
	}
	go p.loop(interval)
	return p
}

// setLogger sets where plain progress lines go.
func (p *progress) setLogger(l *slog.Logger) {
	if p != nil {
		p.log.Store(l)
	}
}

func (p *progress) loop(interval time.Duration) {
	defer close(p.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.show()
		}
	}
}

func (p *progress) line() string {
	docs := p.docs.Load()
	rate := float64(docs) / time.Since(p.start).Seconds()
	return fmt.Sprintf("%d files, %d documents, %d facts, %d skipped, %.1f documents/s",
		p.files.Load(), docs, p.facts.Load(), p.skipped.Load(), rate)
}

// countFiles counts the input files in the background, so the bar can
// show how far the run is. Only a terminal shows it.
func (p *progress) countFiles(ctx context.Context, roots []string) {
	if p == nil || p.bar == nil {
		return
	}
	go func() {
		var n int64
		err := corpus.Walk(ctx, roots, func(corpus.File) error { n++; return nil },
			func(string, error) error { n++; return nil })
		if err == nil {
			p.total.Store(n)
		}
	}()
}

func (p *progress) show() {
	if p.bar != nil {
		p.mu.Lock()
		if n := p.total.Load(); n > 0 && !p.sized {
			p.bar.ChangeMax64(n)
			p.sized = true
		}
		p.bar.Describe(p.line())
		p.bar.Set64(p.files.Load() + p.skipped.Load())
		p.mu.Unlock()
		return
	}
	if log := p.log.Load(); log != nil {
		log.Info(p.line(), "files", p.files.Load(), "documents", p.docs.Load(),
			"facts", p.facts.Load(), "skipped", p.skipped.Load())
	}
}

// add counts a file written with its documents and facts.
func (p *progress) add(docs, facts int) {
	if p == nil {
		return
	}
	p.files.Add(1)
	p.docs.Add(int64(docs))
	p.facts.Add(int64(facts))
}

// skip counts a file that could not be read.
func (p *progress) skip() {
	if p != nil {
		p.skipped.Add(1)
	}
}

// close stops showing progress and removes the bar.
func (p *progress) close() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
	if p.bar != nil {
		p.mu.Lock()
		p.bar.Clear()
		p.bar = nil
		p.mu.Unlock()
	}
}

// Write writes log output to the terminal, out of the bar's way.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Clear()
	}
	return p.out.Write(b)
}

// lineHandler is the text log format: "zongjie run: MESSAGE", one a line,
// as people read it. Messages carry everything; attributes are for the
// JSON format.
type lineHandler struct {
	mu     *sync.Mutex
	w      io.Writer
	prefix string
	level  slog.Level
}

func newLineHandler(w io.Writer, prefix string, level slog.Level) *lineHandler {
	return &lineHandler{mu: new(sync.Mutex), w: w, prefix: prefix, level: level}
}

func (h *lineHandler) Enabled(_ context.Context, l slog.Level) bool { return l >= h.level }

func (h *lineHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := fmt.Fprintf(h.w, "%s%s\n", h.prefix, r.Message)
	return err
}

func (h *lineHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *lineHandler) WithGroup(string) slog.Handler      { return h }
