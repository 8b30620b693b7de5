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
	"slices"
	"strings"

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
	return fs
}

// parseLint parses the lint flags in args, printUsage saying how to call
// the command. It returns the options, the check selection and the
// package patterns, or, when the command must stop, its exit code.
func parseLint(args []string, printUsage func()) (o lintOptions, sel *selection, pkgs []string, exit int, ok bool) {
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
	sel, err := newSelection(o.enable, o.disable)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return o, nil, nil, exitUsage, false
	}
	sel.verbose = o.verbose
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
		if err := output.Write(os.Stdout, o.format, kept, output.Options{Root: root, Version: version(), Checks: analyzers.Checks()}); err != nil {
			fmt.Fprintln(os.Stderr, "obslint:", err)
			return exitUsage
		}
	}
	if len(res.LoadErrors) > 0 {
		os.Stderr.Write(res.LoadErrors)
		return exitLoad
	}
	if len(kept) > 0 {
		return exitFindings
	}
	return exitClean
}

// selected returns the findings that -enable, -disable and -tests keep.
func selected(o lintOptions, sel *selection, fs []findings.Finding) []findings.Finding {
	var out []findings.Finding
	for _, f := range fs {
		if sel.reports(f.Check, f.Analyzer) && (o.tests || !strings.HasSuffix(f.File, "_test.go")) {
			out = append(out, f)
		}
	}
	return out
}

// selection is the -enable/-disable filter. Checks that are off by
// default report only when -enable names them by ID, or with -v.
type selection struct {
	enable, disable []string
	verbose         bool
}

func newSelection(enable, disable string) (*selection, error) {
	s := &selection{enable: splitList(enable), disable: splitList(disable)}
	names := map[string]bool{"all": true}
	for _, c := range analyzers.Checks() {
		names[c.ID], names[c.Analyzer] = true, true
	}
	for _, n := range append(append([]string(nil), s.enable...), s.disable...) {
		if !names[n] {
			return nil, fmt.Errorf("unknown check %q (see obslint rules)", n)
		}
	}
	return s, nil
}

func (s *selection) reports(check, analyzer string) bool {
	if checks.OffByDefault(analyzers.Checks(), check) && !s.verbose && !slices.Contains(s.enable, check) {
		return false
	}
	match := func(list []string) bool {
		for _, n := range list {
			if n == check || n == analyzer || n == "all" {
				return true
			}
		}
		return false
	}
	if len(s.enable) > 0 && !match(s.enable) {
		return false
	}
	return !match(s.disable)
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// result is what one analysis run produced.
type result struct {
	Findings []findings.Finding // sorted, deduplicated
	// LoadErrors is the go command's report of packages that failed to
	// load or type-check, to print as is; empty when all loaded.
	LoadErrors []byte
}

// collect validates the conventions that apply to pkgs, then analyses the
// packages through go vet and returns the findings. An error is a usage
// or convention error (exit 2); load failures are in result.LoadErrors.
func collect(o lintOptions, pkgs []string) (*result, error) {
	hash, err := conventionHash(o.config, o.tags, pkgs)
	if err != nil {
		return nil, err
	}
	stdout, stderr, err := goVet(o, hash, pkgs)
	if err != nil {
		return nil, err
	}
	fs, err := parseVetJSON(stdout)
	var ae *analysisError
	if err != nil && !errors.As(err, &ae) {
		return nil, err
	}
	res := &result{Findings: fs}
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
