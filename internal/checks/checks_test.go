package checks

import (
	"testing"
)

func catalog() Catalog {
	return NewCatalog(
		[]*Check{
			{ID: "directive", Analyzer: "ignores", Severity: Error},
			{ID: "unused-ignore", Analyzer: "ignores", Severity: Warning},
		},
		[]*Check{
			{ID: "instrumented", Analyzer: "instrumented", Severity: Warning},
		},
		[]*Check{
			{ID: "metric-help", Analyzer: "metricnames", Severity: Warning},
			{ID: "metric-unfolded", Analyzer: "metricnames", Severity: Info, OffByDefault: true},
		},
	)
}

func TestSelection(t *testing.T) {
	cat := catalog()
	s, err := cat.Select(nil, []string{"unused-ignore"})
	if err != nil {
		t.Fatal(err)
	}
	if s.Reports("unused-ignore") || !s.Reports("directive") {
		t.Error("-disable unused-ignore")
	}
	s, _ = cat.Select([]string{"ignores"}, nil)
	if !s.Reports("directive") || s.Reports("instrumented") {
		t.Error("-enable by analyzer name")
	}
	if _, err := cat.Select([]string{"nosuch"}, nil); err == nil {
		t.Error("unknown check accepted")
	}
	if !s.Reports("not-a-check") {
		t.Error("a category outside the catalog (an analysis error) is hidden")
	}

	// Off-by-default checks: only by ID or with Verbose.
	for _, enable := range [][]string{nil, {"metricnames"}, {"all"}} {
		s, _ = cat.Select(enable, nil)
		if s.Reports("metric-unfolded") {
			t.Errorf("-enable %q reports the off-by-default metric-unfolded", enable)
		}
	}
	s, _ = cat.Select([]string{"metric-unfolded"}, nil)
	if !s.Reports("metric-unfolded") || s.Reports("metric-help") {
		t.Error("-enable metric-unfolded")
	}
	s, _ = cat.Select(nil, nil)
	s.Verbose = true
	if !s.Reports("metric-unfolded") {
		t.Error("-v does not report metric-unfolded")
	}
}

func TestMatches(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{{"metric-help", true}, {"metricnames", true}, {"all", true}, {" metric-help ", true}, {"metric", false}, {"instrumented", false}} {
		if got := Matches(tc.name, "metric-help", "metricnames"); got != tc.want {
			t.Errorf("Matches(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestSeverityOf(t *testing.T) {
	cat := catalog()
	for _, tc := range []struct {
		id        string
		overrides []Override
		want      Severity
	}{
		{"directive", nil, Error},
		{"metric-unfolded", nil, Info},
		{"metric-help", []Override{{"all", Info}}, Info},
		{"metric-help", []Override{{"metric-help", Error}, {"metricnames", Info}, {"all", Info}}, Error},
		{"metric-help", []Override{{"all", Error}, {"metricnames", Info}}, Info},
		{"instrumented", []Override{{"metricnames", Error}}, Warning},
		{"no-such-check", nil, Warning},
	} {
		if got := cat.SeverityOf(tc.id, tc.overrides); got != tc.want {
			t.Errorf("SeverityOf(%s, %v) = %s, want %s", tc.id, tc.overrides, got, tc.want)
		}
	}
	if !Error.AtLeast(Warning) || !Warning.AtLeast(Warning) || Info.AtLeast(Warning) {
		t.Error("AtLeast")
	}
	if _, err := ParseSeverity("fatal"); err == nil {
		t.Error("ParseSeverity accepts fatal")
	}
}

func TestCatalogDuplicate(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a duplicate ID does not panic")
		}
	}()
	NewCatalog([]*Check{{ID: "x", Analyzer: "a"}}, []*Check{{ID: "x", Analyzer: "b"}})
}
