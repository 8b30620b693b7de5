package spans_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	return analyzers.New(convention.Fixed{C: conv}).Analyzer("spans")
}

func TestBasic(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "spans/basic")
}

func TestEnded(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "spans/ended")
}
