package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlagSet returns a flag set that reports errors to the caller instead of
// printing them or exiting; parseFlags prints them.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args and handles -h and bad flags: it returns the exit
// status to use and false when the command should stop. Flags may follow
// positional arguments, as users type them (zongjie run examples -o out).
func parseFlags(fs *flag.FlagSet, help string, args []string, stdout, stderr io.Writer) (int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(stdout, help)
				return exitOK, false
			}
			fmt.Fprintf(stderr, "zongjie %s: %v (see 'zongjie %s --help')\n", fs.Name(), err, fs.Name())
			return exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
		if pos[len(pos)-1] == "--" {
			pos = append(pos[:len(pos)-1], args...)
			break
		}
	}
	// Re-parse so fs.Args() returns the positional arguments.
	_ = fs.Parse(append([]string{"--"}, pos...))
	return exitOK, true
}
