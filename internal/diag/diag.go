// Package diag is how every obslint analyzer reports a finding: with its
// check ID as the diagnostic's category, a link to the check's page, and
// //obslint:ignore honoured.
package diag

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/passes/directives"
)

// Reporter reports findings for one pass.
type Reporter struct {
	Pass *analysis.Pass
	Dirs *directives.Result
	// generated holds the files marked "Code generated ... DO NOT EDIT.":
	// nobody can act on a finding there.
	generated map[*token.File]bool
}

// New returns a Reporter for pass, which must Require directives.Analyzer.
func New(pass *analysis.Pass) *Reporter {
	dirs, _ := pass.ResultOf[directives.Analyzer].(*directives.Result)
	r := &Reporter{Pass: pass, Dirs: dirs}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			if r.generated == nil {
				r.generated = make(map[*token.File]bool)
			}
			r.generated[pass.Fset.File(f.Pos())] = true
		}
	}
	return r
}

// Generated reports whether pos lies in a generated file.
func (r *Reporter) Generated(pos token.Pos) bool {
	return r.generated[r.Pass.Fset.File(pos)]
}

// Report reports a finding of check over [pos, end) unless it lies in a
// generated file or an //obslint:ignore silences it. end may be
// token.NoPos.
func (r *Reporter) Report(check string, pos, end token.Pos, msg string, fixes ...analysis.SuggestedFix) {
	if r.Generated(pos) {
		return
	}
	if r.Dirs != nil && r.Dirs.Suppressed(r.Pass.Fset, pos, r.Pass.Analyzer.Name, check) {
		return
	}
	r.Pass.Report(analysis.Diagnostic{
		Pos:            pos,
		End:            end,
		Category:       check,
		Message:        msg,
		URL:            checks.Check{ID: check}.DocURL(),
		SuggestedFixes: fixes,
	})
}

// Reportf is Report with a formatted message and no fixes.
func (r *Reporter) Reportf(check string, pos token.Pos, format string, args ...any) {
	r.Report(check, pos, token.NoPos, fmt.Sprintf(format, args...))
}
