package corpus

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// File is one input file found by Walk.
type File struct {
	Path    string    // path to open, as the OS wants it
	Source  string    // path as given on the command line joined with the path below it, slash form
	Size    int64     // bytes
	ModTime time.Time // last modification
}

// Extensions lists the file name extensions Walk picks up in folders, lower
// case with the dot. A file named explicitly on the command line is always
// read, whatever its extension.
var Extensions = []string{".txt", ".docx", ".doc", ".wps", ".html", ".htm", ".pdf"}

func wanted(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// ErrNotFound is returned through Walk's error callback for a root that does
// not exist.
var ErrNotFound = errors.New("no such file or folder")

// Walk finds the input files under roots: a root that is a file is visited
// as is; a folder is walked recursively in lexical order, skipping hidden
// files and folders (names starting with ".") and files whose extension is
// not in Extensions. Symbolic links to files are followed; links to folders
// are not, so a link loop cannot trap the walk.
//
// visit is called for each file, in order, from the calling goroutine. When
// a path cannot be read, onErr is called with it; if onErr returns nil the
// walk goes on, otherwise Walk stops and returns that error. Walk also stops
// when ctx is done.
func Walk(ctx context.Context, roots []string, visit func(File) error, onErr func(path string, err error) error) error {
	for _, root := range roots {
		if err := ctx.Err(); err != nil {
			return err
		}
		info, err := os.Stat(root)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = ErrNotFound
			}
			if err := onErr(root, err); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := visit(File{Path: root, Source: filepath.ToSlash(root), Size: info.Size(), ModTime: info.ModTime()}); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return onErr(path, err)
			}
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			name := d.Name()
			if path != root && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !wanted(name) {
				return nil
			}
			info, err := os.Stat(path) // follows a link to a file
			if err != nil {
				return onErr(path, err)
			}
			if info.IsDir() {
				return nil // a link to a folder: not followed
			}
			if !info.Mode().IsRegular() {
				return onErr(path, fmt.Errorf("not a regular file"))
			}
			return visit(File{Path: path, Source: filepath.ToSlash(path), Size: info.Size(), ModTime: info.ModTime()})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// SortFiles orders files by Source, the order outputs are written in.
func SortFiles(files []File) {
	sort.Slice(files, func(i, j int) bool { return files[i].Source < files[j].Source })
}
