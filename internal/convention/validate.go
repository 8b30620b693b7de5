package convention

import (
	"fmt"
	"github.com/obslint/obslint/internal/safetext"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/checks"
)

// validate checks the merged convention: enumerations, cross references and
// the formats of function names. Positions come from the file that set the
// offending key last.
func (l *loader) validate(c *Convention) error {
	errAt := func(key, format string, args ...any) error {
		p := l.pos[key]
		file := p.file
		if file == "" && len(l.files) > 0 {
			file = l.files[len(l.files)-1]
		}
		return &Error{File: file, Line: p.line, Col: p.col, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	if c.Version != 1 {
		return errAt("version", "unsupported version %d (this obslint reads version 1)", c.Version)
	}
	for i, fw := range c.Entrypoints.Frameworks {
		if !slices.Contains(KnownFrameworks, fw) {
			return errAt(fmt.Sprintf("entrypoints.frameworks[%d]", i), "unknown framework %s (known: %s)", safetext.Quote(fw), strings.Join(KnownFrameworks, ", "))
		}
	}
	for i, p := range c.Entrypoints.Ignore {
		if strings.TrimSpace(p) == "" {
			return errAt(fmt.Sprintf("entrypoints.ignore[%d]", i), "empty pattern")
		}
	}
	switch c.Instrumentation.Require {
	case RequireAny, RequireMetrics, RequireTraces, RequireBoth:
	default:
		return errAt("instrumentation.require", "unknown value %s (want any, metrics, traces or metrics+traces)", safetext.Quote(c.Instrumentation.Require))
	}
	for _, list := range []struct {
		key   string
		names []string
	}{{"instrumentation.helpers", c.Instrumentation.Helpers}, {"instrumentation.middleware", c.Instrumentation.Middleware}, {"instrumentation.servers", c.Instrumentation.Servers}} {
		for i, name := range list.names {
			if err := checkFuncName(name); err != nil {
				return errAt(fmt.Sprintf("%s[%d]", list.key, i), "%v", err)
			}
		}
	}
	for _, name := range sortedKeys(c.SLO.Objectives) {
		o := c.SLO.Objectives[name]
		key := "slo.objectives." + name
		if o.Success == 0 && o.Latency.IsZero() {
			return errAt(key, "objective %s sets neither success nor latency", safetext.Quote(name))
		}
		if !o.Latency.IsZero() && o.LatencyTarget == 0 {
			return errAt(key, "objective %s sets latency but no latency_target (the percentage of requests that must finish within it)", safetext.Quote(name))
		}
		if o.Latency.IsZero() && o.LatencyTarget != 0 {
			return errAt(key, "objective %s sets latency_target but no latency", safetext.Quote(name))
		}
	}
	for _, pat := range sortedKeys(c.SLO.Entrypoints) {
		obj := c.SLO.Entrypoints[pat]
		if _, ok := c.SLO.Objectives[obj]; !ok {
			return errAt("slo.entrypoints."+pat, "unknown objective %s (defined: %s)", safetext.Quote(obj), listOrNone(sortedKeys(c.SLO.Objectives)))
		}
	}
	for i, l := range c.Metrics.ForbiddenLabels {
		if l == "" {
			return errAt(fmt.Sprintf("metrics.forbidden_labels[%d]", i), "empty label name")
		}
	}
	if strings.ContainsAny(c.Metrics.Namespace, " .:") {
		return errAt("metrics.namespace", "namespace %s must be one word (it becomes NAMESPACE_ in Prometheus and NAMESPACE. in OpenTelemetry names)", safetext.Quote(c.Metrics.Namespace))
	}
	if !slices.Contains(KeyCases, c.Logs.KeyCase) {
		return errAt("logs.key_case", "unknown value %s (want one of %s)", safetext.Quote(c.Logs.KeyCase), strings.Join(KeyCases, ", "))
	}
	switch c.Logs.Unstructured {
	case "allow", "forbid":
	default:
		return errAt("logs.unstructured", "unknown value %s (want allow or forbid)", safetext.Quote(c.Logs.Unstructured))
	}
	for i, w := range c.Logs.Wrappers {
		if _, err := ParseWrapper(w); err != nil {
			return errAt(fmt.Sprintf("logs.wrappers[%d]", i), "%v", err)
		}
	}
	for _, name := range sortedKeys(c.Severity) {
		if _, err := checks.ParseSeverity(c.Severity[name]); err != nil {
			return errAt("severity."+name, "%v", err)
		}
	}
	if _, err := checks.ParseSeverity(c.FailOn); err != nil {
		return errAt("fail_on", "%v", err)
	}
	if err := l.validateSemconv(c, errAt); err != nil {
		return err
	}
	c.severityAt = make(map[string]position)
	for name := range c.Severity {
		c.severityAt[name] = l.keys["severity."+name]
	}
	for _, pat := range sortedKeys(c.Owners) {
		if c.Owners[pat] == "" {
			return errAt("owners."+pat, "empty team name")
		}
		if _, err := path.Match(strings.TrimSuffix(pat, "/..."), ""); err != nil {
			return errAt("owners."+pat, "%s is not a valid pattern: %v", safetext.Quote(pat), err)
		}
	}
	return nil
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// checkFuncName checks the "import/path.Func" or "import/path.Type.Method"
// form used to name helpers and middleware.
func checkFuncName(name string) error {
	slash := strings.LastIndex(name, "/")
	if !strings.Contains(name[slash+1:], ".") || strings.HasSuffix(name, ".") || strings.ContainsAny(name, " ()*") {
		return fmt.Errorf("%s is not a function name (want import/path.Func or import/path.Type.Method)", safetext.Quote(name))
	}
	return nil
}

// Wrapper is a logging function of the company's own, checked like the
// logger it wraps.
type Wrapper struct {
	Func string // import/path.Func or import/path.Type.Method
	Msg  int    // 1-based index of the message argument; 0 when there is none
	KV   int    // 1-based index of the first key/value argument
}

// ParseWrapper parses "import/path.Func:MSG:KV".
func ParseWrapper(s string) (Wrapper, error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 {
		return Wrapper{}, fmt.Errorf("%s: want import/path.Func:MSG:KV (1-based indexes of the message and the first key/value argument)", safetext.Quote(s))
	}
	if err := checkFuncName(parts[0]); err != nil {
		return Wrapper{}, err
	}
	msg, err1 := strconv.Atoi(parts[1])
	kv, err2 := strconv.Atoi(parts[2])
	if err1 != nil || err2 != nil || msg < 0 || kv < 1 || (msg > 0 && msg >= kv) {
		return Wrapper{}, fmt.Errorf("%s: MSG must be 0 or a 1-based argument index before KV, KV a 1-based index", safetext.Quote(s))
	}
	return Wrapper{Func: parts[0], Msg: msg, KV: kv}, nil
}
