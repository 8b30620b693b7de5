package metricnames

import (
	"io/fs"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/obslint/obslint/docs"
)

func TestToSnake(t *testing.T) {
	for in, want := range map[string]string{
		"httpRequestsTotal":  "http_requests_total",
		"HTTPRequestsTotal":  "http_requests_total",
		"requestDurationMS":  "request_duration_ms",
		"cache.hit-ratio":    "cache_hit_ratio",
		"already_snake_case": "already_snake_case",
		"userID":             "user_id",
		"eventType":          "event_type",
	} {
		if got := toSnake(in); got != want {
			t.Errorf("toSnake(%q) = %q, want %q", in, got, want)
		}
	}
}

// The tests below hold the cases of promlint's own tests
// (client_golang v1.25.0, prometheus/testutil/promlint/promlint_test.go),
// one test per promlint rule, as facts: a metric as an exposition shows
// it (name, type, label names, help) and the obslint checks it must get.
// promlint reads expositions and obslint reads code, so each case is the
// metric as code would define it. Where obslint reports more than
// promlint, the case says so in extra. docs/checks/promlint.md maps each
// rule to its check.

// metric is one metric family as promlint sees it.
type metric struct {
	name, kind string
	labels     []string
	noHelp     bool
}

// lint applies obslint's Prometheus rules (default convention) to m and
// returns the check IDs, sorted, each once.
func lint(m metric) []string {
	set := make(map[string]bool)
	for _, f := range promNameFindings(m.name, m.kind) {
		set[f.check.ID] = true
	}
	for _, l := range m.labels {
		if c, _ := labelFinding(m.name, l); c != nil {
			set[c.ID] = true
		}
	}
	if m.noHelp {
		set[Help.ID] = true
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

type promlintCase struct {
	m metric
	// want are the checks mapped from promlint's problems, extra the
	// checks obslint reports beyond them (with the reason in a comment).
	want, extra []string
}

func runPromlint(t *testing.T, cases []promlintCase) {
	t.Helper()
	for _, tc := range cases {
		want := append(append([]string(nil), tc.want...), tc.extra...)
		sort.Strings(want)
		if len(want) == 0 {
			want = []string{}
		}
		if got := lint(tc.m); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %s labels=%v: obslint reports %v, want %v", tc.m.kind, tc.m.name, tc.m.labels, got, want)
		}
	}
}

func u(name string) metric { return metric{name: name, kind: "untyped"} }

// TestPromlintHelp: LintHelp, "no help text".
func TestPromlintHelp(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "go_goroutines", kind: "gauge", noHelp: true}, want: []string{"metric-help"}}, // no HELP line
		{m: metric{name: "go_goroutines", kind: "gauge", noHelp: true}, want: []string{"metric-help"}}, // empty HELP: Help: ""
		{m: metric{name: "go_threads", kind: "gauge", noHelp: true}, want: []string{"metric-help"}},
		{m: metric{name: "go_goroutines", kind: "gauge"}},
	})
}

// TestPromlintMetricUnits: LintMetricUnits, "use base unit X instead of
// Y", with the unit and base promlint names.
func TestPromlintMetricUnits(t *testing.T) {
	for _, good := range []string{"x_amperes", "x_bytes", "x_grams", "x_celsius", "x_meters", "x_metres", "x_moles", "x_seconds", "x_joules", "x_kelvin"} {
		runPromlint(t, []promlintCase{{m: u(good)}})
	}
	for _, bad := range []struct{ name, unit, base string }{
		{"x_milliamperes", "milliamperes", "amperes"},
		{"x_gigabytes", "gigabytes", "bytes"},
		{"x_mebibytes", "mebibytes", "bytes"},
		{"x_kilograms", "kilograms", "grams"},
		{"x_nanocelsius", "nanocelsius", "celsius"},
		{"x_kilometers", "kilometers", "meters"},
		{"x_picometers", "picometers", "meters"},
		{"x_microseconds", "microseconds", "seconds"},
		{"x_minutes", "minutes", "seconds"},
		{"x_hours", "hours", "seconds"},
		{"x_days", "days", "seconds"},
		{"x_kelvins", "kelvins", "kelvin"},
		{"thermometers_fahrenheit", "fahrenheit", "celsius"},
		{"thermometers_rankine", "rankine", "celsius"},
		{"x_inches", "inches", "meters"},
		{"x_yards", "yards", "meters"},
		{"x_miles", "miles", "meters"},
		{"x_bits", "bits", "bytes"},
		{"x_calories", "calories", "joules"},
		{"x_pounds", "pounds", "grams"},
		{"x_ounces", "ounces", "grams"},
	} {
		runPromlint(t, []promlintCase{{m: u(bad.name), want: []string{"metric-base-unit"}}})
		if w, base := nonBaseUnit(bad.name); w != bad.unit || base != bad.base {
			t.Errorf("%s: nonBaseUnit = %q, %q; promlint says use base unit %q instead of %q", bad.name, w, base, bad.base, bad.unit)
		}
	}
	// Every prefix promlint knows, on every base unit.
	for _, p := range unitPrefixes {
		for unit, base := range units {
			if unit != base {
				continue
			}
			name := "x_" + p + unit
			if w, b := nonBaseUnit(name); w != p+unit || b != base {
				t.Errorf("%s: nonBaseUnit = %q, %q, want %q, %q", name, w, b, p+unit, base)
			}
		}
	}
}

