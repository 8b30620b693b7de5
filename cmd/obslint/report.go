package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"strings"
	"time"

	"github.com/obslint/obslint/internal/gitdiff"
	"github.com/obslint/obslint/internal/safetext"
	"github.com/obslint/obslint/wholeprogram/coverage"
)

const reportUsage = `usage: obslint report [flags] [packages]

Loads the whole program, builds its call graph and reports which entry
points and which functions under them are observed, the blind spots ranked
by how many entry points reach them unobserved, and coverage per package
and owner. With -base REV, also the change: its share, coverage before and
after, and the telemetry contract diff (metrics, labels, SLOs, span names,
attribute and log keys) with the rule and dashboard expressions in the
repository it breaks. Exit 1 when coverage is below -min-coverage, or with
-fail-on-breaking when the change breaks an expression.

Flags:
`

// runReport implements "obslint report".
func runReport(args []string) int {
	fs := flag.NewFlagSet("obslint report", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(os.Stderr, reportUsage)
		fs.PrintDefaults()
	}
	format := fs.String("format", "text", "output `format`: "+strings.Join(coverage.FormatNames(), ", "))
	out := fs.String("o", "", "write to `file` instead of standard output")
	htmlOut := fs.String("html", "", "also write the HTML report to `file` (with -format markdown in CI: the full report next to the comment)")
	config := fs.String("config", "", "convention `file` (default: .obslint.yml found per package)")
	tags := fs.String("tags", "", "comma-separated build `tags`")
	tests := fs.Bool("tests", false, "include test packages")
	algo := fs.String("callgraph", coverage.DefaultCallGraph, "call graph `algorithm`: "+strings.Join(coverage.Algorithms, ", "))
	minCov := fs.Float64("min-coverage", 0, "exit 1 when entry-point coverage is below this `percentage`")
	base := fs.String("base", "", "also report the change since git `rev` (the working tree against it): its share, coverage before and after, and the telemetry contract diff")
	linkBase := fs.String("link-base", "", "link positions to their lines: a `URL` prefix to which path#Lline is appended, or a template with {path} and {line} (default: from GitHub Actions or GitLab CI)")
	fullReport := fs.String("full-report-url", "", "`URL` of the full report, named where lists are cut to fit a comment")
	failBreaking := fs.Bool("fail-on-breaking", false, "with -base, exit 1 when a telemetry change breaks a rule or dashboard expression in the repository")
	verbose := fs.Bool("v", false, "print the time each phase takes on stderr")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	render, ok := coverage.Formats[*format]
	if !ok {
		fmt.Fprintf(os.Stderr, "obslint report: unknown format %q (%s)\n", *format, strings.Join(coverage.FormatNames(), ", "))
		return exitUsage
	}
	if !contains(coverage.Algorithms, *algo) {
		fmt.Fprintf(os.Stderr, "obslint report: unknown call graph algorithm %q (%s)\n", *algo, strings.Join(coverage.Algorithms, ", "))
		return exitUsage
	}
	if math.IsNaN(*minCov) || *minCov < 0 || *minCov > 100 {
		fmt.Fprintln(os.Stderr, "obslint report: -min-coverage must be between 0 and 100")
		return exitUsage
	}
	if *failBreaking && *base == "" {
		fmt.Fprintln(os.Stderr, "obslint report: -fail-on-breaking needs -base")
		return exitUsage
	}
	if *linkBase != "" && reportLinks(*linkBase, func(string) string { return "" }, "", "") == nil {
		fmt.Fprintln(os.Stderr, "obslint report: -link-base must be an http or https URL")
		return exitUsage
	}
	opts := coverage.Options{CallGraph: *algo, Base: *base}
	cwd, _ := os.Getwd()
	if *base != "" {
		changes, err := gitdiff.SinceWithDeletions(cwd, *base)
		if err != nil {
			fmt.Fprintln(os.Stderr, "obslint report: -base:", err)
			return exitUsage
		}
		opts.Changes = changes
	}
	pkgs := fs.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	req := reportRequest{config: *config, tags: *tags, tests: *tests, pkgs: pkgs, opts: opts, verbose: *verbose}
	if *base != "" {
		// Loaded as the base revision is (loadBase), so that the two share
		// the build cache: on a CI runner's empty cache, every dependency
		// is compiled once, not once per side.
		req.env = trimpathEnv(os.Environ())
	}
	run, code := computeReport(req)
	if run == nil {
		return code
	}
	rep := run.rep
	moduleRoot := run.moduleDir
	if moduleRoot == "" {
		moduleRoot = cwd
	}
	repoRoot, _ := gitdiff.Root(cwd)
	rep.Links = reportLinks(*linkBase, os.Getenv, repoRoot, moduleRoot)
	rep.FullReport = *fullReport
	if *base != "" && run.prog != nil {
		phase := time.Now()
		b := baseRun{rev: *base, cwd: cwd, repoRoot: repoRoot, moduleRoot: moduleRoot, config: *config, tags: *tags, tests: *tests, pkgs: pkgs, callGraph: *algo}
		if *verbose {
			b.log = os.Stderr
		}
		compareWithBase(rep, run.prog, b)
		if *verbose {
			fmt.Fprintf(os.Stderr, "obslint report: analysed the base revision in %v\n", time.Since(phase).Round(time.Millisecond))
		}
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(os.Stderr, "obslint report: warning:", safetext.Escape(w))
	}
	var buf bytes.Buffer
	if err := render(&buf, rep); err != nil {
		fmt.Fprintln(os.Stderr, "obslint report:", err)
		return exitUsage
	}
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
	} else if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "obslint report:", err)
		return exitUsage
	}
	if *htmlOut != "" {
		var hb bytes.Buffer
		err := coverage.HTML(&hb, rep)
		if err == nil {
			err = os.WriteFile(*htmlOut, hb.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "obslint report:", err)
			return exitUsage
		}
	}
	if code != exitClean {
		return code
	}
	code = exitClean
	if *minCov > 0 && rep.Totals.Coverage < *minCov {
		fmt.Fprintf(os.Stderr, "obslint report: entry-point coverage %.1f%% is below -min-coverage %g%%\n", rep.Totals.Coverage, *minCov)
		code = exitFindings
	}
	if *failBreaking {
		n := 0
		for _, c := range rep.TelemetryChanges {
			n += len(c.Breaks)
		}
		if n > 0 {
			fmt.Fprintf(os.Stderr, "obslint report: this change breaks %d rule or dashboard expression%s (-fail-on-breaking)\n", n, map[bool]string{true: "", false: "s"}[n == 1])
			code = exitFindings
		}
	}
	return code
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
