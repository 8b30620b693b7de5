package logkeys_test

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

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	for _, a := range analyzers.New(convention.Fixed{C: conv}).Analyzers {
		if a.Name == "logkeys" {
			return a
		}
	}
	panic("no logkeys analyzer")
}

// strict is a convention with every logs option on.
func strict() *convention.Convention {
	conv := convention.Default()
	conv.Logs.KeyCase = "snake"
	conv.Logs.CanonicalKeys = map[string]string{"err": "error", "uid": "user_id"}
	conv.Logs.ForbiddenKeys = []string{"password", "token"}
	conv.Logs.StaticMessage = true
	conv.Logs.ContextVariant = true
	conv.Logs.Unstructured = "forbid"
	conv.Logs.Wrappers = []string{"logkeys/wrap.Infow:1:2"}
	return conv
}

func TestLoggers(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(strict()),
		"logkeys/slogx", "logkeys/zapx", "logkeys/logrusx", "logkeys/zerologx", "logkeys/logrx", "logkeys/klogx", "logkeys/wrap")
}

func TestDefaults(t *testing.T) {
	analysistest.Run(t, testdata(t), analyzer(convention.Default()), "logkeys/defaults")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), analyzer(strict()), "logkeys/fix")
}
