// Package convention holds the company-wide observability convention that
// every obslint analyzer checks code against: the parsed, merged and
// validated form of an .obslint.yml file (see docs/convention.md).
//
// A Convention is plain data. Analyzers receive it through the config pass
// (passes/config), never through a global, so the CLI, go vet -vettool and
// the golangci-lint plugin share one code path.
package convention

import (
	"path"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/checks"
)

// FileNames are the names searched for, in order, in each directory from a
// package's directory up to its module root.
var FileNames = []string{".obslint.yml", ".obslint.yaml"}

// Convention is a loaded convention file (with its extends chain merged) or
// the defaults. The yaml tags are the file format; json tags are the same
// names so that golangci-lint's JSON settings decode into the same types.
type Convention struct {
	Version         int             `yaml:"version" json:"version"`
	Extends         []string        `yaml:"extends" json:"extends"`
	Service         string          `yaml:"service" json:"service"`
	Entrypoints     Entrypoints     `yaml:"entrypoints" json:"entrypoints"`
	Instrumentation Instrumentation `yaml:"instrumentation" json:"instrumentation"`
	SLO             SLO             `yaml:"slo" json:"slo"`
	Metrics         Metrics         `yaml:"metrics" json:"metrics"`
	Logs            Logs            `yaml:"logs" json:"logs"`
	// Owners maps a package pattern (an import path, or a prefix ending in
	// "/...") to the owning team. The longest matching pattern wins.
	Owners map[string]string `yaml:"owners" json:"owners"`
	// Severity maps a check ID, an analyzer name (all its checks) or
	// "all" to "error", "warning" or "info", overriding the checks'
	// defaults; the most specific entry wins.
	Severity map[string]string `yaml:"severity" json:"severity"`
	// FailOn is the least severity whose findings make the lint command
	// exit 1: "error", "warning" (the default) or "info".
	FailOn string `yaml:"fail_on" json:"fail_on"`
	// Semconv says which OpenTelemetry semantic conventions and which
	// company registries the semconv analyzer checks attributes and
	// instruments against.
	Semconv Semconv `yaml:"semconv" json:"semconv"`

	// AllowExtendsFrom lists directories outside the repository that
	// extends may read from (absolute, or relative to this file). Only
	// the convention obslint starts from may set it.
	AllowExtendsFrom []string `yaml:"allow_extends_from" json:"allow_extends_from"`

	// Files lists the files this convention was read from, base first; empty
	// for the defaults. Not part of the file format.
	Files []string `yaml:"-" json:"-"`
	// digest is the digest of the files' contents as Load read them.
	digest string

	// severityAt is where each severity entry was set, for
	// CheckSeverityNames, which runs where the check catalog is known.
	severityAt map[string]position
}

// Entrypoints says which functions count as entry points.
type Entrypoints struct {
	// Frameworks restricts entry point discovery; empty means all of
	// KnownFrameworks.
	Frameworks []string `yaml:"frameworks" json:"frameworks"`
	// ExportedOnly limits entry points to exported functions and methods.
	// A nil pointer means the default, true.
	ExportedOnly *bool `yaml:"exported_only" json:"exported_only"`
	// Ignore lists patterns of functions that are never entry points, in the
	// syntax of MatchFunc.
	Ignore []string `yaml:"ignore" json:"ignore"`
}

// KnownFrameworks are the values accepted in entrypoints.frameworks.
var KnownFrameworks = []string{"nethttp", "chi", "gorilla", "gin", "echo", "fiber", "grpc", "connect", "openapi"}

// Instrumentation says what counts as observing a function.
type Instrumentation struct {
	// Require is one of RequireAny, RequireMetrics, RequireTraces,
	// RequireBoth.
	Require string `yaml:"require" json:"require"`
	// Helpers are functions ("import/path.Func" or "import/path.Type.Method")
	// whose call instruments the caller.
	Helpers []string `yaml:"helpers" json:"helpers"`
	// Middleware are functions that instrument a handler passed to them
	// where it is registered.
	Middleware []string `yaml:"middleware" json:"middleware"`
	// Servers are server builders that always instrument what they build
	// or serve: their results (and the routers and servers in their
	// fields) are observed, and the handlers passed to them are served
	// observed. The coverage report adds them to the libraries it knows
	// (the OpenTelemetry collector's configgrpc/confighttp ToServer,
	// dskit's server.New).
	Servers []string `yaml:"servers" json:"servers"`
}

// Values of Instrumentation.Require.
const (
	RequireAny     = "any"
	RequireMetrics = "metrics"
	RequireTraces  = "traces"
	RequireBoth    = "metrics+traces"
)

