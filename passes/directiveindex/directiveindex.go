// Package directives is the pass that parses the comment directives of a
// package (//obslint:slo, //obslint:ignore, //autometrics:inst) once, for
// every analyzer: the SLO analyzer reads declarations, the instrumentation
// pass reads Autometrics markers, and every analyzer reports through
// Result.Suppressed so that //obslint:ignore works the same everywhere.
package directiveindex

import (
	"go/ast"
	"go/token"
	"reflect"
	"sort"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/directive"
)

// Analyzer parses the package's directives.
var Analyzer = &analysis.Analyzer{
	Name:       "obslintdirectives",
	Doc:        "parses //obslint: and //autometrics: directives",
	ResultType: reflect.TypeFor[*Result](),
	Run:        run,
}

// Result holds a package's directives. Its methods are safe for concurrent
// use: analyzers of one package may run in parallel.
type Result struct {
	funcs   map[*ast.FuncDecl]*directive.Func
	ignores []*directive.Ignore
	files   map[*directive.Ignore]string // ignore -> file name
	errors  []directive.Error

	mu   sync.Mutex
	used map[*directive.Ignore]bool
}

func run(pass *analysis.Pass) (any, error) {
	r := &Result{
		funcs: make(map[*ast.FuncDecl]*directive.Func),
		files: make(map[*directive.Ignore]string),
		used:  make(map[*directive.Ignore]bool),
	}
	for _, f := range pass.Files {
		df := directive.ParseFile(pass.Fset, f)
		for fd, fn := range df.Funcs {
			r.funcs[fd] = fn
		}
		name := pass.Fset.Position(f.Package).Filename
		for _, ig := range df.Ignores {
			r.files[ig] = name
		}
		r.ignores = append(r.ignores, df.Ignores...)
		r.errors = append(r.errors, df.Errors...)
	}
	sort.Slice(r.errors, func(i, j int) bool { return r.errors[i].Pos < r.errors[j].Pos })
	return r, nil
}

// Func returns the directives in fd's doc comment, or nil.
func (r *Result) Func(fd *ast.FuncDecl) *directive.Func { return r.funcs[fd] }

// HasAutometrics reports whether some function of the package carries an
// //autometrics:inst directive.
func (r *Result) HasAutometrics() bool {
	for _, fn := range r.funcs {
		if fn.Autometrics != nil {
			return true
		}
	}
	return false
}

// Errors returns the malformed directives, in position order.
func (r *Result) Errors() []directive.Error { return r.errors }

// Ignores returns every //obslint:ignore directive of the package.
func (r *Result) Ignores() []*directive.Ignore { return r.ignores }

// Used reports whether ig silenced at least one finding.
func (r *Result) Used(ig *directive.Ignore) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.used[ig]
}

// Suppressed reports whether a finding of check (reported by analyzer) at
// pos is silenced by an //obslint:ignore, and marks that directive used.
func (r *Result) Suppressed(fset *token.FileSet, pos token.Pos, analyzer, check string) bool {
	p := fset.Position(pos)
	for _, ig := range r.ignores {
		if r.files[ig] != p.Filename || !ig.Covers(p.Line) {
			continue
		}
		if ig.Pos == pos {
			continue // a directive cannot silence a finding about itself
		}
		for _, name := range ig.Checks {
			if name == check || name == analyzer || name == "all" {
				r.mu.Lock()
				r.used[ig] = true
				r.mu.Unlock()
				return true
			}
		}
	}
	return false
}
