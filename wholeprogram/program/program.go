// Package program loads a whole program into one process and runs
// obslint's passes over it, for the commands that need every package at
// once: obslint report (the call graph) and obslint slo export. Lint does
// not use it: it runs package by package under go vet, whose build cache
// makes second runs cheap (docs/architecture.md).
package program

import (
	"fmt"
	"go/token"
	"io"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
)

// Options control loading.
type Options struct {
	Dir   string   // directory to resolve patterns in ("" = current)
	Tags  string   // comma-separated build tags
	Tests bool     // include test packages
	Env   []string // environment of the go command (nil = this process's)
	// Log, when set, receives the time each phase takes.
	Log io.Writer
	// Findings names user-facing analyzers to run too, whose diagnostics
	// Diagnostics returns (the report counts the naming analyzers').
	Findings []string
}

// Program is a loaded, analysed program.
type Program struct {
	Fset *token.FileSet
	// Packages are the packages the patterns matched, sorted by path.
	Packages []*packages.Package
	// All are the packages analysed: the matched ones (dependencies are
	// known by their types only).
	All   []*packages.Package
	Suite *analyzers.Suite
	// Passes are the suite's shared passes, whose results Result returns.
	Passes *passes.Set
	// Errors are the packages' load and type errors, as the go command
	// prints them; their packages are analysed as far as possible.
	Errors []string
	// TestImported are the packages that the matched packages' tests
	// import (nil when tests are loaded: they are then in Packages).
	TestImported map[string]bool

	results     map[resultKey]any
	diagnostics map[*packages.Package][]Diagnostic
}

// Diagnostic is a finding of a user-facing analyzer (Options.Findings).
type Diagnostic struct {
	Analyzer string
	analysis.Diagnostic
}

type resultKey struct {
	a   *analysis.Analyzer
	pkg *packages.Package
}

// Load loads the packages matching patterns from source, their
// dependencies from export data (as the compiler leaves it in the build
// cache), and runs the passes over the matched packages.
//
// Facts flow between the matched packages only: a wrapper or middleware
// declared in a dependency outside them counts when the convention lists
// it (instrumentation.helpers, .middleware). Type-checking every
// dependency from source to compute its facts took 1.8 GB on a 17,000-line
// service; reading export data takes a fraction of that
// (docs/report.md).
func Load(src convention.Source, patterns []string, opts Options) (*Program, error) {
	cfg := &packages.Config{
		Mode:  packages.LoadSyntax | packages.NeedModule,
		Dir:   opts.Dir,
		Tests: opts.Tests,
		Env:   opts.Env,
	}
	if opts.Tags != "" {
		cfg.BuildFlags = []string{"-tags=" + opts.Tags}
	}
	start := time.Now()
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if opts.Log != nil {
		fmt.Fprintf(opts.Log, "obslint: loaded and type-checked %d packages in %v\n", len(pkgs), time.Since(start).Round(time.Millisecond))
		start = time.Now()
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	p := &Program{
		Suite:       analyzers.New(src, passes.Options{}),
		results:     make(map[resultKey]any),
		diagnostics: make(map[*packages.Package][]Diagnostic),
	}
	p.Fset = pkgs[0].Fset
	byID := make(map[string]*packages.Package)
	for _, pkg := range pkgs {
		byID[pkg.ID] = pkg
		for _, e := range pkg.Errors {
			p.Errors = append(p.Errors, e.Error())
		}
	}
	// Keep only the edges between matched packages, so that the checker
	// runs fact-producing passes on them alone: dependencies have types
	// (export data) but no syntax.
	for _, pkg := range pkgs {
		imports := make(map[string]*packages.Package)
		for path, imp := range pkg.Imports {
			if m := byID[imp.ID]; m != nil {
				imports[path] = m
			}
		}
		pkg.Imports = imports
	}
	p.All = pkgs
	p.Packages = append(p.Packages, pkgs...)
	if !opts.Tests {
		p.TestImported = testImports(patterns, opts)
	}
	sort.Slice(p.Packages, func(i, j int) bool { return p.Packages[i].ID < p.Packages[j].ID })

	p.Passes = p.Suite.Passes
	roots := p.Passes.All()
	user := make(map[*analysis.Analyzer]bool)
	for _, name := range opts.Findings {
		if a := p.Suite.Analyzer(name); a != nil {
			roots = append(roots, a)
			user[a] = true
		}
	}
	graph, err := checker.Analyze(roots, pkgs, nil)
	if err != nil {
		return nil, err
	}
	if opts.Log != nil {
		fmt.Fprintf(opts.Log, "obslint: ran %d analyzers in %v\n", len(roots), time.Since(start).Round(time.Millisecond))
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

// Diagnostics returns the user-facing analyzers' findings in pkg.
func (p *Program) Diagnostics(pkg *packages.Package) []Diagnostic { return p.diagnostics[pkg] }

// Convention returns the convention that applies to pkg.
func (p *Program) Convention(pkg *packages.Package) *convention.Convention {
	if c, ok := p.Result(p.Passes.Config, pkg).(*convention.Convention); ok && c != nil {
		return c
	}
	return convention.Default()
}
