package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/gitdiff"
	"github.com/obslint/obslint/wholeprogram/contract"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/promrefs"
)

// baseRun is what -base needs to analyse the program at the base revision.
type baseRun struct {
	rev        string
	cwd        string
	repoRoot   string
	moduleRoot string // of the working tree's program
	config     string // -config, or ""
	tags       string
	tests      bool
	pkgs       []string
	callGraph  string
	log        *os.File // -v, or nil
}

// compareWithBase analyses the program as it was at the base revision,
// from the git objects into a temporary directory (the user's checkout,
// index and worktrees are not touched), and adds to rep the totals
// before the change and the telemetry contract diff, with the rule and
// dashboard expressions in the repository that the diff breaks.
// Anything that fails becomes a warning of the report: the change's
// share of the working tree is still right.
func compareWithBase(rep *coverage.Report, prog *program.Program, b baseRun) {
	warn := func(format string, args ...any) {
		rep.Warnings = append(rep.Warnings, fmt.Sprintf(format, args...))
	}
	tmp, err := os.MkdirTemp("", "obslint-base-")
	if err != nil {
		warn("-base %s: %v", b.rev, err)
		return
	}
	defer os.RemoveAll(tmp)
	if err := gitdiff.Export(b.repoRoot, b.rev, tmp); err != nil {
		warn("-base %s: %v", b.rev, err)
		return
	}
	after := contract.Collect(prog, b.moduleRoot)
	before := &contract.Telemetry{}
	rel, err := filepath.Rel(realPath(b.repoRoot), realPath(b.cwd))
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		warn("-base %s: the current directory is not inside the repository", b.rev)
		return
	}
	dir := filepath.Join(tmp, rel)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		// A module new since the base: everything it declares is added.
		warn("-base %s: %s did not exist at the base revision; everything is new", b.rev, filepath.ToSlash(rel))
	} else {
		baseProg, baseRoot, ok := loadBase(b, tmp, dir, warn)
		if !ok {
			return
		}
		before = contract.Collect(baseProg, baseRoot)
		if partial := missing(before.Incomplete, after.Incomplete); len(partial) > 0 {
			// Entry points and SLOs under packages that failed only at the
			// base would show as a change of coverage (gotify: "with an
			// SLO 4.2% → 2.3%" for one SLO dropped of 43).
			warn("-base %s: coverage before the change is not shown: packages in %s did not load at the base revision", b.rev, countDirs(partial))
		} else if baseRep, err := coverage.Compute(baseProg, coverage.Options{CallGraph: b.callGraph}); err != nil {
			warn("-base %s: %v", b.rev, err)
		} else {
			rep.BaseTotals = &baseRep.Totals
		}
	}
	if n := len(before.Incomplete) + len(after.Incomplete); n > 0 {
		dirs := append(append([]string(nil), before.Incomplete...), after.Incomplete...)
		warn("-base %s: the telemetry contract is not compared in %s, whose packages did not load cleanly on one side or the other", b.rev, countDirs(dirs))
	}
	changes := contract.Diff(before, after)
	files, err := promrefs.Files(b.repoRoot)
	if err != nil {
		warn("looking for rule files: %v", err)
	}
	refs, warnings := promrefs.Scan(b.repoRoot, files)
	for i := range refs {
		refs[i].File = moduleRelative(b.repoRoot, b.moduleRoot, refs[i].File)
	}
	for _, w := range warnings {
		file, rest, _ := strings.Cut(w, ":")
		rep.Warnings = append(rep.Warnings, moduleRelative(b.repoRoot, b.moduleRoot, file)+":"+rest)
	}
	contract.Breaks(changes, before, after, refs)
	rep.TelemetryChanges = changes
	if b.log != nil {
		fmt.Fprintf(b.log, "obslint report: -base %s: %d metrics before, %d after; %d rule and dashboard expressions in %d files; %d telemetry changes\n",
			b.rev, len(before.Metrics), len(after.Metrics), len(refs), len(files), len(changes))
	}
}

// loadBase loads the packages at the base revision exported into tmp,
// from dir (the current directory's counterpart), with the convention as
// it was there.
func loadBase(b baseRun, tmp, dir string, warn func(string, ...any)) (*program.Program, string, bool) {
	var src convention.Source = convention.NewFinder()
	if b.config != "" {
		file := b.config
		abs, _ := filepath.Abs(b.config)
		if rel, err := filepath.Rel(realPath(b.repoRoot), realPath(abs)); err == nil && filepath.IsLocal(rel) {
			if _, err := os.Stat(filepath.Join(tmp, rel)); err == nil {
				file = filepath.Join(tmp, rel) // the convention as it was
			}
		}
		c, err := convention.Load(file)
		if err != nil {
			warn("-base %s: the convention at the base revision: %v", b.rev, err)
			return nil, "", false
		}
		src = convention.Fixed{C: c}
	}
	// -trimpath keeps the directory out of the build cache's keys: the
	// base tree lives in a new temporary directory each run, and without
	// it every package compiled for export data there (a vendor/
	// directory's, the module's own) would miss the cache every time.
	// The working tree is loaded with it too (runReport), so that both
	// sides share what they compile.
	prog, err := program.Load(src, b.pkgs, program.Options{Dir: dir, Tags: b.tags, Tests: b.tests, Env: trimpathEnv(os.Environ())})
	if err != nil {
		warn("-base %s: loading the program at the base revision: %v", b.rev, err)
		return nil, "", false
	}
	if len(prog.Errors) > 0 {
		warn("-base %s: %d package errors at the base revision (its numbers cover the rest), the first: %s", b.rev, len(prog.Errors), prog.Errors[0])
	}
	root := dir
	for _, p := range prog.Packages {
		if p.Module != nil && p.Module.Dir != "" {
			root = p.Module.Dir
			break
		}
	}
	return prog, root, true
}

// missing lists the elements of l that are not in of.
func missing(l, of []string) []string {
	in := make(map[string]bool)
	for _, x := range of {
		in[x] = true
	}
	var out []string
	for _, x := range l {
		if !in[x] {
			out = append(out, x)
		}
	}
	return out
}

// countDirs names up to three of dirs (deduplicated) and counts the rest.
func countDirs(dirs []string) string {
	seen := make(map[string]bool)
	var l []string
	for _, d := range dirs {
		if !seen[d] {
			seen[d] = true
			l = append(l, d)
		}
	}
	sort.Strings(l)
	if len(l) == 1 {
		return l[0] + "/"
	}
	if len(l) <= 3 {
		return strings.Join(l, "/, ") + "/"
	}
	return fmt.Sprintf("%d directories (%s/ …)", len(l), strings.Join(l[:3], "/, "))
}

// moduleRelative turns a path relative to the repository root into one
// relative to the module root ("../deploy/rules.yml" when outside it).
func moduleRelative(repoRoot, moduleRoot, name string) string {
	if moduleRoot == "" {
		return name
	}
	rel, err := filepath.Rel(realPath(moduleRoot), filepath.Join(realPath(repoRoot), filepath.FromSlash(name)))
	if err != nil {
		return name
	}
	return filepath.ToSlash(rel)
}

// trimpathEnv returns env with -trimpath added to GOFLAGS.
func trimpathEnv(env []string) []string {
	out := make([]string, 0, len(env)+1)
	flags := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOFLAGS="); ok {
			flags = v
			continue
		}
		out = append(out, kv)
	}
	if !strings.Contains(flags, "-trimpath") {
		flags = strings.TrimSpace(flags + " -trimpath")
	}
	return append(out, "GOFLAGS="+flags)
}
