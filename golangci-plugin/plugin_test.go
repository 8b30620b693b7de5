package golangciplugin

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
)

var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

// root returns the analyzer whose diagnostics analysistest checks: the
// last, ignores, which Requires all the others.
func root(t *testing.T, settings any) *analysis.Analyzer {
	t.Helper()
	p, err := New(settings)
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != "typesinfo" {
		t.Errorf("load mode %q, want typesinfo", p.GetLoadMode())
	}
	return as[len(as)-1]
}

func TestCheckIDInMessage(t *testing.T) {
	analysistest.Run(t, testdata, root(t, nil), "golangciplugin/tagged")
}

func TestDisable(t *testing.T) {
	analysistest.Run(t, testdata, root(t, map[string]any{"disable": []any{"unused-ignore"}}), "golangciplugin/disabled")
	analysistest.Run(t, testdata, root(t, map[string]any{"enable": []any{"instrumented"}}), "golangciplugin/disabled")
}

func TestFilter(t *testing.T) {
	for _, tc := range []struct {
		enable, disable []string
		check           string
		want            bool
	}{
		{nil, nil, "metric-namespace", true},
		{nil, []string{"metric-namespace"}, "metric-namespace", false},
		{nil, []string{"metricnames"}, "metric-counter-total", false},
		{nil, []string{"metricnames"}, "instrumented", true},
		{[]string{"instrumented"}, nil, "instrumented", true},
		{[]string{"instrumented"}, nil, "metric-namespace", false},
		{[]string{"metricnames"}, []string{"metric-help"}, "metric-namespace", true},
	} {
		keep, err := checkFilter(tc.enable, tc.disable)
		if err != nil {
			t.Fatal(err)
		}
		if got := keep(tc.check); got != tc.want {
			t.Errorf("enable %v disable %v: keep(%s) = %v, want %v", tc.enable, tc.disable, tc.check, got, tc.want)
		}
	}
}

func TestSettings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yml")
	bad := filepath.Join(dir, "bad.yml")
	os.WriteFile(good, []byte("version: 1\nmetrics:\n  namespace: shop\n"), 0o666)
	os.WriteFile(bad, []byte("version: 1\nmetrics:\n  namespace: shop\n  max_lables: 3\n"), 0o666)

	for _, tc := range []struct {
		name      string
		settings  any
		namespace string // of the convention, when it is fixed
		finder    bool
		err       string // regexp
	}{
		{name: "none", settings: nil, finder: true},
		{name: "empty", settings: map[string]any{}, finder: true},
		{name: "only filters", settings: map[string]any{"disable": []any{"metric-help"}}, finder: true},
		{name: "config", settings: map[string]any{"config": good}, namespace: "shop"},
		{name: "inline", settings: map[string]any{"metrics": map[string]any{"namespace": "inline", "max_labels": 4}}, namespace: "inline"},
		{name: "inline extends", settings: map[string]any{"extends": []any{good}, "allow_extends_from": []any{dir}, "service": "x"}, namespace: "shop"},
		{name: "config error", settings: map[string]any{"config": bad},
			err: `^` + regexp.QuoteMeta(bad) + `:4:3: metrics\.max_lables: unknown key "max_lables"; did you mean "max_labels"\?`},
		{name: "missing config", settings: map[string]any{"config": filepath.Join(dir, "nope.yml")},
			err: `nope\.yml: cannot read convention file`},
		{name: "inline unknown key", settings: map[string]any{"metrics": map[string]any{"namespce": "x"}},
			err: `^linters\.settings\.custom\.obslint\.settings\.metrics\.namespce: unknown key "namespce"; did you mean "namespace"\?`},
		{name: "inline bad value", settings: map[string]any{"logs": map[string]any{"key_case": "upper"}},
			err: `^linters\.settings\.custom\.obslint\.settings\.logs\.key_case: `},
		{name: "both", settings: map[string]any{"config": good, "service": "x"},
			err: `config names a convention file and service are set inline; use one, or write extends: \[.*good\.yml\] inline`},
		{name: "unknown check", settings: map[string]any{"disable": []any{"metric-helpp"}},
			err: `^linters\.settings\.custom\.obslint\.settings\.disable\[0\]: unknown check "metric-helpp"; did you mean "metric-help"\?`},
		{name: "bad filter type", settings: map[string]any{"enable": "instrumented"},
			err: `^linters\.settings\.custom\.obslint\.settings: decoding settings: json: cannot unmarshal string`},
		{name: "not a mapping", settings: []any{"x"}, err: `want a mapping of settings, got \[\]interface`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := decode(tc.settings)
			if tc.err != "" {
				if err == nil || !regexp.MustCompile(tc.err).MatchString(err.Error()) {
					t.Fatalf("error %v, want match for %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			switch src := s.source.(type) {
			case *convention.Finder:
				if !tc.finder {
					t.Errorf("got a Finder, want a fixed convention")
				}
			case convention.Fixed:
				if tc.finder {
					t.Errorf("got a fixed convention, want a Finder")
				} else if src.C.Metrics.Namespace != tc.namespace {
					t.Errorf("namespace %q, want %q", src.C.Metrics.Namespace, tc.namespace)
				}
			default:
				t.Errorf("source %T", src)
			}
		})
	}
}

func TestSaltCache(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "obslint.yml")
	os.WriteFile(file, []byte("version: 1\n"), 0o666)
	for _, tc := range []struct {
		name     string
		settings map[string]any
		salted   bool
	}{
		{"config", map[string]any{"config": file}, true},
		{"inline extends", map[string]any{"extends": []any{file}, "allow_extends_from": []any{dir}}, true},
		{"inline", map[string]any{"service": "x"}, false}, // golangci-lint hashes the settings themselves
		{"finder", map[string]any{"disable": []any{"metric-help"}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(tc.settings); err != nil {
				t.Fatal(err)
			}
			_, salted := tc.settings[hashKey]
			if salted != tc.salted {
				t.Errorf("salted = %v, want %v", salted, tc.salted)
			}
			// The salted map must decode again (golangci-lint may build
			// the plugin more than once).
			if _, err := New(tc.settings); err != nil {
				t.Errorf("second New: %v", err)
			}
		})
	}
	if _, err := New(nil); err != nil {
		t.Fatal(err)
	}
}
