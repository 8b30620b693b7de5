// Package program loads a whole program into one process and runs
// obslint's passes over it, for the commands that need every package at
// once: obslint report (the call graph) and obslint slo export. Lint does
// not use it: it runs package by package under go vet, whose build cache
// makes second runs cheap (docs/architecture.md).
package program

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/directives"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/slodecls"
)

// Options control loading.
type Options struct {
	Dir   string   // directory to resolve patterns in ("" = current)
	Tags  string   // comma-separated build tags
	Tests bool     // include test packages
	Env   []string // environment of the go command (nil = this process's)
	// Analyzers are run in addition to the passes (the report counts the
	// user-facing analyzers' findings).
	Analyzers []*analysis.Analyzer
}

// Program is a loaded, analysed program.
type Program struct {
	Fset *token.FileSet
	// Packages are the packages the patterns matched, sorted by path.
	Packages []*packages.Package
	// All are those packages and every dependency.
	All   []*packages.Package
	Suite *analyzers.Suite
	// Errors are the packages' load and type errors, as the go command
	// prints them; their packages are analysed as far as possible.
	Errors []string

	results     map[resultKey]any
	diagnostics map[*packages.Package][]Diagnostic
}

// Diagnostic is a finding of one of Options.Analyzers.
type Diagnostic struct {
	Analyzer string
	analysis.Diagnostic
}

type resultKey struct {
	a   *analysis.Analyzer
	pkg *packages.Package
}

// Load loads the packages matching patterns with their dependencies from
// source, and runs the passes (and opts.Analyzers) over them.
func Load(src convention.Source, patterns []string, opts Options) (*Program, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Dir:   opts.Dir,
		Tests: opts.Tests,
		Env:   opts.Env,
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	p := &Program{
		Suite:       analyzers.New(src),
		results:     make(map[resultKey]any),
		diagnostics: make(map[*packages.Package][]Diagnostic),
	}
	p.Fset = pkgs[0].Fset
	packages.Visit(pkgs, nil, func(pkg *packages.Package) {
		p.All = append(p.All, pkg)
		for _, e := range pkg.Errors {
			p.Errors = append(p.Errors, e.Error())
		}
	})
	p.Packages = append(p.Packages, pkgs...)
	sort.Slice(p.Packages, func(i, j int) bool { return p.Packages[i].ID < p.Packages[j].ID })

	roots := append([]*analysis.Analyzer{
		p.Suite.Config, directives.Analyzer, p.Suite.EntryPoints, p.Suite.Instrumentation,
		metricdefs.Analyzer, slodecls.Analyzer,
	}, opts.Analyzers...)
	graph, err := checker.Analyze(roots, pkgs, nil)
	if err != nil {
		return nil, err
	}
	user := make(map[*analysis.Analyzer]bool)
	for _, a := range opts.Analyzers {
		user[a] = true
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			p.Errors = append(p.Errors, fmt.Sprintf("%s: %s: %v", act.Package.PkgPath, act.Analyzer.Name, act.Err))
			continue
		}
		p.results[resultKey{act.Analyzer, act.Package}] = act.Result
		if user[act.Analyzer] {
			for _, d := range act.Diagnostics {
				p.diagnostics[act.Package] = append(p.diagnostics[act.Package], Diagnostic{act.Analyzer.Name, d})
			}
		}
	}
	return p, nil
}

// Result returns the result of analyzer a on pkg, or nil.
func (p *Program) Result(a *analysis.Analyzer, pkg *packages.Package) any {
	return p.results[resultKey{a, pkg}]
}

// Diagnostics returns the findings of Options.Analyzers in pkg.
func (p *Program) Diagnostics(pkg *packages.Package) []Diagnostic { return p.diagnostics[pkg] }

// Convention returns the convention that applies to pkg.
func (p *Program) Convention(pkg *packages.Package) *convention.Convention {
	if c, ok := p.Result(p.Suite.Config, pkg).(*convention.Convention); ok && c != nil {
		return c
	}
	return convention.Default()
}
