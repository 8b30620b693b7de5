package main

import (
	"fmt"
	"os"
	"time"

	"github.com/obslint/obslint/internal/filecache"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/reportcache"
)

// reportRequest is what a coverage report is computed from.
type reportRequest struct {
	config, tags string
	tests        bool
	pkgs         []string
	opts         coverage.Options
	verbose      bool
	// env, when set, is the environment the program is loaded in (-base
	// loads with -trimpath, as the base revision is).
	env []string
}

// reportRun is a computed or replayed report.
type reportRun struct {
	rep *coverage.Report
	// prog is the loaded program; nil when the report was replayed from
	// the cache.
	prog *program.Program
	// moduleDir is the root of the module the report is about.
	moduleDir string
}

// computeReport returns the report of the packages: replayed from
// obslint's cache when nothing it depends on changed (see
// wholeprogram/reportcache), else loaded, computed and stored. On failure
// it returns nil and the exit code; otherwise the code is exitLoad when
// some packages had errors (printed), else exitClean.
//
// A report restricted to a change (-base) is always computed: its input
// is the working tree against a revision, and it is run once per change.
func computeReport(r reportRequest) (*reportRun, int) {
	start := time.Now()
	var cache *filecache.Cache
	var key filecache.Key
	if r.opts.Changes == nil {
		if cache = filecache.Default(); cache != nil {
			k, err := reportcache.Key(reportcache.Inputs{
				Patterns: r.pkgs, Tags: r.tags, Tests: r.tests,
				Tool: filecache.ToolID(),
				Conventions: func(dirs []string) (string, error) {
					cs, err := conventionsOf(r.config, dirs)
					if err != nil {
						return "", err
					}
					return cs.hash, nil
				},
				Settings: []string{"callgraph=" + r.opts.CallGraph, "day=" + start.Format(time.DateOnly)},
			})
			switch {
			case err != nil:
				cache = nil // computed and reported the usual way
				if r.verbose {
					fmt.Fprintf(os.Stderr, "obslint report: not cached: %v\n", err)
				}
			default:
				key = k
				if e, ok := reportcache.Get(cache, key); ok {
					if r.verbose {
						fmt.Fprintf(os.Stderr, "obslint report: replayed from the cache in %v (%s)\n", time.Since(start).Round(time.Millisecond), cache.Path("report", key))
					}
					return &reportRun{rep: e.Report, moduleDir: e.ModuleDir}, exitClean
				}
			}
		}
	}
	popts := &program.Options{Findings: coverage.NamingAnalyzers(), Env: r.env}
	if r.verbose {
		popts.Log = os.Stderr
	}
	prog, code := loadProgram(r.config, r.tags, r.tests, r.pkgs, popts)
	if prog == nil {
		return nil, code
	}
	opts := r.opts
	if r.verbose {
		fmt.Fprintf(os.Stderr, "obslint report: loaded and analysed %d packages in %v\n", len(prog.Packages), time.Since(start).Round(time.Millisecond))
		opts.Log = os.Stderr
	}
	rep, err := coverage.Compute(prog, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "obslint report:", err)
		return nil, exitUsage
	}
	run := &reportRun{rep: rep, prog: prog, moduleDir: moduleDir(prog)}
	if cache != nil && code == exitClean {
		if err := reportcache.Put(cache, key, &reportcache.Entry{Report: rep, ModuleDir: run.moduleDir}); err != nil && r.verbose {
			fmt.Fprintf(os.Stderr, "obslint report: not cached: %v\n", err)
		}
	}
	return run, code
}

// moduleDir returns the root directory of the module of the program's
// packages, or "".
func moduleDir(prog *program.Program) string {
	for _, p := range prog.Packages {
		if p.Module != nil && p.Module.Dir != "" {
			return p.Module.Dir
		}
	}
	return ""
}
