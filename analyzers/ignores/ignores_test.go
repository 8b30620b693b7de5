package ignores_test

import (
	"testing"

	"github.com/obslint/obslint/analyzers/analyzertest"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "ignores") }

func TestIgnores(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, nil, "ignores"), "ignores/a", "ignores/gen")
}
