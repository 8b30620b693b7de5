package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/obslint/obslint/internal/baseline"
	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/gitdiff"
)

const baselineUsage = `usage: obslint baseline write FILE [lint flags] [packages]

Records the findings of the packages in FILE. Later runs with
-baseline FILE report only findings that are not recorded there, matched
by check, file, enclosing function and message (not by line), so edits
elsewhere in a file do not resurface old findings.
`

// runBaseline implements "obslint baseline write FILE packages...".
func runBaseline(args []string) int {
	if len(args) < 2 || args[0] != "write" || strings.HasPrefix(args[1], "-") {
		fmt.Fprint(os.Stderr, baselineUsage)
		return exitUsage
	}
	file := args[1]
	o, sel, pkgs, exit, ok := parseLint(args[2:], func() { fmt.Fprint(os.Stderr, baselineUsage) })
	if !ok {
		return exit
	}
	if o.filter.Baseline != "" || o.filter.NewFromRev != "" || o.fix || o.diff {
		fmt.Fprintln(os.Stderr, "obslint baseline write: -baseline, -new-from-rev, -fix and -diff do not apply")
		return exitUsage
	}
	res, err := collect(o, pkgs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return exitUsage
	}
	if len(res.LoadErrors) > 0 {
		// A baseline of a partial analysis would hide nothing for the
		// packages that failed and surprise later.
		os.Stderr.Write(res.LoadErrors)
		fmt.Fprintln(os.Stderr, "obslint: baseline not written: fix the load errors first")
		return exitLoad
	}
	kept := selected(o, sel, res.Findings)
	findings.EnclosingFunctions(kept)
	cwd, _ := os.Getwd()
	b := baseline.New(baselineRoot(cwd), kept)
	if err := os.WriteFile(file, b.Marshal(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "obslint:", err)
		return exitUsage
	}
	fmt.Fprintf(os.Stderr, "obslint: recorded %d findings (%d entries) in %s\n", len(kept), len(b.Findings), file)
	return exitClean
}

// baselineRoot is the directory baseline file names are relative to: the
// git work tree's root, so that obslint may run from any directory of the
// repository, or dir outside git.
func baselineRoot(dir string) string { return repoRoot(dir) }

// filterOptions are the lint flags that drop findings after analysis.
type filterOptions struct {
	Baseline   string
	NewFromRev string
	Verbose    bool

	baseline *baseline.File // Baseline, read and validated by load
}

// load reads and validates the baseline file, so that a broken one is
// reported before the analysis, not after it.
func (o *filterOptions) load() error {
	if o.Baseline == "" || o.baseline != nil {
		return nil
	}
	b, err := baseline.Read(o.Baseline)
	if err != nil {
		return err
	}
	o.baseline = b
	return nil
}

// filterFindings drops the findings that opts hide: those recorded in the
// baseline and those on lines unchanged since NewFromRev. dir is the
// directory obslint runs in.
func filterFindings(opts filterOptions, dir string, fs []findings.Finding) ([]findings.Finding, error) {
	if opts.Baseline != "" {
		if err := opts.load(); err != nil {
			return nil, err
		}
		b := opts.baseline
		findings.EnclosingFunctions(fs)
		before := len(fs)
		var stale int
		fs, stale = b.Filter(baselineRoot(dir), fs)
		if opts.Verbose {
			fmt.Fprintf(os.Stderr, "obslint: baseline %s hid %d findings; %d recorded findings are gone (rewrite the baseline to drop them)\n", opts.Baseline, before-len(fs), stale)
		}
	}
	if opts.NewFromRev != "" {
		changes, err := gitdiff.Since(dir, opts.NewFromRev)
		if err != nil {
			return nil, fmt.Errorf("-new-from-rev: %v", err)
		}
		var kept []findings.Finding
		for _, f := range fs {
			if changes[resolve(f.File)].Contains(f.Line) {
				kept = append(kept, f)
			}
		}
		fs = kept
	}
	return fs, nil
}

// resolve returns file with symbolic links resolved, as git names files
// under the resolved work tree root.
func resolve(file string) string {
	if r, err := filepath.EvalSymlinks(file); err == nil {
		return r
	}
	return file
}
