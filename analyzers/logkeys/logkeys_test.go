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
	for _, pkg := range []string{"zaps", "logrusx", "zerologs", "logrs", "klogs", "gokit"} {
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

// TestSloglintOptions: sloglint's options (kv_only, attr_only, no_global,
// context, message_style, allowed_keys, args_on_separate_lines) on slog
// and the other loggers, each value in one of two conventions.
func TestSloglintOptions(t *testing.T) {
	kv := convention.Default()
	kv.Logs.KVOnly = true
	kv.Logs.NoGlobal = "all"
	kv.Logs.Context = "scope"
	kv.Logs.MessageStyle = "lowercased"
	kv.Logs.AllowedKeys = []string{"order_id", "error", "req", "id"}
	kv.Logs.ArgsOnSeparateLines = true
	analyzertest.Run(t, analyzertest.Analyzer(t, kv, "logkeys"), "logkeys/sloglint/kv")

	attr := convention.Default()
	attr.Logs.AttrOnly = true
	attr.Logs.NoGlobal = "default"
	attr.Logs.Context = "all"
	attr.Logs.MessageStyle = "capitalized"
	analyzertest.Run(t, analyzertest.Analyzer(t, attr, "logkeys"), "logkeys/sloglint/attr")
}

// TestDetectKeyCase: key_case: detect infers the dominant case from the
// keys of the package and those it imports, and reports the others,
// saying which case it inferred (dotted keys, on purpose).
func TestDetectKeyCase(t *testing.T) {
	conv := convention.Default()
	conv.Logs.KeyCase = "detect"
	analyzertest.Run(t, analyzertest.Analyzer(t, conv, "logkeys"), "logkeys/detect/svc", "logkeys/detect/dotted", "logkeys/detect/snake")
}

// TestDotKeyCase: key_case: dot takes OpenTelemetry-style keys
// (http.response.status_code) and reports the others with their dotted
// form.
func TestDotKeyCase(t *testing.T) {
	conv := convention.Default()
	conv.Logs.KeyCase = "dot"
	analyzertest.Run(t, analyzertest.Analyzer(t, conv, "logkeys"), "logkeys/dotcase")
}

// TestZapEncoderKeys: the keys zap writes itself are read from the
// encoder configuration the program builds, in the package or an import
// (regression: level and stacktrace reported under a renaming encoder).
func TestZapEncoderKeys(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "logkeys"), "logkeys/zapcfg/app", "logkeys/zapcfg/prod", "logkeys/zapcfg/handed")
}

// TestKeyFacades: a facade taking one key (or a map of fields) and
// handing it to the logger is a key wrapper: silent inside, its keys
// checked at its calls, in other packages too (regression fixture).
func TestKeyFacades(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, company(), "logkeys"), "logkeys/facade/handlers", "logkeys/facade/dcontext")
}

// TestConstantKeys: a key held in a named constant is reported once, at
// the declaration when its package uses it (and then not again by
// importers, told by a fact), else at the first use in each package, with
// the number of uses (regression fixture).
func TestConstantKeys(t *testing.T) {
	analyzertest.Run(t, analyzertest.Analyzer(t, convention.Default(), "logkeys"), "logkeys/constkey/svc", "logkeys/constkey/fields")
}
