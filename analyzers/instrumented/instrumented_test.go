package instrumented_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	return analyzers.New(convention.Fixed{C: conv}).Analyzer("instrumented")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "instrumented/nethttp", "instrumented/wrapped", "instrumented/legacytracing")
}

func TestFixes(t *testing.T) {
	fixtures.RawFixesGofmtClean(t, analysistest.RunWithSuggestedFixes(t, fixtures.Dir(t), analyzer(convention.Default()), "instrumented/withotel"))
}

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "instrumented/xpkg/cmd")
}

func TestFrameworks(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "instrumented/frameworks")
}

func TestGRPCAndConnect(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "instrumented/grpcsvc/server", "instrumented/grpcsvc/cmd", "instrumented/connectsvc/server")
}

func TestConvention(t *testing.T) {
	no := false
	conv := convention.Default()
	conv.Instrumentation.Require = convention.RequireBoth
	conv.Instrumentation.Helpers = []string{"instrumented/conv.Track"}
	conv.Instrumentation.Middleware = []string{"instrumented/conv.Wrap"}
	conv.Entrypoints.ExportedOnly = &no
	conv.Entrypoints.Ignore = []string{"*.Healthz"}
	analysistest.Run(t, fixtures.Dir(t), analyzer(conv), "instrumented/conv")
}
