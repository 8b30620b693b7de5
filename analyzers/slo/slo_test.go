package slo_test

import (
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	return analyzers.New(convention.Fixed{C: conv}).Analyzer("slo")
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
	analysistest.Run(t, fixtures.Dir(t), analyzer(conv), "slo/api")
}

func TestFix(t *testing.T) {
	conv := required(map[string]convention.Objective{"api": objective(99.9, 250*time.Millisecond, 99)})
	fixtures.RawFixesGofmtClean(t, analysistest.RunWithSuggestedFixes(t, fixtures.Dir(t), analyzer(conv), "slo/fix"))
}

func TestConflictAcrossPackages(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "slo/cmd")
}

func TestNotRequired(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "slo/required")
}
