package metricnames

import (
	"regexp"
	"strings"

	"github.com/obslint/obslint/internal/naming"
)

// The naming rules, as pure functions of names so that they are tested
// without type checking. Sources: the Prometheus naming guide
// (prometheus.io/docs/practices/naming), promlint's problems, and the
// OpenTelemetry metric semantic-convention rules.

var (
	promNameRE  = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*$`)
	snakeRE     = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)
	labelNameRE = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	otelNameRE  = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$`)
)

// toSnake writes a name in snake_case, keeping Go initialisms whole
// (requestID -> request_id).
func toSnake(s string) string { return naming.To(s, "snake") }

// nonBaseUnits maps unit words in names to the base unit to use instead.
var nonBaseUnits = map[string]string{
	"milliseconds": "seconds", "microseconds": "seconds", "nanoseconds": "seconds",
	"minutes": "seconds", "hours": "seconds", "days": "seconds", "weeks": "seconds",
	"kilobytes": "bytes", "megabytes": "bytes", "gigabytes": "bytes", "terabytes": "bytes",
	"kibibytes": "bytes", "mebibytes": "bytes", "gibibytes": "bytes",
	"bits": "bytes", "kilobits": "bytes", "megabits": "bytes",
	"millimeters": "meters", "centimeters": "meters", "kilometers": "meters",
	"milligrams": "grams", "kilograms": "grams",
	"percent": "ratio", "percentage": "ratio",
	"fahrenheit": "celsius", "millivolts": "volts", "milliamperes": "amperes",
	"kilowatts": "watts", "kilojoules": "joules",
}

// abbreviations maps abbreviated units to the base unit to spell out.
var abbreviations = map[string]string{
	"ms": "seconds", "msec": "seconds", "msecs": "seconds", "us": "seconds", "usec": "seconds", "ns": "seconds",
	"sec": "seconds", "secs": "seconds", "s": "seconds", "min": "seconds", "mins": "seconds", "hr": "seconds", "hrs": "seconds",
	"kb": "bytes", "mb": "bytes", "gb": "bytes", "tb": "bytes", "kib": "bytes", "mib": "bytes", "gib": "bytes", "b": "bytes",
	"pct": "ratio", "perc": "ratio",
}

// typeWords are metric types that do not belong in a name.
var typeWords = []string{"counter", "gauge", "histogram", "summary", "metric"}

// words splits a snake_case name.
func words(name string) []string { return strings.Split(strings.ToLower(name), "_") }

// nonBaseUnit returns the first non-base unit word of name and its base.
func nonBaseUnit(name string) (string, string) {
	for _, w := range words(name) {
		if base, ok := nonBaseUnits[w]; ok {
			return w, base
		}
	}
	return "", ""
}

// abbreviatedUnit returns the abbreviated unit a name ends with (before
// _total), where units go; elsewhere "us" or "ns" are regions and
// namespaces more often than units.
func abbreviatedUnit(name string) (string, string) {
	ws := words(name)
	if len(ws) > 1 && ws[len(ws)-1] == "total" {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return "", ""
	}
	last := ws[len(ws)-1]
	if full, ok := abbreviations[last]; ok {
		return last, full
	}
	return "", ""
}

// typeSuffix returns the type word a name ends with, or "".
func typeSuffix(name string) string {
	ws := words(name)
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
