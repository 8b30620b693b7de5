package slo_test

import (
	"path/filepath"
	"testing"
	"time"

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
		if a.Name == "slo" {
			return a
		}
	}
	panic("no slo analyzer")
}

func objective(success float64, latency time.Duration, target float64) convention.Objective {
	return convention.Objective{
		Success:       convention.Percent(success),
		Latency:       convention.Duration{D: latency, Text: latency.String()},
		LatencyTarget: convention.Percent(target),
	}
}

func required(objectives map[string]convention.Objective) *convention.Convention {
	conv := convention.Default()
	conv.SLO.Required = true
	conv.SLO.Objectives = objectives
	return conv
}

func TestSLO(t *testing.T) {
	conv := required(map[string]convention.Objective{
		"api":   objective(99.9, 250*time.Millisecond, 99),
		"batch": objective(99, 0, 0),
	})
	conv.SLO.Entrypoints = map[string]string{"slo/api.Mapped": "api"}
	analysistest.Run(t, testdata(t), analyzer(conv), "slo/api")
}

func TestFix(t *testing.T) {
	conv := required(map[string]convention.Objective{"api": objective(99.9, 250*time.Millisecond, 99)})
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer(conv), "slo/fix")
}

func TestConflictAcrossPackages(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "slo/cmd")
}

func TestNotRequired(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "slo/required")
}
