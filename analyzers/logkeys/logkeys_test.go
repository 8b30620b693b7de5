package logkeys_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
)

func analyzer(conv *convention.Convention) *analysis.Analyzer {
	return analyzers.New(convention.Fixed{C: conv}).Analyzer("logkeys")
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
	analysistest.Run(t, fixtures.Dir(t), analyzer(strict()),
		"logkeys/slogx", "logkeys/zapx", "logkeys/logrusx", "logkeys/zerologx", "logkeys/logrx", "logkeys/klogx", "logkeys/wrap", "logkeys/clipkg")
}

func TestDefaults(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), analyzer(convention.Default()), "logkeys/defaults")
}

func TestFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures.Dir(t), analyzer(strict()), "logkeys/fix")
}
