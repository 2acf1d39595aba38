// Command build is Diptych's build-time pipeline: it parses a corpus of raw
// articles, extracts entities, and writes the index the browser app embeds.
// It also exposes each stage on its own (parse, entities, query, related) so
// a user can see what their corpus becomes.
//
// Heavy things (the entity model, gazetteers) live here and never reach the
// WebAssembly app.
//
// Usage:
//
//	go run ./build COMMAND [flags]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// command is one sub-command of the build tool.
type command struct {
	name    string
	summary string
	run     func(env *cmdEnv, args []string) error
}

// cmdEnv is what a command may use instead of the process globals, so that
// commands are testable in-process.
type cmdEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// stderrIsTerminal reports whether progress output may be shown.
	stderrIsTerminal bool
}

// commands lists the sub-commands. Each lives in its own file, *_cmd.go.
var commands = []command{
	{"index", "build the index the app embeds from a corpus", runIndex},
	{"compress", "write brotli and gzip copies of a file (app.wasm) beside it", runCompress},
	{"icons", "draw the app's PNG icons", runIcons},
	parseCmd,
	queryCmd,
	entitiesCommand,
	relatedCmd,
}

func main() {
	env := &cmdEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, stderrIsTerminal: isTerminal(os.Stderr)}
	os.Exit(runMain(env, os.Args[1:]))
}

// runMain runs the command named by args[0] and returns the exit status.
func runMain(env *cmdEnv, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "help" {
		usage(env.stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands {
		if c.name == args[0] {
			err := c.run(env, args[1:])
			if errors.Is(err, flag.ErrHelp) {
				return 0
			}
			var ue usageError
			if errors.As(err, &ue) {
				fmt.Fprintf(env.stderr, "build %s: %v\n", c.name, err)
				return 2
			}
			if err != nil {
				fmt.Fprintf(env.stderr, "build %s: %v\n", c.name, err)
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(env.stderr, "build: unknown command %q\n", args[0])
	usage(env.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: go run ./build COMMAND [flags]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'go run ./build COMMAND -h' for a command's flags.")
}

// usageError is an error in how a command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// newFlagSet returns a flag set for command name that reports errors
// instead of exiting and prints its usage to env.stderr.
func newFlagSet(env *cmdEnv, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "usage: go run ./build %s %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs, turning flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
