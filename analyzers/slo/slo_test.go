package slo_test

import (
	"testing"
	"time"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "slo") }

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
	analyzertest.Run(t, analyzertest.Analyzer(t, conv, "slo"), "slo/api")
}

func TestFix(t *testing.T) {
	conv := required(map[string]convention.Objective{"api": objective(99.9, 250*time.Millisecond, 99)})
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, conv, "slo"), "slo/fix")
}

func TestConflictAcrossPackages(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "slo"), "slo/cmd")
}

func TestNotRequired(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "slo"), "slo/required")
}
