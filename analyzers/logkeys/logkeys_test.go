package logkeys_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
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
		if a.Name == "logkeys" {
			return a
		}
	}
	panic("no logkeys analyzer")
}

// company is a convention that switches every logs rule on.
func company() *convention.Convention {
	c := convention.Default()
	c.Logs = convention.Logs{
		KeyCase:        "snake",
		CanonicalKeys:  map[string]string{"err": "error", "userID": "user_id", "uid": "user_id"},
		ForbiddenKeys:  []string{"password", "api_token"},
		StaticMessage:  true,
		ContextVariant: true,
		Unstructured:   "forbid",
		Wrappers:       []string{"logkeys/wrap/platform.Infow:1:2", "logkeys/wrap/platform.Logger.Event:0:1"},
	}
	return c
}

func TestSlog(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(company()), "logkeys/slogs", "logkeys/noimport")
}

func TestLoggers(t *testing.T) {
	for _, pkg := range []string{"zaps", "logrusx", "zerologs", "logrs", "klogs"} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, testdata(t), analyzer(company()), "logkeys/"+pkg)
		})
	}
}

// TestWrappers: wrappers named in the convention, and wrappers the pass
// finds itself in another package (facts), wrappers of wrappers included.
func TestWrappers(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(company()), "logkeys/wrap/svc", "logkeys/wrap/platform")
}

func TestContext(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(company()), "logkeys/ctx")
}

func TestUnstructured(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(company()), "logkeys/unstruct", "logkeys/unstructmain", "logkeys/unstructcli")
}

func TestDefaults(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "logkeys/defaults")
}

func TestFixes(t *testing.T) {
	fixtures.RawFixesGofmtClean(t, analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer(company()), "logkeys/fixes"))
}
