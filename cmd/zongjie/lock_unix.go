//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockOut takes the lock of the output folder out, so two runs cannot
// build generations in the same folder at once. The lock goes with the
// process, so a killed run does not leave it held.
func lockOut(out string) (unlock func(), err error) {
	name := filepath.Join(out, ".lock")
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: another zongjie run is writing here (wait for it, or choose another -o)", out)
	}
	return func() { f.Close() }, nil
}
