package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/zongjie/zongjie/corpus"
	"github.com/zongjie/zongjie/export"
	"github.com/zongjie/zongjie/extract"
	"github.com/zongjie/zongjie/index"
	"github.com/zongjie/zongjie/segment"
)

// The run has three parts (STYLE.md §3):
//
//   - one goroutine walks the inputs in order and numbers the files; a file
//     whose size and modification time match the previous run goes straight
//     to the writer, untouched;
//   - a bounded pool of workers (-j) hashes, reads, segments and extracts
//     the other files; a file whose content hash matches the previous run
//     is not read further;
//   - the writer, the only goroutine that touches the outputs, takes the
//     results back in walk order and owns the Bleve batch, facts.jsonl and
//     the workbook, so two runs give the same outputs.
//
// At most window files are between the walker and the writer at any time,
// which bounds memory whatever the size of the corpus.

// runConfig is what a run needs to know.
type runConfig struct {
	Inputs []string
	Out    string
	Opt    corpus.Options
	Jobs   int  // workers; 0 means GOMAXPROCS
	Full   bool // redo every file, ignoring the previous run
	Log    *slog.Logger
	Prog   *progress // may be nil
	// MemProfile, if set, is where a heap profile is written once every
	// file is through, before the outputs are finished (for measuring).
	MemProfile string
}

// fileJob is one input file on its way through the pipeline.
type fileJob struct {
	seq  int
	file corpus.File
	prev *RunInput // the file in the previous run; nil if new
}

// fileResult is what became of a file.
type fileResult struct {
	fileJob
	kept bool   // unchanged since the previous run: reuse its outputs
	hash string // sha256 of the content, when it was read
	docs []docResult
	err  error // the file could not be read; it is skipped
}

// docResult is one document, ready to write.
type docResult struct {
	doc   *corpus.Document
	facts []extract.Fact
	toks  []segment.Token // the words of doc.Text, for the index
	line  []byte          // its line of facts.jsonl, with the final "\n"
	rec   export.DocRecord
}

// errFatal wraps errors that stop the run (as opposed to a bad file).
type errFatal struct{ err error }

func (e errFatal) Error() string { return e.err.Error() }
func (e errFatal) Unwrap() error { return e.err }

// runPipeline runs the whole pipeline and returns the record of the run,
// but for its files (Files is empty; run.json lists them).
// When it returns an error, OUT holds the previous outputs, unchanged.
func runPipeline(ctx context.Context, cfg runConfig) (*RunFile, error) {
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.GOMAXPROCS(0)
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lockOut(cfg.Out)
	if err != nil {
		return nil, err
	}
	defer unlock()
	od := outDir{path: cfg.Out}
	if err := od.cleanStale(); err != nil {
		return nil, err
	}
	opts := RunOptions{Encoding: cfg.Opt.Encoding, MaxSize: maxSize(cfg.Opt), Index: index.Version}
	prev, prevGen, err := od.loadPrevious()
	if err != nil {
		return nil, err
	}
	if prev != nil && (prev.Version != version || prev.Options != opts) {
		cfg.Log.Info("settings or version changed since the previous run; redoing every file")
		prev = nil
	}
	if cfg.Full {
		prev = nil
	}
	w := &writer{
		cfg: cfg, od: od, prev: prev, prevGen: prevGen,
		rf: &RunFile{Format: stateFormat, Version: version, Started: time.Now(), Inputs: cfg.Inputs,
			Options: opts, Files: []RunInput{}, Errors: []RunError{}},
	}
	if prev != nil {
		w.seen = map[string]bool{}
	}
	defer w.abort()
	if prev == nil {
		// No previous run to build on: start the new generation now.
		if err := w.materialize(); err != nil {
			return nil, err
		}
	}
	if err := w.pipe(ctx); err != nil {
		return nil, err
	}
	if w.recs.n == 0 && prev != nil && len(prev.Files) > 0 {
		// Most likely a wrong PATH, or a share that is not mounted or not
		// readable: do not empty the outputs for it.
		if len(w.rf.Errors) > 0 {
			return nil, fmt.Errorf("none of the %d input files in %s could be read, where the previous run read %d; the previous outputs are kept (check access to the files; --full empties the outputs)",
				len(w.rf.Errors), strings.Join(cfg.Inputs, " "), len(prev.Files))
		}
		return nil, fmt.Errorf("found no input files in %s, where the previous run found %d (check PATH; --full empties the outputs)",
			strings.Join(cfg.Inputs, " "), len(prev.Files))
	}
	if cfg.MemProfile != "" {
		writeHeapProfile(cfg.MemProfile, true)
	}
	if err := w.finish(ctx); err != nil {
		return nil, err
	}
	return w.rf, nil
}

