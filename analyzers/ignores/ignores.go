// Package ignores defines the analyzer that keeps obslint's own directives
// honest: malformed //obslint: and //autometrics: directives, and
// //obslint:ignore directives that name no known check or silence nothing
// (stale ignores hide the next real finding on that line).
//
// It Requires every other analyzer of the suite, so it runs after them and
// sees which ignores they used.
package ignores

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/directive"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/directiveindex"
)

// The analyzer's checks.
var (
	Directive    = &checks.Check{ID: directive.CheckDirective, Analyzer: "ignores", Severity: checks.Error, Summary: "malformed or misplaced //obslint: or //autometrics: directive"}
	UnusedIgnore = &checks.Check{ID: "unused-ignore", Analyzer: "ignores", Severity: checks.Warning, Summary: "//obslint:ignore that names an unknown check or silences nothing"}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{Directive, UnusedIgnore}

// New returns the analyzer. others are the suite's other analyzers, which
// it runs after, and cat every check of the suite: the names an ignore may
// use.
func New(set *passes.Set, others []*analysis.Analyzer, cat checks.Catalog) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "ignores",
		Doc:      "reports malformed obslint directives and //obslint:ignore directives that silence nothing",
		URL:      UnusedIgnore.DocURL(),
		Requires: append([]*analysis.Analyzer{set.Directives}, others...),
		Run: func(pass *analysis.Pass) (any, error) {
			dirs := directiveindex.Of(pass)
			r := diag.New(pass, dirs)
			for _, e := range dirs.Errors() {
				if e.Check == Directive.ID {
					r.Report(Directive, e.Pos, e.End, e.Msg)
				}
			}
			for _, ig := range dirs.Ignores() {
				var unknown []string
				for _, name := range ig.Checks {
					if !cat.Known(name) {
						unknown = append(unknown, name)
					}
				}
				switch {
				case len(unknown) > 0:
					r.Report(UnusedIgnore, ig.Pos, ig.End, fmt.Sprintf("//obslint:ignore names unknown check %s; see obslint rules", strings.Join(unknown, ", ")))
				case !dirs.Used(ig):
					where := "on this line or the next"
					if ig.Trailing {
						where = "on this line"
					}
					r.Report(UnusedIgnore, ig.Pos, ig.End, fmt.Sprintf("//obslint:ignore %s silences nothing %s; remove it", strings.Join(ig.Checks, ","), where),
						analysis.SuggestedFix{Message: "remove the directive", TextEdits: []analysis.TextEdit{removal(pass, ig.Pos, ig.End)}})
				}
			}
			return nil, nil
		},
	}
}

// removal is the edit deleting the comment [pos, end): the whole line when
// the comment stands alone on it, else the comment and the blanks before it.
func removal(pass *analysis.Pass, pos, end token.Pos) analysis.TextEdit {
	tf := pass.Fset.File(pos)
	src, err := pass.ReadFile(tf.Name())
	if err != nil || tf.Size() != len(src) {
		return analysis.TextEdit{Pos: pos, End: end}
	}
	start, stop := tf.Offset(pos), tf.Offset(end)
	lineStart := start
	for lineStart > 0 && (src[lineStart-1] == ' ' || src[lineStart-1] == '\t') {
		lineStart--
	}
	if (lineStart == 0 || src[lineStart-1] == '\n') && (stop == len(src) || src[stop] == '\n') {
		if stop < len(src) {
			stop++ // the newline
		}
		return analysis.TextEdit{Pos: tf.Pos(lineStart), End: tf.Pos(stop)}
	}
	return analysis.TextEdit{Pos: tf.Pos(lineStart), End: end}
}