// TestPromlintCounter: LintCounter, `counter metrics should have "_total"
// suffix` and `non-counter metrics should not have "_total" suffix`.
func TestPromlintCounter(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "x_bytes", kind: "counter"}, want: []string{"metric-counter-total"}},
		{m: metric{name: "x_bytes_total", kind: "gauge"}, want: []string{"metric-counter-total"}},
		{m: metric{name: "x_bytes_total", kind: "counter"}},
		{m: metric{name: "x_bytes", kind: "gauge"}},
		{m: u("x_bytes_total")},
		{m: u("x_bytes")},
	})
}

// TestPromlintHistogramSummaryReserved: LintHistogramSummaryReserved,
// the _bucket, _count and _sum suffixes and the le and quantile labels.
func TestPromlintHistogramSummaryReserved(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "x_bytes_bucket", kind: "gauge"}, want: []string{"metric-reserved-suffix"}},
		{m: metric{name: "x_bytes_count", kind: "gauge"}, want: []string{"metric-reserved-suffix"}},
		{m: metric{name: "x_bytes_sum", kind: "gauge"}, want: []string{"metric-reserved-suffix"}},
		{m: metric{name: "x_bytes", kind: "gauge", labels: []string{"le"}}, want: []string{"metric-reserved-label"}},
		{m: metric{name: "x_bytes", kind: "gauge", labels: []string{"quantile"}}, want: []string{"metric-reserved-label"}},
		{m: metric{name: "tsdb_compaction_duration", kind: "histogram", labels: []string{"quantile"}}, want: []string{"metric-reserved-label"}},
		{m: metric{name: "go_gc_duration_seconds", kind: "summary", labels: []string{"le"}}, want: []string{"metric-reserved-label"}},
		// OK: a histogram's le and a summary's quantile come from the
		// library, not from variable labels.
		{m: metric{name: "tsdb_compaction_duration", kind: "histogram"}},
		{m: metric{name: "go_gc_duration_seconds", kind: "summary"}},
		// promlint lets a histogram end in any of them and a summary in
		// _count and _sum (their series collide with nothing).
		{m: metric{name: "x_bucket", kind: "histogram"}},
		{m: metric{name: "x_count", kind: "summary"}},
		{m: metric{name: "x_bucket", kind: "summary"}, want: []string{"metric-reserved-suffix"}},
		// obslint beyond promlint: a histogram with a variable label le
		// panics in client_golang (and a summary with quantile).
		{m: metric{name: "x_seconds", kind: "histogram", labels: []string{"le"}}, extra: []string{"metric-reserved-label"}},
	})
}

// TestPromlintMetricTypeInName: LintMetricTypeInName, "metric name should
// not include type 'T'", the metric's own type anywhere in its name.
func TestPromlintMetricTypeInName(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "http_requests_counter", kind: "counter"}, want: []string{"metric-type-suffix", "metric-counter-total"}},
		{m: metric{name: "instance_memory_limit_bytes_gauge", kind: "gauge"}, want: []string{"metric-type-suffix"}},
		{m: metric{name: "request_duration_seconds_summary", kind: "summary"}, want: []string{"metric-type-suffix"}},
		{m: metric{name: "request_duration_seconds_histogram", kind: "histogram"}, want: []string{"metric-type-suffix"}},
		// obslint beyond promlint: upper case is not snake_case.
		{m: metric{name: "request_duration_seconds_HISTOGRAM", kind: "histogram"}, want: []string{"metric-type-suffix"}, extra: []string{"metric-name-case"}},
		{m: metric{name: "instance_memory_limit_gauge_bytes", kind: "gauge"}, want: []string{"metric-type-suffix"}},
		// Another type's word inside the name is not the metric's type.
		{m: metric{name: "process_counter_resets", kind: "gauge"}},
	})
	if got := typeInName("instance_memory_limit_gauge_bytes", "gauge"); got != "gauge" {
		t.Errorf("typeInName = %q, want gauge", got)
	}
}