// writeHeapProfile writes a heap profile to path, after a collection if gc
// (otherwise it is the heap as of the last one).
func writeHeapProfile(path string, gc bool) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	if gc {
		runtime.GC()
	}
	pprof.Lookup("heap").WriteTo(f, 0)
}

func maxSize(opt corpus.Options) int64 {
	if opt.MaxSize > 0 {
		return opt.MaxSize
	}
	return corpus.DefaultMaxSize
}

// pipe runs the walker, the workers and the writer until every file is
// written, the context is cancelled or something fatal happens.
func (w *writer) pipe(ctx context.Context) error {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	// The window is wide enough for the workers to keep going while the
	// writer waits for Bleve to take a batch (index.BatchSize documents):
	// building a batch's segment takes the writer about as long as the
	// workers take for 100–200 files. With 32 files a worker, the walker
	// waited on a full window for ~2.3 s of a 10k run (the workers idle,
	// the writer alone in Bleve); with 128 it never does, for ~10 MB more
	// at the peak.
	window := 128*w.cfg.Jobs + 16
	tokens := make(chan struct{}, window)
	results := make(chan *fileResult, window)
	prevByPath := map[string]*RunInput{}
	if w.prev != nil {
		for i := range w.prev.Files {
			prevByPath[w.prev.Files[i].Path] = &w.prev.Files[i]
		}
	}

	var walkErr error
	go func() {
		defer close(results)
		var g errgroup.Group
		g.SetLimit(w.cfg.Jobs)
		seq := 0
		send := func(r *fileResult) { results <- r } // never blocks: a token is held
		// a file named twice (a folder and a file in it) is taken once;
		// one input names none twice, and needs no map of every path
		var walked map[string]bool
		if len(w.cfg.Inputs) > 1 {
			walked = map[string]bool{}
		}
		walkErr = corpus.Walk(ctx, w.cfg.Inputs, func(f corpus.File) error {
			if walked != nil {
				if walked[f.Source] {
					return nil
				}
				walked[f.Source] = true
			}
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			j := fileJob{seq: seq, file: f, prev: prevByPath[f.Source]}
			seq++
			if j.prev != nil && j.prev.Size == f.Size && j.prev.ModTime.Equal(f.ModTime) && !racy(j.prev.ModTime, w.prev.Started) {
				send(&fileResult{fileJob: j, kept: true})
				return nil
			}
			g.Go(func() error {
				send(process(ctx, j, w.cfg.Opt))
				return nil
			})
			return nil
		}, func(path string, err error) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
			src := filepath.ToSlash(path)
			send(&fileResult{fileJob: fileJob{seq: seq, file: corpus.File{Source: src}, prev: prevByPath[src]}, err: err})
			seq++
			return nil
		})
		g.Wait()
	}()

	pending := map[int]*fileResult{}
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain, so the walker and workers finish
		}
		pending[r.seq] = r
		for pending[next] != nil && err == nil {
			r := pending[next]
			delete(pending, next)
			next++
			if err = ctx.Err(); err == nil {
				err = w.write(r)
			}
			<-tokens
		}
		if err != nil {
			cancel(err)
		}
	}
	if err != nil {
		return err
	}
	if walkErr != nil {
		return walkErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return w.removeDeleted(prevByPath)
}

