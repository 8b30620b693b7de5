// Package analyzertest runs an obslint analyzer over analysistest fixtures
// and keeps the registry honest: every finding a fixture produces must
// belong to a check the analyzer registers, and, once a package's tests
// have all run, every registered check must have been produced by some
// fixture (a check nobody can trigger in a test is a check nobody knows
// works).
//
// Analyzer tests use it in three lines:
//
//	func TestMain(m *testing.M) { analyzertest.Main(m, "metricnames") }
//	a := analyzertest.Analyzer(t, conv, "metricnames")
//	analyzertest.Run(t, a, "metricnames/prom")
package analyzertest

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/passes"
)

// Analyzer builds a suite on conv (nil: the default convention) and
// returns its analyzer with the given name.
func Analyzer(t testing.TB, conv *convention.Convention, name string) *analysis.Analyzer {
	t.Helper()
	if conv == nil {
		conv = convention.Default()
	}
	a := analyzers.New(convention.Fixed{C: conv}, passes.Options{}).Analyzer(name)
	if a == nil {
		t.Fatalf("the suite has no analyzer %q", name)
	}
	return a
}

var (
	mu   sync.Mutex
	seen = make(map[string]map[string]bool) // analyzer -> categories produced
)

// Run runs a over the fixture packages (import paths under testdata/src)
// with analysistest.Run, and checks the categories of its findings.
func Run(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	return record(t, a, analysistest.Run(t, fixtures.Dir(t), a, pkgs...))
}

// RunWithSuggestedFixes is Run that also compares the fixed files with
// their .golden twins, and checks that the fixes are gofmt-clean as they
// are, as obslint -fix applies them to a file that was not formatted
// (fixtures.RawFixesGofmtClean).
func RunWithSuggestedFixes(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	results := analysistest.RunWithSuggestedFixes(t, fixtures.Dir(t), a, pkgs...)
	fixtures.RawFixesGofmtClean(t, results)
	return record(t, a, results)
}

func record(t *testing.T, a *analysis.Analyzer, results []*analysistest.Result) []*analysistest.Result {
	t.Helper()
	cat := analyzers.Catalog()
	mu.Lock()
	defer mu.Unlock()
	if seen[a.Name] == nil {
		seen[a.Name] = make(map[string]bool)
	}
	for _, r := range results {
		if r.Action.Analyzer != a {
			continue
		}
		for _, d := range r.Diagnostics {
			c := cat.Lookup(d.Category)
			if c == nil || c.Analyzer != a.Name {
				t.Errorf("%v: %s reports category %q, which is not one of its registered checks", r.Pass.Fset.Position(d.Pos), a.Name, d.Category)
				continue
			}
			seen[a.Name][d.Category] = true
		}
	}
	return results
}

// Main runs the package's tests and then, when all of them ran and
// passed, fails if a check of the named analyzer was never reported by a
// fixture.
func Main(m *testing.M, analyzer string) {
	code := m.Run()
	if code == 0 && complete() {
		if missing := unexercised(analyzer); len(missing) > 0 {
			fmt.Fprintf(os.Stderr, "analyzertest: no fixture of analyzer %s produces a finding of: %s\n", analyzer, strings.Join(missing, ", "))
			code = 1
		}
	}
	os.Exit(code)
}

// complete reports whether every test of the package ran: no -run,
// -skip, -short or -failfast selection.
func complete() bool {
	for _, name := range []string{"test.run", "test.skip"} {
		if f := flag.Lookup(name); f != nil && f.Value.String() != "" {
			return false
		}
	}
	return !testing.Short()
}

func unexercised(analyzer string) []string {
	mu.Lock()
	defer mu.Unlock()
	var missing []string
	for _, c := range analyzers.Catalog() {
		if c.Analyzer == analyzer && !seen[analyzer][c.ID] {
			missing = append(missing, c.ID)
		}
	}
	sort.Strings(missing)
	return missing
}