// SLO configures service level objectives.
type SLO struct {
	// Required makes every exported entry point declare an SLO.
	Required bool `yaml:"required" json:"required"`
	// Objectives are named objectives that code refers to with
	// //obslint:slo NAME.
	Objectives map[string]Objective `yaml:"objectives" json:"objectives"`
	// Entrypoints assigns an objective to entry points by function pattern
	// (MatchFunc syntax), for code that cannot carry a directive.
	Entrypoints map[string]string `yaml:"entrypoints" json:"entrypoints"`
	// Window is the SLO compliance window, 30d by default.
	Window Duration `yaml:"window" json:"window"`
}

// Objective is one SLO: a success-rate target and an optional latency
// objective ("LatencyTarget percent of requests finish within Latency").
type Objective struct {
	Success       Percent  `yaml:"success" json:"success"`
	Latency       Duration `yaml:"latency" json:"latency"`
	LatencyTarget Percent  `yaml:"latency_target" json:"latency_target"`
}

// Metrics configures metric naming.
type Metrics struct {
	// Namespace is the required prefix: "ns_" for Prometheus names, "ns."
	// for OpenTelemetry names. Empty means no prefix is required.
	Namespace       string   `yaml:"namespace" json:"namespace"`
	ForbiddenLabels []string `yaml:"forbidden_labels" json:"forbidden_labels"`
	// MaxLabels limits the number of variable labels; 0 means no limit.
	MaxLabels   int  `yaml:"max_labels" json:"max_labels"`
	RequireHelp bool `yaml:"require_help" json:"require_help"`
}

// Logs configures structured logging.
type Logs struct {
	// KeyCase is one of the KeyCases.
	KeyCase string `yaml:"key_case" json:"key_case"`
	// CanonicalKeys maps an alias to the key to use instead.
	CanonicalKeys  map[string]string `yaml:"canonical_keys" json:"canonical_keys"`
	ForbiddenKeys  []string          `yaml:"forbidden_keys" json:"forbidden_keys"`
	StaticMessage  bool              `yaml:"static_message" json:"static_message"`
	ContextVariant bool              `yaml:"context_variants" json:"context_variants"`
	// Unstructured is "allow" or "forbid" (fmt.Print*, log.Print* and
	// println outside package main and tests).
	Unstructured string `yaml:"unstructured" json:"unstructured"`
	// Wrappers are the company's own logging functions, as
	// "import/path.Func:MSG:KV" (1-based index of the message argument and
	// of the first key/value argument; MSG may be 0 for none).
	Wrappers []string `yaml:"wrappers" json:"wrappers"`
}

// KeyCases are the values accepted in logs.key_case.
var KeyCases = []string{"snake", "camel", "kebab", "pascal", "dot", "any"}

// Default returns the convention used when no file is found: Prometheus and
// OpenTelemetry naming practice, no company namespace, SLOs optional.
func Default() *Convention {
	return &Convention{
		Version: 1,
		Entrypoints: Entrypoints{
			Frameworks: append([]string(nil), KnownFrameworks...),
		},
		Instrumentation: Instrumentation{Require: RequireAny},
		SLO:             SLO{Window: Duration{D: 30 * Day, Text: "30d"}},
		Metrics:         Metrics{RequireHelp: true},
		Logs: Logs{
			KeyCase:      "snake",
			Unstructured: "allow",
		},
		FailOn: "warning",
	}
}

// Severities is the severity section as overrides, sorted by name.
func (c *Convention) Severities() []checks.Override {
	var out []checks.Override
	for _, name := range sortedKeys(c.Severity) {
		out = append(out, checks.Override{Name: name, Severity: checks.Severity(c.Severity[name])})
	}
	return out
}

// FailSeverity is the least severity whose findings fail the run.
func (c *Convention) FailSeverity() checks.Severity {
	if c.FailOn == "" {
		return checks.Warning
	}
	return checks.Severity(c.FailOn)
}

// CheckSeverityNames checks that every name in the severity section is a
// check ID, an analyzer name or "all", as known reports. The convention
// package does not know the checks; the drivers that do call this after
// loading, and get an *Error at the entry at fault.
func (c *Convention) CheckSeverityNames(cat checks.Catalog) error {
	for _, name := range sortedKeys(c.Severity) {
		if cat.Known(name) {
			continue
		}
		p := c.severityAt[name]
		return &Error{File: p.file, Line: p.line, Col: p.col, Key: "severity." + name, Msg: cat.Unknown(name).Error()}
	}
	return nil
}