// racy reports whether a file whose modification time is mtime could have
// been changed again, within the file system's time resolution, after the
// run that started at started read it. Such a file is hashed, not trusted
// on its size and time (as git does with its index).
func racy(mtime, started time.Time) bool {
	return !mtime.Before(started.Add(-2 * time.Second))
}

// process hashes, reads, segments and extracts one file. Several workers
// call it at once.
func process(ctx context.Context, j fileJob, opt corpus.Options) (r *fileResult) {
	r = &fileResult{fileJob: j}
	defer func() {
		if e := recover(); e != nil {
			r.docs = nil
			r.err = fmt.Errorf("%s: internal error while reading it: %v (please report this file)", j.file.Source, e)
		}
	}()
	if ctx.Err() != nil {
		r.err = ctx.Err()
		return r
	}
	if j.file.Size <= maxSize(opt) {
		h, err := hashFile(j.file.Path)
		if err != nil {
			r.err = &corpus.Error{Path: j.file.Source, Msg: "cannot read", Err: err}
			return r
		}
		r.hash = h
		if j.prev != nil && j.prev.SHA256 == h {
			r.kept = true
			return r
		}
	}
	// The dictionary loads here, on the first file that needs it: a rerun
	// over unchanged files never loads it.
	seg, err := segment.Shared()
	if err != nil {
		r.err = errFatal{fmt.Errorf("load dictionary: %w", err)}
		return r
	}
	docs, err := readFacts(j.file, opt, seg)
	if err != nil {
		r.err = err
		return r
	}
	var buf bytes.Buffer
	jw := export.NewJSONLWriter(&buf)
	for _, df := range docs {
		if ctx.Err() != nil {
			r.err = ctx.Err()
			return r
		}
		rec := export.Record(df.doc, df.facts)
		buf.Reset()
		if err := jw.WriteRecord(rec); err != nil {
			r.err = errFatal{fmt.Errorf("encode %s: %w", df.doc.ID(), err)}
			return r
		}
		r.docs = append(r.docs, docResult{doc: df.doc, facts: df.facts, toks: df.toks, line: bytes.Clone(buf.Bytes()), rec: rec})
	}
	return r
}

// hashBuffers are the buffers hashFile reads through (io.Copy from a file
// allocates 32 KB each time: 250 MB for 10,000 documents).
var hashBuffers = sync.Pool{New: func() any { return new([32 << 10]byte) }}

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	buf := hashBuffers.Get().(*[32 << 10]byte)
	defer hashBuffers.Put(buf)
	// a reader that is only a reader, so that CopyBuffer uses buf
	if _, err := io.CopyBuffer(h, struct{ io.Reader }{f}, buf[:]); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// writer owns the outputs of the run being built. Only the writer
// goroutine uses it.
type writer struct {
	cfg     runConfig
	od      outDir
	prev    *RunFile // nil: every file is new
	prevGen string   // folder of the previous generation; "" if none
	rf      *RunFile

	// The records of the files (run.json's "files"); rf.Files is not used.
	recs fileRecords
	// The paths of the previous run's files met by this run (when there is
	// a previous run), for removeDeleted.
	seen map[string]bool

	// The new generation exists once something has to change: gen is
	// then its folder. Until then, unchanged files are only listed in
	// recs; materialize copies their records over.
	gen       string
	ix        *index.Writer
	factsFile *os.File
	facts     *bufio.Writer
	off       int64 // bytes written to facts.jsonl
	wb        *export.Workbook
	prevFacts *os.File
}

