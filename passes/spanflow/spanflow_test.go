package spanflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/passes"
)

// TestFacts checks the facts the pass exports for a tracing facade: start
// helpers (span, context, or end func returned), end and mark helpers for
// spans and contexts, a finishing helper, and name parameters.
func TestFacts(t *testing.T) {
	set := passes.NewSet(convention.Fixed{C: convention.Default()}, passes.Options{})
	analysistest.Run(t, fixtures.Dir(t), set.SpanFlow, "spans/helpers/tracing")
}
