package metricnames

import (
	"regexp"
	"strings"

	"github.com/obslint/obslint/internal/naming"
)

// The naming rules, as pure functions of names so that they are tested
// without type checking. Sources: the Prometheus naming guide
// (prometheus.io/docs/practices/naming), promlint's validations
// (client_golang prometheus/testutil/promlint/validations, every rule of
// which is mapped to a check in docs/checks/promlint.md), and the
// OpenTelemetry metric semantic-convention rules.

var (
	promNameRE  = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	snakeRE     = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)
	labelNameRE = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	otelNameRE  = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`)
	// camelRE is promlint's test for camelCase: a lower case letter
	// followed by an upper case one.
	camelRE = regexp.MustCompile(`[a-z][A-Z]`)
)

// toSnake writes a name in snake_case, keeping Go initialisms whole
// (requestID -> request_id).
func toSnake(s string) string { return naming.To(s, "snake") }

// units maps the unit words promlint knows to their base unit: a word
// that maps to itself is a base unit. Every SI and binary prefix of
// unitPrefixes may precede a unit (nanocelsius, picometers, mebibytes),
// which makes it a non-base unit of the same base.
var units = map[string]string{
	// Base units.
	"amperes": "amperes", "bytes": "bytes", "celsius": "celsius", "grams": "grams",
	"joules": "joules", "kelvin": "kelvin", "meters": "meters", "metres": "metres",
	"seconds": "seconds", "volts": "volts",
	// Non-base units promlint names.
	"minutes": "seconds", "hours": "seconds", "days": "seconds", "weeks": "seconds",
	"kelvins": "kelvin", "fahrenheit": "celsius", "rankine": "celsius",
	"inches": "meters", "yards": "meters", "miles": "meters",
	"bits":     "bytes",
	"calories": "joules",
	"pounds":   "grams", "ounces": "grams",
}

// unitPrefixes are the prefixes promlint recognises on a unit.
var unitPrefixes = []string{
	"pico", "nano", "micro", "milli", "centi", "deci", "deca", "hecto",
	"kilo", "kibi", "mega", "mebi", "giga", "gibi", "tera", "tebi", "peta", "pebi",
}

// extraUnits are non-base units obslint adds to promlint's table: ratios
// written as percentages, and watts with their prefixes.
var extraUnits = map[string]string{
	"percent": "ratio", "percentage": "ratio",
	"kilowatts": "watts", "megawatts": "watts", "milliwatts": "watts",
}

// words splits a snake_case name.
func words(name string) []string { return strings.Split(strings.ToLower(name), "_") }

// nonBaseUnit returns the first non-base unit word of name and its base:
// a unit of promlint's table that is not a base unit, or a base unit
// with an SI or binary prefix.
func nonBaseUnit(name string) (string, string) {
	for _, w := range words(name) {
		if base, ok := unitBase(w); ok && base != w {
			return w, base
		}
	}
	return "", ""
}

// unitBase returns the base unit of the unit word w.
func unitBase(w string) (string, bool) {
	if base, ok := units[w]; ok {
		return base, true
	}
	if base, ok := extraUnits[w]; ok {
		return base, true
	}
	for _, p := range unitPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if base, ok := units[rest]; ok {
				return base, true
			}
		}
	}
	return "", false
}

// abbreviations are promlint's abbreviated units, reported anywhere in a
// name but its first word, with the base unit to spell out.
var abbreviations = map[string]string{
	"s": "seconds", "ms": "seconds", "us": "seconds", "ns": "seconds", "sec": "seconds",
	"m": "seconds", "h": "seconds", "d": "seconds",
	"b": "bytes", "kb": "bytes", "mb": "bytes", "gb": "bytes", "tb": "bytes", "pb": "bytes",
}

// endAbbreviations are more abbreviations obslint reports where a unit
// goes, at the end of the name (before _total): elsewhere they are words
// more often than units. "min" is not one: at the end it is a minimum
// more often than minutes.
var endAbbreviations = map[string]string{
	"msec": "seconds", "msecs": "seconds", "usec": "seconds", "usecs": "seconds", "nsec": "seconds",
	"secs": "seconds", "mins": "seconds", "hr": "seconds", "hrs": "seconds",
	"kib": "bytes", "mib": "bytes", "gib": "bytes",
	"pct": "ratio", "perc": "ratio",
}

// abbreviatedUnit returns the first abbreviated unit of name and the
// unit to spell out: promlint's abbreviations anywhere after the first
// word (request_duration_ms, request_sec_duration), obslint's others at
// the end.
func abbreviatedUnit(name string) (string, string) {
	ws := words(name)
	for _, w := range ws[1:] {
		if full, ok := abbreviations[w]; ok {
			return w, full
		}
	}
	if len(ws) > 1 && ws[len(ws)-1] == "total" {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return "", ""
	}
	last := ws[len(ws)-1]
	if full, ok := endAbbreviations[last]; ok {
		return last, full
	}
	return "", ""
}

// typeWords are metric types that do not belong at the end of a name.
var typeWords = []string{"counter", "gauge", "histogram", "summary", "metric"}

// typeInName returns the type word a name holds, or "": the metric's own
// type anywhere after the first word (promlint's rule:
// instance_memory_limit_gauge_bytes), or any type word at the end
// (before _total). kind is the metric's type; untyped metrics are only
// held to the second rule.
func typeInName(name, kind string) string {
	ws := words(name)
	if kind != "" && kind != "untyped" {
		for _, w := range ws[1:] {
			if w == kind {
				return w
			}
		}
	}
	last := ws[len(ws)-1]
	if last == "total" && len(ws) > 1 {
		last = ws[len(ws)-2]
	}
	for _, t := range typeWords {
		if last == t {
			return t
		}
	}
	return ""
}

// reservedSuffix returns the suffix that Prometheus adds to histogram and
// summary series (_bucket, _count, _sum), if name ends with one.
func reservedSuffix(name string) string {
	for _, s := range []string{"_bucket", "_count", "_sum"} {
		if strings.HasSuffix(name, s) {
			return s
		}
	}
	return ""
}

// timestampNotGauge reports whether a metric of the given kind named so
// holds a timestamp (ends in _timestamp_seconds) without being a gauge:
// a timestamp goes up and down with clocks and is compared by value, so
// it is neither a counter nor something to bucket.
func timestampNotGauge(name, kind string) bool {
	n := strings.TrimSuffix(strings.ToLower(name), "_total")
	return strings.HasSuffix(n, "_timestamp_seconds") && kind != "gauge" && kind != "untyped"
}

// otelUnitWords are unit words that belong in metric.WithUnit, not in an
// OpenTelemetry instrument name.
var otelUnitWords = map[string]string{
	"seconds": "s", "second": "s", "milliseconds": "ms", "millis": "ms", "ms": "ms", "microseconds": "us",
	"nanoseconds": "ns", "bytes": "By", "byte": "By", "kilobytes": "kBy", "megabytes": "MBy",
	"percent": "%", "ratio": "1", "total": "",
}

// ucum maps common non-UCUM unit spellings to their UCUM form.
var ucum = map[string]string{
	"seconds": "s", "second": "s", "sec": "s", "secs": "s", "milliseconds": "ms", "millisecond": "ms",
	"microseconds": "us", "nanoseconds": "ns", "minutes": "min", "hours": "h",
	"bytes": "By", "byte": "By", "b": "By", "kb": "kBy", "kilobytes": "kBy", "mb": "MBy", "megabytes": "MBy",
	"percent": "%", "ratio": "1", "count": "{count}", "requests": "{request}",
}

// otelNameUnit returns a unit word in an OpenTelemetry name and its UCUM
// unit, or "".
func otelNameUnit(name string) (string, string) {
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '_' }) {
		if u, ok := otelUnitWords[part]; ok && part != "total" {
			return part, u
		}
	}
	return "", ""
}
