package ignores_test

import (
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
	analysistest.RunWithSuggestedFixes(t, testdata, a, "ignores/a", "ignores/gen")
}