// materialize starts the new generation: an index (a copy of the previous
// one to update, or a new one), facts.jsonl and the workbook, filled with
// the files kept so far.
func (w *writer) materialize() error {
	gen, err := w.od.newGen()
	if err != nil {
		return err
	}
	w.gen = gen
	ixPath := filepath.Join(gen, "index.bleve")
	if w.prev != nil {
		if err := copyIndex(filepath.Join(w.prevGen, "index.bleve"), ixPath); err != nil {
			return fmt.Errorf("copy previous index: %w (run again with --full)", err)
		}
		w.ix, err = index.OpenWriter(ixPath)
	} else {
		w.ix, err = index.Create(ixPath)
	}
	if err != nil {
		return err
	}
	w.factsFile, err = os.Create(filepath.Join(gen, "facts.jsonl"))
	if err != nil {
		return err
	}
	w.facts = bufio.NewWriterSize(w.factsFile, 1<<20)
	w.wb = export.NewWorkbook()
	// its temporary files in the generation: a killed run leaves them
	// where the next run's cleanStale removes them
	w.wb.SetTempDir(gen)
	if w.prev != nil {
		name := filepath.Join(w.prevGen, "facts.jsonl")
		if w.prevFacts, err = os.Open(name); err != nil {
			return fmt.Errorf("open previous %s: %w (run again with --full)", name, err)
		}
	}
	for i := range w.recs.mem {
		if err := w.copyKept(&w.recs.mem[i]); err != nil {
			return err
		}
	}
	return w.recs.spill(gen)
}

// copyKept copies the records of an unchanged file from the previous
// facts.jsonl, and adds them to the workbook. The index already has them.
func (w *writer) copyKept(in *RunInput) error {
	name := filepath.Join(w.prevGen, "facts.jsonl")
	data := make([]byte, in.FactsLength)
	if _, err := w.prevFacts.ReadAt(data, in.FactsOffset); err != nil {
		return fmt.Errorf("read previous %s for %s: %w (run again with --full)", name, in.Path, err)
	}
	n := 0
	for line := range bytes.Lines(data) {
		var rec export.DocRecord
		if err := json.Unmarshal(line, &rec); err != nil || rec.Source != in.Path {
			return fmt.Errorf("previous %s does not match its run.json at %s (run again with --full)", name, in.Path)
		}
		if err := w.wb.Add(rec); err != nil {
			return err
		}
		n++
	}
	if n != in.Documents {
		return fmt.Errorf("previous %s does not match its run.json at %s (run again with --full)", name, in.Path)
	}
	in.FactsOffset = w.off
	if _, err := w.facts.Write(data); err != nil {
		return err
	}
	w.off += in.FactsLength
	return nil
}

// write puts the result of one file into the outputs.
func (w *writer) write(r *fileResult) error {
	var fe errFatal
	if errors.As(r.err, &fe) {
		return fe.err
	}
	if r.prev != nil && w.seen != nil {
		w.seen[r.prev.Path] = true
	}
	if r.err != nil {
		if errors.Is(r.err, context.Canceled) || errors.Is(r.err, context.DeadlineExceeded) {
			return r.err
		}
		msg := r.err.Error()
		if !strings.HasPrefix(msg, r.file.Source) {
			msg = r.file.Source + ": " + msg
		}
		w.cfg.Log.Warn(msg+"; skipped", "path", r.file.Source, "error", r.err.Error())
		w.rf.Errors = append(w.rf.Errors, RunError{Path: r.file.Source, Error: r.err.Error()})
		w.rf.Counts.Skipped++
		w.cfg.Prog.skip()
		if r.prev != nil && len(r.prev.IDs) > 0 {
			// It had documents: they leave the outputs.
			if err := w.ensureGen(); err != nil {
				return err
			}
			for _, id := range r.prev.IDs {
				w.ix.Delete(id)
			}
		}
		return nil
	}
	if r.kept {
		in := *r.prev
		in.Size, in.ModTime = r.file.Size, r.file.ModTime // touched, same content
		if w.gen != "" {
			if err := w.copyKept(&in); err != nil {
				return err
			}
		}
		if err := w.recs.add(in); err != nil {
			return err
		}
		w.rf.Counts.Unchanged++
		w.cfg.Prog.add(in.Documents, in.Facts)
		return nil
	}
	if err := w.ensureGen(); err != nil {
		return err
	}
	in := RunInput{Path: r.file.Source, Size: r.file.Size, ModTime: r.file.ModTime, SHA256: r.hash,
		Documents: len(r.docs), IDs: make([]string, 0, len(r.docs)), FactsOffset: w.off}
	for _, d := range r.docs {
		if _, err := w.facts.Write(d.line); err != nil {
			return fmt.Errorf("write facts.jsonl: %w", err)
		}
		w.off += int64(len(d.line))
		if err := w.ix.AddTokens(d.doc, d.facts, d.toks); err != nil {
			return err
		}
		if err := w.wb.Add(d.rec); err != nil {
			return err
		}
		in.IDs = append(in.IDs, d.doc.ID())
		in.Facts += len(d.facts)
	}
	in.FactsLength = w.off - in.FactsOffset
	if r.prev != nil {
		for _, id := range r.prev.IDs {
			if !slices.Contains(in.IDs, id) {
				w.ix.Delete(id)
			}
		}
		w.rf.Counts.Redone++
	} else {
		w.rf.Counts.New++
	}
	if err := w.recs.add(in); err != nil {
		return err
	}
	w.cfg.Prog.add(in.Documents, in.Facts)
	return nil
}

