package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/output"
)

// lintOptions are the lint command's flags.
type lintOptions struct {
	config  string
	fix     bool
	diff    bool
	json    bool
	tests   bool
	enable  string
	disable string
	format  string
	verbose bool
	tags    string
	failOn  string
	filter  filterOptions
}

func lintFlags(o *lintOptions) *flag.FlagSet {
	fs := flag.NewFlagSet("obslint", flag.ContinueOnError)
	fs.StringVar(&o.config, "config", "", "convention `file` (default: .obslint.yml or .obslint.yaml found from each package's directory up to its module root)")
	fs.BoolVar(&o.fix, "fix", false, "apply suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "print suggested fixes as a unified diff instead of findings; change nothing")
	fs.BoolVar(&o.json, "json", false, "print findings as JSON (same as -format json)")
	fs.BoolVar(&o.tests, "tests", true, "report findings in _test.go files too")
	fs.StringVar(&o.enable, "enable", "", "comma-separated `checks` (IDs or analyzer names) to report; default all")
	fs.StringVar(&o.disable, "disable", "", "comma-separated `checks` (IDs or analyzer names) not to report")
	fs.StringVar(&o.format, "format", "text", "output `format`: "+strings.Join(output.Formats(), ", "))
	fs.BoolVar(&o.verbose, "v", false, "print the go vet command and load progress on stderr")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags`, as for go build")
	fs.StringVar(&o.filter.Baseline, "baseline", "", "hide findings recorded in this baseline `file` (see obslint baseline write)")
	fs.StringVar(&o.filter.NewFromRev, "new-from-rev", "", "report only findings on lines changed since git `rev`")
	fs.StringVar(&o.failOn, "fail-on", "", "exit 1 only for findings of this `severity` or above: error, warning or info (default: the convention's fail_on, else warning)")
	return fs
}

// parseLint parses the lint flags in args, printUsage saying how to call
// the command. It returns the options, the check selection and the
// package patterns, or, when the command must stop, its exit code.
func parseLint(args []string, printUsage func()) (o lintOptions, sel *checks.Selection, pkgs []string, exit int, ok bool) {
	fs := lintFlags(&o)
	fs.Usage = printUsage
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, nil, nil, exitClean, false
		}
		return o, nil, nil, exitUsage, false
	}
	if o.json {
		o.format = "json"
	}
	sel, err := analyzers.Catalog().Select(checks.SplitList(o.enable), checks.SplitList(o.disable))
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return o, nil, nil, exitUsage, false
	}
	sel.Verbose = o.verbose
	if o.failOn != "" {
		if _, err := checks.ParseSeverity(o.failOn); err != nil {
			fmt.Fprintln(os.Stderr, "obslint: -fail-on:", err)
			return o, nil, nil, exitUsage, false
		}
	}
	if err := output.Write(io.Discard, o.format, nil, output.Options{}); err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return o, nil, nil, exitUsage, false
	}
	pkgs = fs.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	return o, sel, pkgs, 0, true
}

// runLint is the default command.
func runLint(args []string) int {
	o, sel, pkgs, exit, ok := parseLint(args, func() { usage(os.Stderr) })
	if !ok {
		return exit
	}
	if err := o.filter.load(); err != nil { // before minutes of analysis
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return exitUsage
	}
	res, err := collect(o, pkgs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return exitUsage
	}
	cwd, _ := os.Getwd()
	o.filter.Verbose = o.verbose
	kept, err := filterFindings(o.filter, cwd, selected(o, sel, res.Findings))
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return exitUsage
	}

	switch {
	case o.diff:
		writeDiff(os.Stdout, os.Stderr, cwd, kept)
	case o.fix:
		run := applyFixes(kept)
		reportFixes(os.Stderr, cwd, run, "changed")
		kept = run.unfixed
		fallthrough
	default:
		root := cwd
		if output.RepoRelative(o.format) {
			root = repoRoot(cwd)
			findings.EnclosingFunctions(kept)
		}
		if err := output.Write(os.Stdout, o.format, kept, output.Options{Root: root, Version: version(), Checks: analyzers.Catalog()}); err != nil {
			fmt.Fprintln(os.Stderr, "obslint:", err)
			return exitUsage
		}
	}
	if len(res.LoadErrors) > 0 {
		os.Stderr.Write(res.LoadErrors)
		return exitLoad
	}
	if res.Conventions.failing(kept, checks.Severity(o.failOn)) > 0 {
		return exitFindings
	}
	return exitClean
}

// selected returns the findings that -enable, -disable and -tests keep.
func selected(o lintOptions, sel *checks.Selection, fs []findings.Finding) []findings.Finding {
	var out []findings.Finding
	for _, f := range fs {
		if sel.Reports(f.Check) && (o.tests || !strings.HasSuffix(f.File, "_test.go")) {
			out = append(out, f)
		}
	}
	return out
}

// result is what one analysis run produced.
type result struct {
	Findings []findings.Finding // sorted, deduplicated, with severities
	// Conventions are the conventions the packages were analysed under.
	Conventions *conventions
	// LoadErrors is the go command's report of packages that failed to
	// load or type-check, to print as is; empty when all loaded.
	LoadErrors []byte
}

// collect validates the conventions that apply to pkgs, then analyses the
// packages through go vet and returns the findings. An error is a usage
// or convention error (exit 2); load failures are in result.LoadErrors.
func collect(o lintOptions, pkgs []string) (*result, error) {
	cs, err := loadConventions(o.config, o.tags, pkgs)
	if err != nil {
		return nil, err
	}
	stdout, stderr, err := goVet(o, cs.hash, pkgs)
	if err != nil {
		return nil, err
	}
	fs, err := parseVetJSON(stdout)
	var ae *analysisError
	if err != nil && !errors.As(err, &ae) {
		return nil, err
	}
	fs = judgeWaivers(fs, time.Now())
	cs.setSeverities(fs)
	res := &result{Findings: fs, Conventions: cs}
	if msg := bytes.TrimSpace(stderr); len(msg) > 0 {
		res.LoadErrors = append(msg, '\n')
	}
	if ae != nil {
		// Reported like a load failure (exit 3): some packages were not
		// fully analysed, the others' findings stand.
		res.LoadErrors = append(res.LoadErrors, []byte(ae.Error()+"\n")...)
	}
	return res, nil
}

// absPath returns p made absolute, for flags passed on to go vet, which
// runs the tool in each package's directory.
func absPath(p string) string {
	if p == "" {
		return ""
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// repoRoot returns the root of the git work tree containing dir, which CI
// formats name files relative to, or dir outside git.
func repoRoot(dir string) string {
	cmd := exec.Command("git", "rev-parse", "--show-toplevel")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return dir
	}
	return strings.TrimSpace(string(out))
}
