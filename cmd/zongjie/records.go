package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// fileRecords are the records of the files of a run (run.json's "files"),
// in walk order. Once the new generation exists, each record goes as it is
// made to a temporary file in it, already encoded as run.json holds it,
// and finish writes run.json by copying them: memory does not grow with
// the corpus (a record took about 400 bytes of heap: some 35 MB at 100,000
// documents, and encoding them all at once took as much again twice over).
// Until then (a rerun that has found nothing to change yet) the records
// stay in memory, because materialize still moves their lines in
// facts.jsonl.
type fileRecords struct {
	mem  []RunInput // records not spilled
	f    *os.File   // the spilled records; nil until spill
	w    *bufio.Writer
	n    int // records in all
	docs int // documents and facts of all the records
	fcts int
}

// recordsFile is the name of the spilled records in a generation folder;
// finish removes it before the generation becomes current.
const recordsFile = ".files.tmp"

// Indentation of a record in run.json (writeJSON's, at the depth of
// "files").
const (
	recordPrefix = "    "
	recordIndent = "  "
)

// add appends a record.
func (r *fileRecords) add(in RunInput) error {
	r.n++
	r.docs += in.Documents
	r.fcts += in.Facts
	if r.f == nil {
		r.mem = append(r.mem, in)
		return nil
	}
	return r.encode(&in, r.n-1)
}

// encode writes record number i (from 0) to the spill file as run.json
// lists it: a comma before all but the first, a new line, the record.
func (r *fileRecords) encode(in *RunInput, i int) error {
	js, err := json.MarshalIndent(in, recordPrefix, recordIndent)
	if err != nil {
		return err
	}
	if i > 0 {
		r.w.WriteByte(',')
	}
	r.w.WriteString("\n" + recordPrefix)
	if _, err := r.w.Write(js); err != nil {
		return fmt.Errorf("write %s: %w", r.f.Name(), err)
	}
	return nil
}

// spill moves the records to a temporary file in dir, and sends those to
// come there too.
func (r *fileRecords) spill(dir string) error {
	if r.f != nil {
		return nil
	}
	f, err := os.OpenFile(filepath.Join(dir, recordsFile), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	r.f, r.w = f, bufio.NewWriterSize(f, 64<<10)
	for i := range r.mem {
		if err := r.encode(&r.mem[i], i); err != nil {
			return err
		}
	}
	r.mem = nil
	return nil
}

// close removes the spill file, if any.
func (r *fileRecords) close() error {
	if r.f == nil {
		return nil
	}
	name := r.f.Name()
	err := r.f.Close()
	r.f, r.w = nil, nil
	return errors.Join(err, os.Remove(name))
}

// writeRunFile writes rf to path, as writeJSON writes it, with the records
// of recs as its files (rf.Files is not used).
func writeRunFile(path string, rf *RunFile, recs *fileRecords) error {
	if recs.f == nil {
		full := *rf
		full.Files = recs.mem
		if full.Files == nil {
			full.Files = []RunInput{}
		}
		return writeJSON(path, &full)
	}
	if err := recs.w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", recs.f.Name(), err)
	}
	// rf with no files, cut where the records go
	head := *rf
	head.Files = []RunInput{}
	js, err := json.MarshalIndent(&head, "", "  ")
	if err != nil {
		return err
	}
	// a string in JSON holds no raw new line: this is the field itself
	mark := []byte("\n  \"files\": [")
	i := bytes.Index(js, mark)
	if i < 0 || !bytes.HasPrefix(js[i+len(mark):], []byte("]")) {
		return fmt.Errorf("write %s: internal error: no files in the record of the run", path)
	}
	before, after := js[:i+len(mark)], js[i+len(mark)+1:]
	return writeFileAtomic(path, func(w io.Writer) error {
		if _, err := w.Write(before); err != nil {
			return err
		}
		if recs.n > 0 {
			if _, err := io.Copy(w, io.NewSectionReader(recs.f, 0, 1<<62)); err != nil {
				return err
			}
			if _, err := io.WriteString(w, "\n  "); err != nil {
				return err
			}
		}
		if _, err := io.WriteString(w, "]"); err != nil {
			return err
		}
		if _, err := w.Write(after); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
}
