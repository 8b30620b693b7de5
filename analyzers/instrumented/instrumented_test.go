package instrumented_test

import (
	"path/filepath"
	"testing"

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

// analyzer returns the suite's instrumented analyzer for conv.
func analyzer(conv *convention.Convention) *analysis.Analyzer {
	for _, a := range analyzers.New(convention.Fixed{C: conv}).Analyzers {
		if a.Name == "instrumented" {
			return a
		}
	}
	panic("no instrumented analyzer")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "instrumented/nethttp", "instrumented/wrapped")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer(convention.Default()), "instrumented/withotel")
}

func TestCrossPackage(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "instrumented/xpkg/cmd")
}

func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "instrumented/frameworks")
}

func TestGRPCAndConnect(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "instrumented/grpcsvc/server", "instrumented/grpcsvc/cmd", "instrumented/connectsvc/server")
}

func TestConvention(t *testing.T) {
	no := false
	conv := convention.Default()
	conv.Instrumentation.Require = convention.RequireBoth
	conv.Instrumentation.Helpers = []string{"instrumented/conv.Track"}
	conv.Instrumentation.Middleware = []string{"instrumented/conv.Wrap"}
	conv.Entrypoints.ExportedOnly = &no
	conv.Entrypoints.Ignore = []string{"*.Healthz"}
	analysistest.Run(t, testdata(t), analyzer(conv), "instrumented/conv")
}
