package instrumented_test

import (
	"testing"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
)

func TestMain(m *testing.M) { analyzertest.Main(m, "instrumented") }

func TestNetHTTP(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/nethttp", "instrumented/wrapped", "instrumented/legacytracing")
}

func TestFixes(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/withotel")
}

func TestCrossPackage(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/xpkg/cmd")
}

func TestFrameworks(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/frameworks")
}

func TestGRPCAndConnect(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/grpcsvc/server", "instrumented/grpcsvc/cmd", "instrumented/grpcsvc/mocks", "instrumented/connectsvc/server")
}

func TestConvention(t *testing.T) {
	no := false
	conv := convention.Default()
	conv.Instrumentation.Require = convention.RequireBoth
	conv.Instrumentation.Helpers = []string{"instrumented/conv.Track"}
	conv.Instrumentation.Middleware = []string{"instrumented/conv.Wrap"}
	conv.Entrypoints.ExportedOnly = &no
	conv.Entrypoints.Ignore = []string{"*.Healthz"}
	analyzertest.Run(t, analyzertest.Analyzer(t, conv, "instrumented"), "instrumented/conv")
}

// TestReturnedRouter: a router an exported function builds and returns is
// judged where another package serves it.
func TestReturnedRouter(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "instrumented"), "instrumented/returned/cmd", "instrumented/returned/api", "instrumented/returned/runner")
}
