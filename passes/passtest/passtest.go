// Package passtest runs one of obslint's shared passes over analysistest
// fixtures (testdata/src/passes/...) and checks what the pass hands on:
// its facts, with analysistest's
//
//	func ListOrders(w http.ResponseWriter, r *http.Request) { // want ListOrders:"entrypoint\\(nethttp\\)"
//	// want package:"..." (on line 1 of the package's first file)
//
// and its result, which the test describes as diagnostics, one per item, in
// words a `// want "..."` regexp can match:
//
//	mux.HandleFunc("/orders", ListOrders) // want "registration nethttp route=/orders handler=ListOrders"
//
// analysistest checks the facts of the analyzer it runs and no other's, so
// a test does not run an analyzer that Requires the pass: it runs a Probe,
// a copy of the pass (its Requires, fact types, result type and Run, as
// passes.NewSet wired them) whose Run, once the pass's own Run has
// returned, hands the result to the test's describe function. Facts and
// result are then asserted in one run, on the same fixture lines.
package passtest

import (
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
)

// Set builds the suite's passes on the fixed convention conv (nil: the
// default convention), as every driver builds them.
func Set(conv *convention.Convention) *passes.Set {
	if conv == nil {
		conv = convention.Default()
	}
	return passes.NewSet(convention.Fixed{C: conv}, passes.Options{})
}

// Probe returns a copy of the pass p that, after p's own Run, calls
// describe with the pass. describe reads the result as an analyzer
// requiring p would, through the pass's Of accessor (the result is put
// into pass.ResultOf under p), and reports what it finds with
// pass.Reportf.
func Probe(p *analysis.Analyzer, describe func(pass *analysis.Pass)) *analysis.Analyzer {
	probe := *p
	probe.Run = func(pass *analysis.Pass) (any, error) {
		res, err := p.Run(pass)
		if err != nil {
			return res, err
		}
		if len(pass.Files) == 0 {
			return res, nil // unsafe, and packages of assembly alone
		}
		pass.ResultOf[p] = res
		describe(pass)
		delete(pass.ResultOf, p)
		return res, nil
	}
	return &probe
}

// Run runs a over the fixture packages (import paths under testdata/src)
// and checks their `// want` comments.
func Run(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return analysistest.Run(t, fixtures.Dir(t), a, pkgs...)
}

// PackagePos is where descriptions of the package as a whole are
// reported: the package clause of its first file.
func PackagePos(pass *analysis.Pass) token.Pos {
	return pass.Files[0].Package
}

// FuncName names fn as a description does: "Func" or "Type.Method" in
// the package under analysis, "pkg.Func" or "pkg.Type.Method" in another.
func FuncName(pass *analysis.Pass, fn *types.Func) string {
	if fn == nil {
		return "-"
	}
	if fn.Pkg() == nil || fn.Pkg() == pass.Pkg {
		return typesutil.ShortName(fn)
	}
	return fn.Pkg().Name() + "." + typesutil.ShortName(fn)
}

// List writes items as "a,b,c", or "-" when there are none, sorted when
// sorted is set. Descriptions avoid brackets and parentheses, which a
// `// want` regexp would have to escape.
func List(items []string, sorted bool) string {
	if len(items) == 0 {
		return "-"
	}
	if sorted {
		items = append([]string(nil), items...)
		sort.Strings(items)
	}
	return strings.Join(items, ",")
}

// Rel writes a file name relative to testdata/src, as fixtures name
// themselves.
func Rel(t testing.TB, file string) string {
	prefix := filepath.Join(fixtures.Dir(t), "src") + string(filepath.Separator)
	if rel, ok := strings.CutPrefix(file, prefix); ok {
		return filepath.ToSlash(rel)
	}
	return fmt.Sprintf("%s (outside testdata/src)", file)
}
