// Package analyzers builds obslint's suite of analyzers from a convention
// source. The CLI, go vet -vettool and the golangci-lint plugin all call
// New, so they run the same code.
package analyzers

import (
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/analyzers/ignores"
	"github.com/obslint/obslint/analyzers/instrumented"
	"github.com/obslint/obslint/analyzers/logkeys"
	"github.com/obslint/obslint/analyzers/metricnames"
	"github.com/obslint/obslint/analyzers/slo"
	"github.com/obslint/obslint/analyzers/spans"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/spanflow"
)

// Suite is the analyzers and the passes they share.
type Suite struct {
	// Analyzers are the user-facing analyzers, in a fixed order; the last
	// one, ignores, checks the //obslint:ignore directives after the
	// others ran.
	Analyzers []*analysis.Analyzer

	Config          *analysis.Analyzer
	EntryPoints     *analysis.Analyzer
	Instrumentation *analysis.Analyzer
	LogCalls        *analysis.Analyzer
	SpanFlow        *analysis.Analyzer
}

// New builds the suite. Passes are shared: each runs once per package
// whichever analyzers need it.
func New(src convention.Source) *Suite {
	s := &Suite{Config: config.New(src)}
	s.EntryPoints = entrypoints.New(s.Config)
	s.Instrumentation = instrumentation.New(s.Config, s.EntryPoints)
	s.LogCalls = logcalls.New(s.Config)
	s.SpanFlow = spanflow.New(s.Config)
	// Each analyzer issue adds its analyzer here.
	user := []*analysis.Analyzer{
		instrumented.New(s.Config, s.EntryPoints, s.Instrumentation),
		metricnames.New(s.Config),
		slo.New(s.Config, s.EntryPoints, s.Instrumentation),
		logkeys.New(s.Config, s.EntryPoints, s.LogCalls),
		spans.New(s.Config, s.SpanFlow),
	}
	var ids []string
	for _, c := range Checks() {
		ids = append(ids, c.ID)
	}
	s.Analyzers = append(user, ignores.New(user, ids))
	guard(s.Analyzers)
	return s
}

// Analyzer returns the suite's user-facing analyzer with the given name,
// or nil.
func (s *Suite) Analyzer(name string) *analysis.Analyzer {
	for _, a := range s.Analyzers {
		if a.Name == name {
			return a
		}
	}
	return nil
}

// Checks lists every check of every analyzer, sorted by ID.
func Checks() []checks.Check {
	var all []checks.Check
	for _, list := range [][]checks.Check{
		ignores.Checks,
		instrumented.Checks,
		metricnames.Checks,
		slo.Checks,
		logkeys.Checks,
		spans.Checks,
	} {
		all = append(all, list...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// Lookup returns the check with the given ID.
func Lookup(id string) (checks.Check, bool) {
	for _, c := range Checks() {
		if c.ID == id {
			return c, true
		}
	}
	return checks.Check{}, false
}
