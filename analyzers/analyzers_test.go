package analyzers_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/directiveindex"
)

var checkID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// TestChecksDocumented keeps every check documented and well named.
func TestChecksDocumented(t *testing.T) {
	for _, c := range analyzers.Catalog() {
		if !checkID.MatchString(c.ID) {
			t.Errorf("check ID %q is not kebab-case", c.ID)
		}
		if c.Summary == "" || c.Analyzer == "" {
			t.Errorf("check %s lacks a summary or analyzer", c.ID)
		}
		if _, err := checks.ParseSeverity(string(c.Severity)); err != nil {
			t.Errorf("check %s: default severity: %v", c.ID, err)
		}
		page, err := os.ReadFile(filepath.Join("..", c.DocPath()))
		if err != nil {
			t.Errorf("check %s has no documentation page: %v", c.ID, err)
		} else if !strings.Contains(string(page), "**Severity:** "+string(c.Severity)) {
			t.Errorf("%s does not state the default severity (**Severity:** %s)", c.DocPath(), c.Severity)
		}
	}
}

// TestTable checks that each row builds the analyzer it names, that its
// checks say so, and that no analyzer name is also a check ID (a name in
// -disable or //obslint:ignore must mean one thing).
func TestTable(t *testing.T) {
	suite := analyzers.New(convention.Fixed{C: convention.Default()}, passes.Options{})
	cat := analyzers.Catalog()
	for _, row := range analyzers.Table {
		if a := suite.Analyzer(row.Name); a == nil {
			t.Errorf("row %s: the suite has no analyzer of that name", row.Name)
		} else if a.URL == "" || a.Doc == "" {
			t.Errorf("analyzer %s lacks Doc or URL", row.Name)
		}
		if len(row.Checks) == 0 {
			t.Errorf("row %s has no checks", row.Name)
		}
		for _, c := range row.Checks {
			if c.Analyzer != row.Name {
				t.Errorf("check %s says analyzer %s but is in row %s", c.ID, c.Analyzer, row.Name)
			}
		}
		if c := cat.Lookup(row.Name); c != nil && c.Analyzer != row.Name {
			t.Errorf("analyzer name %s is also the ID of a check of %s", row.Name, c.Analyzer)
		}
	}
	names := map[string]bool{}
	for _, a := range suite.Analyzers {
		names[a.Name] = true
	}
	for _, c := range cat {
		if !names[c.Analyzer] {
			t.Errorf("check %s names analyzer %s, which the suite lacks", c.ID, c.Analyzer)
		}
	}
}

// todoFunc is the check of a throwaway analyzer that TestOneRow adds.
var todoFunc = &checks.Check{ID: "todo-func", Analyzer: "todo", Severity: checks.Info, Summary: "function named Todo"}

// newTodo builds the throwaway analyzer the way every analyzer is built:
// on the set of passes, reporting through internal/diag.
func newTodo(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "todo",
		Doc:      "reports functions whose name starts with Todo",
		URL:      todoFunc.DocURL(),
		Requires: []*analysis.Analyzer{set.Config, set.Directives},
		Run: func(pass *analysis.Pass) (any, error) {
			r := diag.New(pass, directiveindex.Of(pass))
			for _, f := range pass.Files {
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok && strings.HasPrefix(fd.Name.Name, "Todo") {
						r.Reportf(todoFunc, fd.Name.Pos(), "function %s is a todo", fd.Name.Name)
					}
				}
			}
			return nil, nil
		},
	}
}

// TestOneRow adds an analyzer by one registry row and nothing else, and
// checks that the suite runs it, the catalog lists its check, the check
// selection and the severity section know its names, and
// //obslint:ignore silences it (and reports an ignore that silences
// nothing) — what the CLI, the plugin and the reports are built from.
func TestOneRow(t *testing.T) {
	reg := append(analyzers.Registry{{Name: "todo", Checks: []*checks.Check{todoFunc}, New: newTodo}}, analyzers.Table...)
	cat := reg.Catalog()
	if cat.Lookup("todo-func") == nil || !cat.Known("todo") {
		t.Fatal("the catalog lacks the new row's check")
	}
	sel, err := cat.Select([]string{"todo"}, nil)
	if err != nil || !sel.Reports("todo-func") || sel.Reports("instrumented") {
		t.Errorf("selection by the new analyzer's name: %v", err)
	}
	if got := cat.SeverityOf("todo-func", []checks.Override{{Name: "todo", Severity: checks.Error}}); got != checks.Error {
		t.Errorf("severity by analyzer name: %s", got)
	}
	suite := reg.New(convention.Fixed{C: convention.Default()}, passes.Options{})
	if suite.Analyzer("todo") == nil {
		t.Fatal("the suite lacks the new analyzer")
	}
	analysistest.Run(t, fixtures.Dir(t), suite.Analyzer("todo"), "registry/throwaway/a")
	// The ignores analyzer closes the suite and Requires the others: it
	// knows the new names and sees which ignores the new analyzer used.
	analysistest.Run(t, fixtures.Dir(t), suite.Analyzers[len(suite.Analyzers)-1], "registry/throwaway/b")
}
