package semconv_test

import (
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "semconv") }

// conv parses a convention as if it were testdata/src/semconv/.obslint.yml,
// so that registries resolve next to the fixtures.
func conv(t *testing.T, yaml string) *convention.Convention {
	t.Helper()
	c, err := convention.Parse(filepath.Join(fixtures.Dir(t), "src", "semconv", ".obslint.yml"), []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDeprecated(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, nil, "semconv"), "semconv/deprecated")
}

func TestTypes(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, nil, "semconv"), "semconv/types")
}

func TestInstruments(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, nil, "semconv"), "semconv/instruments")
}

func TestRegistry(t *testing.T) {
	c := conv(t, "semconv:\n  registries: [telemetry/]\n  owned_namespaces: [shop]\n")
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, c, "semconv"), "semconv/registry")
}

func TestVersion(t *testing.T) {
	c := conv(t, "semconv:\n  version: 1.20.0\n")
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, c, "semconv"), "semconv/version")
}

// TestCrossPackage: keys folded from another package's constants.
func TestCrossPackage(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, nil, "semconv"), "semconv/crosspkg")
}
