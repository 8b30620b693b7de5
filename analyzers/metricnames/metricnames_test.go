package metricnames_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	return analyzers.New(convention.Fixed{C: conv}).Analyzer("metricnames")
}

func TestPrometheus(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "metricnames/prom")
}

func TestOpenTelemetry(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "metricnames/otelm")
}

func TestDuplicates(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "metricnames/dupuser")
}

// TestSiblingDuplicates: two packages that do not import each other
// declare one name differently; the lowest importer of both reports it,
// its importers stay silent.
func TestSiblingDuplicates(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "metricnames/sib/app", "metricnames/sib/cmd", "metricnames/sib/b")
}

func TestConvention(t *testing.T) {
	conv := convention.Default()
	conv.Metrics.Namespace = "shop"
	conv.Metrics.ForbiddenLabels = []string{"user_id"}
	conv.Metrics.MaxLabels = 2
	conv.Metrics.RequireHelp = false
	analysistest.Run(t, fixtures.Dir(t), analyzer(conv), "metricnames/conv")
}

func TestFixes(t *testing.T) {
	fixtures.RawFixesGofmtClean(t, analysistest.RunWithSuggestedFixes(t, fixtures.Dir(t), analyzer(convention.Default()), "metricnames/fix"))
}