// TestPromlintReservedChars: LintReservedChars, "metric names should not
// contain ':'".
func TestPromlintReservedChars(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "request_duration::_seconds", kind: "histogram"}, want: []string{"metric-colon"}},
	})
}

// TestPromlintCamelCase: LintCamelCase, metric and label names in
// camelCase.
func TestPromlintCamelCase(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "requestDuration_seconds", kind: "histogram"}, want: []string{"metric-name-case"}},
		{m: metric{name: "request_duration_seconds", kind: "histogram", labels: []string{"httpService"}}, want: []string{"metric-label-case"}},
	})
	for _, name := range []string{"requestDuration_seconds", "httpService"} {
		if !camelRE.MatchString(name) || snakeRE.MatchString(name) {
			t.Errorf("%s: promlint calls it camelCase, so must obslint", name)
		}
	}
}

// TestPromlintUnitAbbreviations: LintUnitAbbreviations, "metric names
// should not contain abbreviated units", anywhere after the first word.
func TestPromlintUnitAbbreviations(t *testing.T) {
	for _, name := range []string{
		"instance_memory_limit_b", "instance_memory_limit_kb", "instance_memory_limit_mb", "instance_memory_limit_gb",
		"instance_memory_limit_tb", "instance_memory_limit_pb",
		"request_duration_s", "request_duration_ms", "request_duration_us", "request_duration_ns", "request_duration_sec",
		"request_sec_duration", "request_duration_m", "request_duration_h", "request_duration_d",
	} {
		runPromlint(t, []promlintCase{{m: metric{name: name, kind: "gauge"}, want: []string{"metric-unit-abbrev"}}})
	}
	// obslint beyond promlint: upper case is not snake_case.
	runPromlint(t, []promlintCase{{m: metric{name: "instance_memory_limit_MB", kind: "gauge"}, want: []string{"metric-unit-abbrev"}, extra: []string{"metric-name-case"}}})
	// Silent: the first word (a region, not microseconds), and _min at
	// the end (a minimum).
	runPromlint(t, []promlintCase{
		{m: metric{name: "us_east_requests_total", kind: "counter"}},
		{m: metric{name: "ping_rtt_seconds_min", kind: "gauge"}},
	})
}

// TestTimestampSeconds: a _timestamp_seconds metric is a gauge. Not in
// promlint v1.25.0 (proposed in client_golang#1520, not merged); the
// cases are the PR's.
func TestTimestampSeconds(t *testing.T) {
	runPromlint(t, []promlintCase{
		{m: metric{name: "x_timestamp_seconds", kind: "gauge"}},
		{m: u("x_timestamp_seconds")},
		{m: metric{name: "x_timestamp_seconds", kind: "counter"}, want: []string{"metric-timestamp-gauge", "metric-counter-total"}},
		{m: metric{name: "x_timestamp_seconds_total", kind: "counter"}, want: []string{"metric-timestamp-gauge"}},
		{m: metric{name: "x_timestamp_seconds", kind: "histogram"}, want: []string{"metric-timestamp-gauge"}},
		{m: metric{name: "x_timestamp_seconds", kind: "summary"}, want: []string{"metric-timestamp-gauge"}},
	})
}

// TestPromlintRulesMapped: every promlint rule has a row in
// docs/checks/promlint.md naming its check.
func TestPromlintRulesMapped(t *testing.T) {
	doc := readDoc(t, "promlint.md")
	for _, rule := range []string{"LintHelp", "LintMetricUnits", "LintCounter", "LintHistogramSummaryReserved", "LintMetricTypeInName", "LintReservedChars", "LintCamelCase", "LintUnitAbbreviations", "LintDuplicateMetric"} {
		if !strings.Contains(doc, "`"+rule+"`") {
			t.Errorf("docs/checks/promlint.md does not map promlint's %s", rule)
		}
	}
	for _, id := range []string{"metric-help", "metric-base-unit", "metric-counter-total", "metric-reserved-suffix", "metric-reserved-label", "metric-type-suffix", "metric-colon", "metric-name-case", "metric-label-case", "metric-unit-abbrev", "metric-series-unique", "metric-timestamp-gauge"} {
		if !strings.Contains(doc, "["+id+"]") {
			t.Errorf("docs/checks/promlint.md does not link %s", id)
		}
	}
}

func readDoc(t *testing.T, name string) string {
	t.Helper()
	b, err := fs.ReadFile(docs.Checks, "checks/"+name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
