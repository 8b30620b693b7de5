package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/obslint/obslint/internal/safetext"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/sloexport"
)

const sloUsage = `usage: obslint slo export [-format prometheus|sloth|openslo] [-o FILE] [-config FILE] [-tags TAGS] [packages]

Gathers every SLO declared in the packages (//obslint:slo, //autometrics:inst
--slo, and the convention's slo.entrypoints) and writes Prometheus recording
and multi-window burn-rate alerting rules, Sloth prometheus/v1 specs or
OpenSLO v1 documents. Objectives whose function emits no metric to measure
them are listed in the output's header and on stderr, not guessed.
`

// runSLO implements "obslint slo export".
func runSLO(args []string) int {
	if len(args) == 0 || args[0] != "export" {
		fmt.Fprint(os.Stderr, sloUsage)
		return exitUsage
	}
	fs := flag.NewFlagSet("obslint slo export", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, sloUsage) }
	format := fs.String("format", "prometheus", "output `format`: prometheus, sloth or openslo")
	out := fs.String("o", "", "write to `file` instead of standard output")
	config := fs.String("config", "", "convention `file` (default: .obslint.yml found per package)")
	tags := fs.String("tags", "", "comma-separated build `tags`")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	write, ok := map[string]func(io.Writer, []sloexport.Objective) error{
		"prometheus": sloexport.WritePrometheus,
		"sloth":      sloexport.WriteSloth,
		"openslo":    sloexport.WriteOpenSLO,
	}[*format]
	if !ok {
		fmt.Fprintf(os.Stderr, "obslint slo export: unknown format %q (prometheus, sloth, openslo)\n", *format)
		return exitUsage
	}
	pkgs := fs.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	prog, code := loadProgram(*config, *tags, false, pkgs, nil)
	if prog == nil {
		return code
	}
	objs := sloexport.Gather(prog)
	var buf bytes.Buffer
	if err := write(&buf, objs); err != nil {
		fmt.Fprintln(os.Stderr, "obslint slo export:", err)
		return exitUsage
	}
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
	} else if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "obslint slo export:", err)
		return exitUsage
	}
	var unmeasured []string
	for _, o := range objs {
		if o.SLI == nil {
			unmeasured = append(unmeasured, safetext.Escape(fmt.Sprintf("  %s (%s): %s", o.ID, o.Position, o.Unmeasured)))
		}
	}
	if len(unmeasured) > 0 {
		fmt.Fprintf(os.Stderr, "obslint slo export: %d of %d objectives not exported, nothing measures them:\n%s\n", len(unmeasured), len(objs), strings.Join(unmeasured, "\n"))
	}
	return code
}

// loadProgram validates the conventions, then loads and analyses the whole
// program in one process. On failure it returns nil and the exit code;
// otherwise the code is exitLoad when some packages had errors (printed),
// else exitClean.
func loadProgram(config, tags string, tests bool, pkgs []string, opts *program.Options) (*program.Program, int) {
	cs, err := loadConventions(config, tags, pkgs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return nil, exitUsage
	}
	src := cs.src
	o := program.Options{Tags: tags, Tests: tests}
	if opts != nil {
		o = *opts
		o.Tags, o.Tests = tags, tests
	}

	prog, err := program.Load(src, pkgs, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return nil, exitLoad
	}
	if len(prog.Errors) > 0 {
		fmt.Fprintln(os.Stderr, strings.Join(prog.Errors, "\n"))
		return prog, exitLoad
	}
	return prog, exitClean
}