func (w *writer) ensureGen() error {
	if w.gen != "" {
		return nil
	}
	return w.materialize()
}

// removeDeleted removes from the index the documents of files of the
// previous run that the walk did not find.
func (w *writer) removeDeleted(prevByPath map[string]*RunInput) error {
	if w.prev == nil {
		return nil
	}
	for _, in := range w.prev.Files {
		if w.seen[in.Path] {
			continue
		}
		if err := w.ensureGen(); err != nil {
			return err
		}
		for _, id := range in.IDs {
			w.ix.Delete(id)
		}
		w.rf.Counts.Removed++
	}
	return nil
}

// finish completes the new generation and makes it current; when nothing
// changed, it only records the run in the current generation's run.json.
func (w *writer) finish(ctx context.Context) error {
	c := &w.rf.Counts
	c.Files, c.Documents, c.Facts = w.recs.n, w.recs.docs, w.recs.fcts
	if w.gen == "" {
		w.rf.Finished = time.Now()
		return writeRunFile(filepath.Join(w.prevGen, "run.json"), w.rf, &w.recs)
	}
	if err := w.facts.Flush(); err != nil {
		return fmt.Errorf("write facts.jsonl: %w", err)
	}
	if err := w.factsFile.Sync(); err != nil {
		return fmt.Errorf("write facts.jsonl: %w", err)
	}
	err := w.factsFile.Close()
	w.factsFile = nil
	if err != nil {
		return fmt.Errorf("write facts.jsonl: %w", err)
	}
	err = w.ix.Close()
	w.ix = nil
	if err != nil {
		return err
	}
	info := export.RunInfo{Version: version, Started: w.rf.Started, Inputs: w.cfg.Inputs,
		Files: c.Files, Docs: c.Documents, Facts: c.Facts}
	for _, e := range w.rf.Errors {
		info.Errors = append(info.Errors, e.Path+": "+e.Error)
	}
	xlsx := filepath.Join(w.gen, "summary.xlsx")
	if err := w.wb.WriteFile(xlsx, info); err != nil {
		return err
	}
	if err := os.Chmod(xlsx, 0o644); err != nil {
		return err
	}
	w.wb.Close()
	w.wb = nil
	w.rf.Finished = time.Now()
	if err := writeRunFile(filepath.Join(w.gen, "run.json"), w.rf, &w.recs); err != nil {
		return err
	}
	if err := w.recs.close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err // interrupted while finishing: keep the previous outputs
	}
	if err := w.od.commit(w.gen, w.prevGen); err != nil {
		return err
	}
	w.gen = "" // committed: abort must not remove it
	return nil
}

// abort releases what the writer holds and removes an uncommitted
// generation. After finish it does nothing but close files.
func (w *writer) abort() {
	if w.prevFacts != nil {
		w.prevFacts.Close()
	}
	if w.factsFile != nil {
		w.factsFile.Close()
	}
	if w.ix != nil {
		w.ix.Close()
	}
	if w.wb != nil {
		w.wb.Close()
	}
	w.recs.close()
	if w.gen != "" {
		os.RemoveAll(w.gen)
	}
}
