package analyzers_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
)

var checkID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// TestChecksDocumented keeps every check documented and well named.
func TestChecksDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range analyzers.Checks() {
		if seen[c.ID] {
			t.Errorf("check %s listed twice", c.ID)
		}
		seen[c.ID] = true
		if !checkID.MatchString(c.ID) {
			t.Errorf("check ID %q is not kebab-case", c.ID)
		}
		if c.Summary == "" || c.Analyzer == "" {
			t.Errorf("check %s lacks a summary or analyzer", c.ID)
		}
		if _, err := os.Stat(filepath.Join("..", c.DocPath())); err != nil {
			t.Errorf("check %s has no documentation page: %v", c.ID, err)
		}
	}
}

// TestSuiteAnalyzersValid builds the suite and checks every analyzer
// named in a check exists.
func TestSuiteAnalyzersValid(t *testing.T) {
	s := analyzers.New(convention.Fixed{C: convention.Default()})
	names := map[string]bool{}
	for _, a := range s.Analyzers {
		names[a.Name] = true
	}
	for _, c := range analyzers.Checks() {
		if !names[c.Analyzer] {
			t.Errorf("check %s names analyzer %s, which the suite lacks", c.ID, c.Analyzer)
		}
	}
}
