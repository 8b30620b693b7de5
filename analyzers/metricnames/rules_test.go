package metricnames

import "testing"

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

// TestPromlintCases holds names from the problems promlint
// (client_golang/prometheus/testutil/promlint) reports, with the verdict
// obslint gives: the same names are flagged, and under which rule.
func TestPromlintCases(t *testing.T) {
	for _, tc := range []struct {
		name     string
		nonBase  bool
		abbrev   bool
		typeWord string
		reserved string
	}{
		{name: "foo_milliseconds", nonBase: true},        // promlint: use base unit "seconds" instead of "milliseconds"
		{name: "foo_kilobytes_total", nonBase: true},     // promlint: use base unit "bytes" instead of "kilobytes"
		{name: "foo_minutes", nonBase: true},             // promlint: use base unit "seconds" instead of "minutes"
		{name: "foo_ms", abbrev: true},                   // promlint: metric names should not contain abbreviated units
		{name: "foo_latency_sec", abbrev: true},          // promlint: metric names should not contain abbreviated units
		{name: "foo_gauge", typeWord: "gauge"},           // promlint: metric name should not include type 'gauge'
		{name: "foo_counter_total", typeWord: "counter"}, // promlint: metric name should not include type 'counter'
		{name: "foo_bucket", reserved: "_bucket"},        // promlint: non-histogram metrics should not have "_bucket" suffix
		{name: "foo_count", reserved: "_count"},          // promlint: non-histogram and non-summary metrics should not have "_count" suffix
		{name: "foo_sum", reserved: "_sum"},              // promlint: non-histogram and non-summary metrics should not have "_sum" suffix
		{name: "foo_seconds"},
		{name: "foo_bytes_total"},
		{name: "us_east_requests_total"}, // a region, not microseconds
	} {
		if w, _ := nonBaseUnit(tc.name); (w != "") != tc.nonBase {
			t.Errorf("%s: nonBaseUnit = %q, want flagged=%v", tc.name, w, tc.nonBase)
		}
		if w, _ := abbreviatedUnit(tc.name); (w != "") != tc.abbrev {
			t.Errorf("%s: abbreviatedUnit = %q, want flagged=%v", tc.name, w, tc.abbrev)
		}
		if got := typeSuffix(tc.name); got != tc.typeWord {
			t.Errorf("%s: typeSuffix = %q, want %q", tc.name, got, tc.typeWord)
		}
		if got := reservedSuffix(tc.name); got != tc.reserved {
			t.Errorf("%s: reservedSuffix = %q, want %q", tc.name, got, tc.reserved)
		}
	}
}
