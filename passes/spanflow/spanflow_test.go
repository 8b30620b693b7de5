package spanflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

// TestFacts checks the facts the pass exports for a tracing facade: start
// helpers (span, context, or end func returned), end and mark helpers for
// spans and contexts, a finishing helper, and name parameters.
func TestFacts(t *testing.T) {
	s := analyzers.New(convention.Fixed{C: convention.Default()})
	analysistest.Run(t, fixtures.Dir(t), s.SpanFlow, "spans/helpers/tracing")
}