// ExportedOnly reports the effective entrypoints.exported_only setting.
func (c *Convention) ExportedOnly() bool {
	return c.Entrypoints.ExportedOnly == nil || *c.Entrypoints.ExportedOnly
}

// FrameworkEnabled reports whether entry points of framework fw are wanted.
func (c *Convention) FrameworkEnabled(fw string) bool {
	if len(c.Entrypoints.Frameworks) == 0 {
		return true
	}
	for _, f := range c.Entrypoints.Frameworks {
		if f == fw {
			return true
		}
	}
	return false
}

// Ignored reports whether the function named fullName (see MatchFunc) is
// excluded from entry points.
func (c *Convention) Ignored(fullName string) bool {
	for _, p := range c.Entrypoints.Ignore {
		if MatchFunc(p, fullName) {
			return true
		}
	}
	return false
}

// Owner returns the team owning the package with the given import path, or
// "" when no owners pattern matches. The longest matching pattern wins.
func (c *Convention) Owner(pkgPath string) string {
	best, team := -1, ""
	for pat, t := range c.Owners {
		if MatchPackage(pat, pkgPath) && len(pat) > best {
			best, team = len(pat), t
		}
	}
	return team
}

// SLOFor returns the objective name assigned to a function by
// slo.entrypoints, or "".
func (c *Convention) SLOFor(fullName string) string {
	pats := make([]string, 0, len(c.SLO.Entrypoints))
	for p := range c.SLO.Entrypoints {
		pats = append(pats, p)
	}
	// Most specific (longest) pattern first, so the result is deterministic.
	sort.Slice(pats, func(i, j int) bool {
		if len(pats[i]) != len(pats[j]) {
			return len(pats[i]) > len(pats[j])
		}
		return pats[i] < pats[j]
	})
	for _, p := range pats {
		if MatchFunc(p, fullName) {
			return c.SLO.Entrypoints[p]
		}
	}
	return ""
}

// MatchPackage reports whether the import path matches pattern, which is an
// import path, optionally ending in "/..." to include everything below it,
// or a path.Match glob.
func MatchPackage(pattern, pkgPath string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkgPath == prefix || strings.HasPrefix(pkgPath, prefix+"/")
	}
	if pattern == pkgPath {
		return true
	}
	ok, _ := path.Match(pattern, pkgPath)
	return ok
}

// MatchFunc reports whether a function matches pattern. fullName is the
// function's name qualified by its package path and, for methods, by its
// receiver's base type: "example.com/svc/api.ListOrders" or
// "example.com/svc/api.Store.ServeHTTP".
//
// A pattern is a glob in which "*" matches any run of characters except '/'
// and '.'-separated segments are matched as a whole when the pattern has no
// package path: "*.Healthz" matches any function or method named Healthz,
// "example.com/svc/internal/debug.*" matches everything in that package.
func MatchFunc(pattern, fullName string) bool {
	if pattern == fullName {
		return true
	}
	if !strings.Contains(pattern, "/") {
		// Pattern without a package path: match against the unqualified
		// tail ("Type.Method" or "Func"), and the name alone.
		tail := fullName[strings.LastIndex(fullName, "/")+1:]
		if i := strings.Index(tail, "."); i >= 0 {
			tail = tail[i+1:] // drop the package name
		}
		if globMatch(pattern, tail) {
			return true
		}
		name := tail[strings.LastIndex(tail, ".")+1:]
		return globMatch(pattern, name) || globMatch(pattern, "."+name) ||
			(strings.HasPrefix(pattern, "*.") && globMatch(pattern[2:], name))
	}
	return globMatch(pattern, fullName)
}

// globMatch matches name against a glob where '*' matches any run of
// characters other than '/', and "..." any run at all.
func globMatch(pattern, name string) bool {
	for len(pattern) > 0 {
		switch {
		case strings.HasPrefix(pattern, "..."):
			rest := pattern[3:]
			for i := 0; i <= len(name); i++ {
				if globMatch(rest, name[i:]) {
					return true
				}
			}
			return false
		case pattern[0] == '*':
			rest := pattern[1:]
			for i := 0; i <= len(name); i++ {
				if globMatch(rest, name[i:]) {
					return true
				}
				if i < len(name) && name[i] == '/' {
					return false
				}
			}
			return false
		default:
			if len(name) == 0 || pattern[0] != name[0] {
				return false
			}
			pattern, name = pattern[1:], name[1:]
		}
	}
	return len(name) == 0
}
