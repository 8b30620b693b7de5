package analyzers_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
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
		if _, err := os.Stat(filepath.Join("..", c.DocPath())); err != nil {
			t.Errorf("check %s has no documentation page: %v", c.ID, err)
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
