package spans_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "spans") }

func analyzer(t *testing.T, conv *convention.Convention) *analysis.Analyzer {
	return analyzertest.Analyzer(t, conv, "spans")
}

func TestBasic(t *testing.T) {
	analyzertest.Run(t, analyzer(t, convention.Default()), "spans/basic")
}

func TestEnded(t *testing.T) {
	analyzertest.Run(t, analyzer(t, convention.Default()), "spans/ended")
}

func TestStatus(t *testing.T) {
	analyzertest.Run(t, analyzer(t, convention.Default()), "spans/status")
}

// only returns the default convention with only the named spans check on.
func only(check string) *convention.Convention {
	c := convention.Default()
	off := false
	c.Spans = convention.Spans{NotEnded: &off, ErrorStatus: &off, LostContext: &off, BrokenTrace: &off, BorrowedEnd: &off, Name: &off}
	on := true
	switch check {
	case "not_ended":
		c.Spans.NotEnded = &on
	case "error_status":
		c.Spans.ErrorStatus = &on
	case "lost_context":
		c.Spans.LostContext = &on
	case "broken_trace":
		c.Spans.BrokenTrace = &on
	case "borrowed_end":
		c.Spans.BorrowedEnd = &on
	case "name":
		c.Spans.Name = &on
	case "record_error":
		c.Spans.RecordError = true
	}
	return c
}

func TestLostContext(t *testing.T) {
	analyzertest.Run(t, analyzer(t, only("lost_context")), "spans/lost")
}

func TestBrokenTrace(t *testing.T) {
	analyzertest.Run(t, analyzer(t, only("broken_trace")), "spans/broken")
}

func TestBorrowedEnd(t *testing.T) {
	analyzertest.Run(t, analyzer(t, only("borrowed_end")), "spans/borrowed")
}

func TestHelpersAcrossPackages(t *testing.T) {
	analyzertest.Run(t, analyzer(t, convention.Default()), "spans/helpers/app", "spans/helpers/dbhooks")
}

func TestNames(t *testing.T) {
	c := only("name")
	c.Spans.NameStyle = "dot"
	analyzertest.Run(t, analyzer(t, c), "spans/names")
}

func TestLegacy(t *testing.T) {
	analyzertest.Run(t, analyzer(t, convention.Default()), "spans/legacy")
}

func TestRecordError(t *testing.T) {
	analyzertest.Run(t, analyzer(t, only("record_error")), "spans/record")
}

// TestConfiguredHelpers: start and end helpers named in the convention,
// with a span type of their own, add to the libraries' functions.
func TestConfiguredHelpers(t *testing.T) {
	c := convention.Default()
	c.Spans.StartHelpers = []string{"spans/custom/platform.StartSpan", "spans/custom/platform.Begin"}
	c.Spans.EndHelpers = []string{"spans/custom/platform.Done"}
	analyzertest.Run(t, analyzer(t, c), "spans/custom/app", "spans/ended")
}

func TestFixes(t *testing.T) {
	t.Run("defer end", func(t *testing.T) {
		analyzertest.RunWithSuggestedFixes(t, analyzer(t, only("not_ended")), "spans/fixes/deferend")
	})
	t.Run("set status", func(t *testing.T) {
		analyzertest.RunWithSuggestedFixes(t, analyzer(t, only("error_status")), "spans/fixes/status")
	})
	t.Run("set status, codes taken by gRPC", func(t *testing.T) {
		analyzertest.RunWithSuggestedFixes(t, analyzer(t, only("error_status")), "spans/fixes/statusgrpc")
	})
	t.Run("name style", func(t *testing.T) {
		c := only("name")
		c.Spans.NameStyle = "snake"
		analyzertest.RunWithSuggestedFixes(t, analyzer(t, c), "spans/fixes/style")
	})
}
