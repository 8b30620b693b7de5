// Package passresult finds a required pass's result by its type, so that
// an analyzer reads a shared pass through the pass's own Of function
// instead of holding the pass's *analysis.Analyzer: passes are built per
// suite (passes.Set), not kept in package variables.
package passresult

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// Of returns the result of type T among the results of the analyzers pass
// requires. Not requiring the pass that produces it is a bug in the
// analyzer, which would otherwise go unnoticed as an empty result, so Of
// panics, naming both; the suite turns panics into analysis errors.
func Of[T any](pass *analysis.Pass, what string) T {
	for _, r := range pass.ResultOf {
		if v, ok := r.(T); ok {
			return v
		}
	}
	panic(fmt.Sprintf("analyzer %s does not require the %s pass", pass.Analyzer.Name, what))
}
