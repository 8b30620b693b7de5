package convention

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
)

// FactInputs is the part of a convention that analysis facts may depend
// on: which functions are entry points, what counts as instrumenting one,
// and the company's logging wrappers. The passes that export facts read
// the convention only through it (config.FactsOf), so that its Digest
// describes everything of the convention a package's facts were computed
// from.
//
// Why it exists: the facts of a dependency (a module in the module cache,
// the standard library) are what the vet tool recomputes for every
// package after a convention edit, because go vet keys its cache on the
// tool's flags, one of which is the convention's digest. The vet tool
// keeps its own cache of dependency facts keyed by this projection's
// Digest (internal/vetxcache), so that editing a key only diagnostics
// read (metric naming, log-key case, SLOs, severities, owners) replays
// every dependency's facts instead of recomputing them.
//
// A key added to Convention must be classified in
// TestEveryKeyClassified (facts_test.go): here, when a pass that exports
// facts reads it, or as diagnostics-only there, which the suite-wide
// test in analyzers (TestFactsIgnoreDiagnosticKeys) then holds to.
type FactInputs struct {
	Entrypoints     Entrypoints         `json:"entrypoints"`
	Instrumentation FactInstrumentation `json:"instrumentation"`
	Logs            FactLogs            `json:"logs"`
	Spans           FactSpans           `json:"spans"`
}

// FactSpans is the part of the spans section facts depend on: the
// helpers that start and end spans, which the spanflow pass records as
// helper facts. The checks' switches and name_style are diagnostics-only.
type FactSpans struct {
	StartHelpers []string `json:"start_helpers"`
	EndHelpers   []string `json:"end_helpers"`
}

// FactInstrumentation is the part of the instrumentation section facts
// depend on: the required kinds (a router's bare handlers, a silenced
// entry point) and the helpers and middleware that instrument.
type FactInstrumentation struct {
	Require    string   `json:"require"`
	Helpers    []string `json:"helpers"`
	Middleware []string `json:"middleware"`
}

// FactLogs is the part of the logs section facts depend on: the company's
// logging wrappers, which the logcalls pass records as wrapper facts, and
// whether key_case is detect, in which mode it counts every package's key
// styles into a fact (other key_case values are diagnostics-only).
type FactLogs struct {
	Wrappers []string `json:"wrappers"`
	// KeyCase is "detect" or empty: only detection exports facts.
	KeyCase string `json:"key_case,omitempty"`
}

// FactInputs returns the projection of c that facts may depend on.
func (c *Convention) FactInputs() *FactInputs {
	return &FactInputs{
		Entrypoints: c.Entrypoints,
		Instrumentation: FactInstrumentation{
			Require:    c.Instrumentation.Require,
			Helpers:    c.Instrumentation.Helpers,
			Middleware: c.Instrumentation.Middleware,
		},
		Logs:  FactLogs{Wrappers: c.Logs.Wrappers, KeyCase: detectOnly(c.Logs.KeyCase)},
		Spans: FactSpans{StartHelpers: c.Spans.StartHelpers, EndHelpers: c.Spans.EndHelpers},
	}
}

// detectOnly keeps key_case's one value that facts depend on.
func detectOnly(keyCase string) string {
	if keyCase == "detect" {
		return keyCase
	}
	return ""
}

// Digest is a digest of the projection's values (not of the files they
// came from): two conventions that differ only in keys facts do not read
// have the same digest, whichever files they were read from.
func (f *FactInputs) Digest() string {
	data, err := json.Marshal(f)
	if err != nil {
		// Plain strings, bools and slices: cannot happen.
		panic("convention: encoding fact inputs: " + err.Error())
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:16])
}

// ExportedOnly reports the effective entrypoints.exported_only setting.
func (f *FactInputs) ExportedOnly() bool { return f.Entrypoints.exportedOnly() }

// FrameworkEnabled reports whether entry points of framework fw are wanted.
func (f *FactInputs) FrameworkEnabled(fw string) bool { return f.Entrypoints.frameworkEnabled(fw) }

// Ignored reports whether the function named fullName (see MatchFunc) is
// excluded from entry points.
func (f *FactInputs) Ignored(fullName string) bool { return f.Entrypoints.ignored(fullName) }
