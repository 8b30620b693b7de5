package ignores_test

import (
	"github.com/obslint/obslint/internal/fixtures"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers/ignores"
)

func TestIgnores(t *testing.T) {
	testdata, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	a := ignores.New(nil, []string{"directive", "unused-ignore"})
	fixtures.RawFixesGofmtClean(t, analysistest.RunWithSuggestedFixes(t, testdata, a, "ignores/a", "ignores/gen"))
}
