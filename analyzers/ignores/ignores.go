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
	"github.com/obslint/obslint/passes/directiveindex"
)

// Checks are the checks of this analyzer.
var Checks = []checks.Check{
	{ID: directive.CheckDirective, Analyzer: "ignores", Summary: "malformed or misplaced //obslint: or //autometrics: directive"},
	{ID: "unused-ignore", Analyzer: "ignores", Summary: "//obslint:ignore that names an unknown check or silences nothing"},
}

// New returns the analyzer. others are the suite's other analyzers and
// checkIDs every check ID of the suite: the names an ignore may use.
func New(others []*analysis.Analyzer, checkIDs []string) *analysis.Analyzer {
	known := map[string]bool{"all": true, "ignores": true}
	for _, id := range checkIDs {
		known[id] = true
	}
	for _, a := range others {
		known[a.Name] = true
	}
	return &analysis.Analyzer{
		Name:     "ignores",
		Doc:      "reports malformed obslint directives and //obslint:ignore directives that silence nothing",
		URL:      checks.DocBase + "/unused-ignore.md",
		Requires: append([]*analysis.Analyzer{directiveindex.Analyzer}, others...),
		Run: func(pass *analysis.Pass) (any, error) {
			r := diag.New(pass)
			for _, e := range r.Dirs.Errors() {
				if e.Check == directive.CheckDirective {
					r.Report(e.Check, e.Pos, e.End, e.Msg)
				}
			}
			for _, ig := range r.Dirs.Ignores() {
				var unknown []string
				for _, name := range ig.Checks {
					if !known[name] {
						unknown = append(unknown, name)
					}
				}
				switch {
				case len(unknown) > 0:
					r.Report("unused-ignore", ig.Pos, ig.End, fmt.Sprintf("//obslint:ignore names unknown check %s; see obslint rules", strings.Join(unknown, ", ")))
				case !r.Dirs.Used(ig):
					where := "on this line or the next"
					if ig.Trailing {
						where = "on this line"
					}
					r.Report("unused-ignore", ig.Pos, ig.End, fmt.Sprintf("//obslint:ignore %s silences nothing %s; remove it", strings.Join(ig.Checks, ","), where),
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
