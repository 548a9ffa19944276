package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitProblem = 1 // an input had a problem, or output failed
	exitUsage   = 2
)

// command is one subcommand: its name, its usage line, what it does, an
// example, and the function that runs it on its own flag set.
type command struct {
	name    string
	args    string // what follows the name in the usage line
	doc     string // a sentence or two on what it does
	example string
	flags   func(fs *flag.FlagSet) func(e *env, args []string) int
}

// commands are the subcommands in the order the usage lists them; init
// fills it, since "help" refers back to it.
var commands []*command

func init() {
	commands = []*command{checkCommand, summaryCommand, extractCommand, redactCommand, htcdsCommand, ctdcCommand, readHTCDSCommand, schemaCommand}
}

// run runs the command line args (without the program name) and returns
// the exit code. It is main without the process, for the tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, progress: isTerminal(stderr)}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && name == "help" {
			if c := lookup(args[1]); c != nil {
				c.usage(stdout, c.flagSet(io.Discard))
				return exitOK
			}
			fmt.Fprintf(stderr, "rescue help: unknown command %q\n", args[1])
			return exitUsage
		}
		usage(stdout)
		return exitOK
	default:
		c := lookup(name)
		if c == nil {
			fmt.Fprintf(stderr, "rescue: unknown command %q\n\n", name)
			usage(stderr)
			return exitUsage
		}
		return c.run(e, args[1:])
	}
}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// usage prints the list of commands.
func usage(w io.Writer) {
	fmt.Fprint(w, `rescue checks, summarises, redacts and exports counter-trafficking
operation records (operation JSON files).

Usage:

`)
	for _, c := range commands {
		fmt.Fprintln(w, "  "+strings.TrimSpace("rescue "+c.name+" "+c.args))
	}
	fmt.Fprint(w, `
Directories are walked for *.json files (.JSON too), and one with none is
a problem; "-" is standard input.
"rescue help COMMAND" or "rescue COMMAND -h" shows a command's usage.
Exit codes: 0 all went well, 1 an input had a problem, 2 usage error.
`)
}

// flagSet returns the command's flag set, reporting its errors to w.
func (c *command) flagSet(w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("rescue "+c.name, flag.ContinueOnError)
	fs.SetOutput(w)
	return fs
}

// usage prints the command's usage, its example and its flags.
func (c *command) usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s\n\n%s\n\nExample:\n\n", strings.TrimSpace("rescue "+c.name+" "+c.args), c.doc)
	for _, line := range strings.Split(c.example, "\n") {
		fmt.Fprintf(w, "  %s\n", line)
	}
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprint(w, "\nFlags:\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
	}
}

// run parses the command's flags and runs it.
func (c *command) run(e *env, args []string) int {
	fs := c.flagSet(io.Discard)
	body := c.flags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			c.usage(e.stdout, fs)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "rescue %s: %v\n\n", c.name, err)
		c.usage(e.stderr, fs)
		return exitUsage
	}
	e.cmd = c
	return body(e, fs.Args())
}

// usageError prints msg and the command's usage to standard error and
// returns the usage exit code.
func (e *env) usageError(msg string) int {
	c := e.cmd
	fmt.Fprintf(e.stderr, "rescue %s: %s\n\n", c.name, msg)
	fs := c.flagSet(io.Discard)
	c.flags(fs)
	c.usage(e.stderr, fs)
	return exitUsage
}
