// Package directiveindex is the pass that parses the comment directives of
// a package (//obslint:slo, //obslint:ignore, //autometrics:inst) once, for
// every analyzer, and indexes them by function and line: the SLO pass reads
// declarations, the instrumentation pass reads Autometrics markers, and
// every analyzer reports through internal/diag, which asks the index
// whether an //obslint:ignore silences a finding. The syntax itself is
// internal/directive's.
package directiveindex

import (
	"go/ast"
	"go/token"
	"path/filepath"
	"reflect"
	"sort"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/directive"
	"github.com/obslint/obslint/internal/passresult"
)

// Waivers says how //obslint:ignore ... until=DATE directives are judged.
type Waivers struct {
	// Defer leaves the decision to the driver: a finding a dated waiver
	// covers is reported with the waiver as related information
	// (diag.WaiverPrefix), and the driver hides it or says it expired.
	// The lint command sets it, because go vet caches findings by the
	// code and not by the date: a cached "silenced" would outlive the
	// waiver. nil means false; it is a function because drivers learn
	// it from flags parsed after the suite is built.
	Defer func() bool
	// Today is the date waivers are compared with when not deferred;
	// nil means the current date.
	Today func() time.Time
}

// New returns the pass.
func New(w Waivers) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintdirectives",
		Doc:        "parses //obslint: and //autometrics: directives",
		ResultType: reflect.TypeFor[*Result](),
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, w)
		},
	}
}

// Of returns the pass's result for the package under analysis. The
// analyzer calling it must Require the pass; forgetting to is a bug, so
// it panics (the suite turns panics into analysis errors).
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "directive index") }

// Result holds a package's directives. Its methods are safe for concurrent
// use: analyzers of one package may run in parallel.
type Result struct {
	fset    *token.FileSet
	waivers Waivers
	funcs   map[*ast.FuncDecl]*directive.Func
	ignores []*directive.Ignore
	files   map[*directive.Ignore]string // ignore -> file name
	errors  []directive.Error

	mu   sync.Mutex
	used map[*directive.Ignore]bool
}

func run(pass *analysis.Pass, w Waivers) (any, error) {
	r := &Result{
		fset:    pass.Fset,
		waivers: w,
		funcs:   make(map[*ast.FuncDecl]*directive.Func),
		files:   make(map[*directive.Ignore]string),
		used:    make(map[*directive.Ignore]bool),
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

// match returns the //obslint:ignore that covers a finding of check at
// pos, marking it used, or nil.
func (r *Result) match(pos token.Pos, check *checks.Check) *directive.Ignore {
	p := r.fset.Position(pos)
	for _, ig := range r.ignores {
		if r.files[ig] != p.Filename || !ig.Covers(p.Line) {
			continue
		}
		if ig.Pos == pos {
			continue // a directive cannot silence a finding about itself
		}
		for _, name := range ig.Checks {
			if checks.Matches(name, check.ID, check.Analyzer) {
				r.mu.Lock()
				r.used[ig] = true
				r.mu.Unlock()
				return ig
			}
		}
	}
	return nil
}

// Judge implements diag.Ignores.
func (r *Result) Judge(pos token.Pos, check *checks.Check) diag.Judgement {
	ig := r.match(pos, check)
	switch {
	case ig == nil:
		return diag.Judgement{}
	case ig.Until == "":
		return diag.Judgement{Silenced: true}
	case r.waivers.Defer != nil && r.waivers.Defer():
		return diag.Judgement{Related: []analysis.RelatedInformation{{
			Pos: ig.Pos, End: ig.End, Message: diag.WaiverPrefix + ig.Until,
		}}}
	}
	today := time.Now
	if r.waivers.Today != nil {
		today = r.waivers.Today
	}
	if !diag.Expired(ig.Until, today()) {
		return diag.Judgement{Silenced: true}
	}
	at := r.fset.Position(ig.Pos)
	return diag.Judgement{Note: diag.ExpiredNote(ig.Until, filepath.Base(at.Filename), at.Line)}
}
