package metricnames_test

import (
	"testing"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "metricnames") }

func TestPrometheus(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/prom")
}

func TestOpenTelemetry(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/otelm")
}

func TestDuplicates(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/dupuser")
}

// TestSiblingDuplicates: two packages that do not import each other
// declare one name differently; the lowest importer of both reports it,
// its importers stay silent.
func TestSiblingDuplicates(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/sib/app", "metricnames/sib/cmd", "metricnames/sib/b")
}

func TestConvention(t *testing.T) {
	conv := convention.Default()
	conv.Metrics.Namespace = "shop"
	conv.Metrics.ForbiddenLabels = []string{"user_id"}
	conv.Metrics.MaxLabels = 2
	conv.Metrics.RequireHelp = false
	analyzertest.Run(t, analyzertest.Analyzer(t, conv, "metricnames"), "metricnames/conv")
}

func TestFixes(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/fix")
}

// TestWrappers: metric helpers taking the name are constructors too,
// across packages, through wrappers of wrappers and interface methods;
// their callers' names are judged at the call.
func TestWrappers(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/wrap/app")
}

// TestPromlintFixture: one metric per promlint rule written as code,
// with the descriptors of a custom collector typed by their samples, and
// promlint's "metric not unique" as a collector emitting a series twice.
func TestPromlintFixture(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/promlint")
}

// TestBoundedLabelValues: a value formatted from a small integer type, a
// bool or an enumeration makes a bounded label (regression fixture).
func TestBoundedLabelValues(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "metricnames"), "metricnames/bounded")
}
