package metricnames_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
)

func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	for _, a := range analyzers.New(convention.Fixed{C: conv}).Analyzers {
		if a.Name == "metricnames" {
			return a
		}
	}
	panic("no metricnames analyzer")
}

func TestPrometheus(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "metricnames/prom")
}

func TestOpenTelemetry(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "metricnames/otelm")
}

func TestDuplicates(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "metricnames/dupuser")
}

// TestSiblingDuplicates: two packages that do not import each other
// declare one name differently; the lowest importer of both reports it,
// its importers stay silent.
func TestSiblingDuplicates(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "metricnames/sib/app", "metricnames/sib/cmd", "metricnames/sib/b")
}

func TestConvention(t *testing.T) {
	conv := convention.Default()
	conv.Metrics.Namespace = "shop"
	conv.Metrics.ForbiddenLabels = []string{"user_id"}
	conv.Metrics.MaxLabels = 2
	conv.Metrics.RequireHelp = false
	analysistest.Run(t, testdata(t), analyzer(conv), "metricnames/conv")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer(convention.Default()), "metricnames/fix")
}
