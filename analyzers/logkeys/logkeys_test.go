package logkeys_test

import (
	"testing"

	"github.com/obslint/obslint/analyzers/analyzertest"
	"github.com/obslint/obslint/internal/convention"
)

// company is a convention that switches every logs rule on.
func TestMain(m *testing.M) { analyzertest.Main(m, "logkeys") }

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
	analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/slogs", "logkeys/noimport")
}

func TestLoggers(t *testing.T) {
	for _, pkg := range []string{"zaps", "logrusx", "zerologs", "logrs", "klogs"} {
		t.Run(pkg, func(t *testing.T) {
			analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/"+pkg)
		})
	}
}

// TestWrappers: wrappers named in the convention, and wrappers the pass
// finds itself in another package (facts), wrappers of wrappers included.
func TestWrappers(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/wrap/svc", "logkeys/wrap/platform")
}

func TestContext(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/ctx")
}

func TestUnstructured(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/unstruct", "logkeys/unstructmain", "logkeys/unstructcli")
}

func TestDefaults(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "logkeys"), "logkeys/defaults")
}

func TestFixes(t *testing.T) {
	analyzertest.RunWithSuggestedFixes(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/fixes")
}
