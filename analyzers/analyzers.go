// Package analyzers is obslint's registry of analyzers: one table row per
// analyzer, from which the suite, the check catalog (obslint rules and
// explain, -enable/-disable, the severity section, //obslint:ignore, the
// CI formats), the golangci-lint plugin and the reports are all built. The
// CLI, go vet -vettool and the golangci-lint plugin call New, so they run
// the same code.
//
// Adding an analyzer is one row here; see docs/architecture.md.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/analyzers/ignores"
	"github.com/obslint/obslint/analyzers/instrumented"
	"github.com/obslint/obslint/analyzers/logkeys"
	"github.com/obslint/obslint/analyzers/metricnames"
	"github.com/obslint/obslint/analyzers/semconv"
	"github.com/obslint/obslint/analyzers/slo"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
)

// Row is one analyzer of the suite.
type Row struct {
	Name   string                                   // the analyzer's name
	Checks []*checks.Check                          // its checks, each with Analyzer == Name
	New    func(set *passes.Set) *analysis.Analyzer // builds it on the suite's shared passes
	// Naming says which naming count of the coverage report the
	// analyzer's findings add to, if any.
	Naming Naming
}

// Naming is a naming count of the coverage report.
type Naming string

// The naming counts.
const (
	NamingMetrics Naming = "metrics"
	NamingLogs    Naming = "logs"
)

// Registry is a table of analyzers.
type Registry []Row

// Table is obslint's registry: the analyzers in the order they are built.
// The ignores analyzer is not in it: it closes every suite (see New).
var Table = Registry{
	{Name: "instrumented", Checks: instrumented.Checks, New: instrumented.New},
	{Name: "metricnames", Checks: metricnames.Checks, New: metricnames.New, Naming: NamingMetrics},
	{Name: "slo", Checks: slo.Checks, New: slo.New},
	{Name: "logkeys", Checks: logkeys.Checks, New: logkeys.New, Naming: NamingLogs},
	{Name: "semconv", Checks: semconv.Checks, New: semconv.New},
}

// Catalog returns every check of the registry's analyzers and of
// ignores, sorted by ID.
func (reg Registry) Catalog() checks.Catalog {
	lists := [][]*checks.Check{ignores.Checks}
	for _, row := range reg {
		lists = append(lists, row.Checks)
	}
	return checks.NewCatalog(lists...)
}

// catalog is Table's catalog, built once.
var catalog = Table.Catalog()

// Catalog returns every check of every analyzer of Table, sorted by ID.
func Catalog() checks.Catalog { return catalog }

// Suite is the analyzers and the passes they share.
type Suite struct {
	// Analyzers are the user-facing analyzers, in table order; the last
	// one, ignores, checks the //obslint:ignore directives after the
	// others ran.
	Analyzers []*analysis.Analyzer
	// Passes are the shared passes the analyzers Require.
	Passes *passes.Set
}

// New builds Table's suite; see Registry.New.
func New(src convention.Source, opts passes.Options) *Suite { return Table.New(src, opts) }

// New builds the registry's suite on one set of passes, resolving
// conventions through src. Passes are shared: each runs once per package
// whichever analyzers need it.
func (reg Registry) New(src convention.Source, opts passes.Options) *Suite {
	s := &Suite{Passes: passes.NewSet(src, opts)}
	for _, row := range reg {
		s.Analyzers = append(s.Analyzers, row.New(s.Passes))
	}
	s.Analyzers = append(s.Analyzers, ignores.New(s.Passes, s.Analyzers, reg.Catalog()))
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
