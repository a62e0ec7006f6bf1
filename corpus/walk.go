package corpus

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
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
var Extensions = []string{".txt", ".docx", ".doc", ".wps", ".rtf", ".html", ".htm", ".mht", ".mhtml", ".pdf"}

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
// as is, whatever its extension; a folder (or a link to one) is walked
// recursively in lexical order, skipping hidden files and folders (names
// starting with ".") and files whose extension is not in Extensions.
// Symbolic links to files are followed; links to folders below a root are
// not, so a link loop cannot trap the walk.
//
// visit is called for each file, in order, from the calling goroutine. When
// a path cannot be read, onErr is called with the path and an error that
// does not repeat it (an *Error saying what to do, wrapping ErrNotFound or
// the OS error); if onErr returns nil the walk goes on, otherwise Walk stops
// and returns that error. Walk also stops when ctx is done.
func Walk(ctx context.Context, roots []string, visit func(File) error, onErr func(path string, err error) error) error {
	for _, root := range roots {
		if err := ctx.Err(); err != nil {
			return err
		}
		info, err := os.Stat(root)
		if err != nil {
			if err := onErr(root, walkError(err)); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if !info.Mode().IsRegular() {
				if err := onErr(root, &Error{Msg: "not a regular file (a device, pipe or socket)"}); err != nil {
					return err
				}
				continue
			}
			if err := visit(File{Path: root, Source: filepath.ToSlash(root), Size: info.Size(), ModTime: info.ModTime()}); err != nil {
				return err
			}
			continue
		}
		// A root that is a link to a folder is walked through its target,
		// and files keep the root's name in Source.
		dir := root
		if li, err := os.Lstat(root); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			if real, err := filepath.EvalSymlinks(root); err == nil {
				dir = real
			}
		}
		source := func(path string) string {
			if dir != root {
				rel, err := filepath.Rel(dir, path)
				if err == nil {
					path = filepath.Join(root, rel)
				}
			}
			return filepath.ToSlash(path)
		}
		err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			if err != nil {
				if d != nil && d.IsDir() && path != dir {
					// An unreadable folder: report it and skip it.
					if err := onErr(source(path), walkError(err)); err != nil {
						return err
					}
					return filepath.SkipDir
				}
				return onErr(source(path), walkError(err))
			}
			name := d.Name()
			if path != dir && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !wanted(name) {
				return nil
			}
			info, err := os.Stat(path) // follows a link to a file
			if err != nil {
				return onErr(source(path), walkError(err))
			}
			if info.IsDir() {
				return nil // a link to a folder: not followed
			}
			if !info.Mode().IsRegular() {
				return onErr(source(path), &Error{Msg: "not a regular file (a device, pipe or socket)"})
			}
			return visit(File{Path: path, Source: source(path), Size: info.Size(), ModTime: info.ModTime()})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

var errLinkLoop = errors.New("symbolic link loop")

// walkError turns an OS error met while walking into an *Error that says
// what to do.
func walkError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is the callback's argument already
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{Msg: "no such file or folder (check the path, or a broken link)", Err: ErrNotFound}
	case errors.Is(err, fs.ErrPermission):
		return &Error{Msg: "permission denied (check the permissions)", Err: fs.ErrPermission}
	case errors.Is(err, syscall.ELOOP):
		return &Error{Msg: "symbolic link loop (fix or remove the link)", Err: errLinkLoop}
	}
	return &Error{Msg: "cannot read", Err: err}
}
