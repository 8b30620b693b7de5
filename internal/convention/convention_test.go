package convention

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writeFiles creates files (name -> content) in a temporary directory and
// returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const full = `version: 1
service: checkout
entrypoints:
  frameworks: [nethttp, gin]
  exported_only: false
  ignore: ["*.Healthz"]
instrumentation:
  require: metrics+traces
  helpers: ["example.com/platform/obs.Track"]
  middleware: ["example.com/platform/obs.Wrap"]
slo:
  required: true
  objectives:
    api: {success: 99.9, latency: 250ms, latency_target: 99}
    batch: {success: "99%"}
  entrypoints:
    "example.com/shop/admin.*": batch
  window: 28d
metrics:
  namespace: checkout
  forbidden_labels: [user_id, email]
  max_labels: 6
  require_help: false
logs:
  key_case: camel
  canonical_keys: {err: error, userID: user_id}
  forbidden_keys: [password]
  static_message: true
  context_variants: true
  unstructured: forbid
  wrappers: ["example.com/platform/log.Infow:1:2"]
  kv_only: true
  no_global: all
  context: scope
  message_style: lowercased
  allowed_keys: [order_id, error]
  args_on_separate_lines: true
spans:
  broken_trace: false
  record_error: true
  start_helpers: ["example.com/platform/tracing.Start"]
  end_helpers: ["example.com/platform/tracing.Finish"]
  name_style: dot
owners:
  "example.com/shop/payments/...": payments
  "example.com/shop/...": shop
`

func TestLoadFull(t *testing.T) {
	dir := writeFiles(t, map[string]string{".obslint.yml": full})
	c, err := Load(filepath.Join(dir, ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Service != "checkout" || c.ExportedOnly() || !c.FrameworkEnabled("gin") || c.FrameworkEnabled("echo") {
		t.Errorf("entrypoints/service not loaded: %+v", c)
	}
	if c.Instrumentation.Require != RequireBoth || len(c.Instrumentation.Helpers) != 1 {
		t.Errorf("instrumentation: %+v", c.Instrumentation)
	}
	api := c.SLO.Objectives["api"]
	if api.Success != 99.9 || api.Latency.D != 250*time.Millisecond || api.LatencyTarget != 99 {
		t.Errorf("objective api: %+v", api)
	}
	if c.SLO.Objectives["batch"].Success != 99 {
		t.Errorf("percent with %% sign: %+v", c.SLO.Objectives["batch"])
	}
	if c.SLO.Window.D != 28*Day {
		t.Errorf("window = %v", c.SLO.Window)
	}
	if c.Metrics.RequireHelp || c.Metrics.MaxLabels != 6 || c.Metrics.Namespace != "checkout" {
		t.Errorf("metrics: %+v", c.Metrics)
	}
	if c.Logs.KeyCase != "camel" || c.Logs.CanonicalKeys["err"] != "error" || c.Logs.Unstructured != "forbid" {
		t.Errorf("logs: %+v", c.Logs)
	}
	if SpanCheck(c.Spans.BrokenTrace) || !SpanCheck(c.Spans.NotEnded) || !c.Spans.RecordError || c.Spans.NameStyle != "dot" ||
		len(c.Spans.StartHelpers) != 1 || len(c.Spans.EndHelpers) != 1 {
		t.Errorf("spans: %+v", c.Spans)
	}
	if !c.Logs.KVOnly || c.Logs.AttrOnly || c.Logs.NoGlobal != "all" || c.Logs.ContextMode() != "scope" || c.Logs.MessageStyle != "lowercased" || len(c.Logs.AllowedKeys) != 2 || !c.Logs.ArgsOnSeparateLines {
		t.Errorf("logs, sloglint's options: %+v", c.Logs)
	}
	if got := c.Owner("example.com/shop/payments/card"); got != "payments" {
		t.Errorf("Owner(payments/card) = %q, want payments (longest pattern)", got)
	}
	if got := c.Owner("example.com/shop/cart"); got != "shop" {
		t.Errorf("Owner(cart) = %q", got)
	}
	if got := c.SLOFor("example.com/shop/admin.Users"); got != "batch" {
		t.Errorf("SLOFor = %q", got)
	}
	if !c.Ignored("example.com/shop/api.Server.Healthz") || c.Ignored("example.com/shop/api.ListOrders") {
		t.Errorf("Ignored wrong")
	}
}

func TestDefaults(t *testing.T) {
	c := Default()
	if !c.ExportedOnly() || c.Instrumentation.Require != RequireAny || !c.Metrics.RequireHelp || c.Logs.KeyCase != "snake" ||
		!SpanCheck(c.Spans.NotEnded) || c.Spans.RecordError || c.Spans.NameStyle != "" {
		t.Errorf("defaults: %+v", c)
	}
	for _, fw := range KnownFrameworks {
		if !c.FrameworkEnabled(fw) {
			t.Errorf("default does not enable %s", fw)
		}
	}
	// An empty file is the defaults.
	dir := writeFiles(t, map[string]string{".obslint.yml": "# nothing yet\n"})
	got, err := Load(filepath.Join(dir, ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if got.Logs.KeyCase != "snake" || got.Version != 1 {
		t.Errorf("empty file: %+v", got)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"unknown top key", "version: 1\nmetric:\n  namespace: x\n", `.obslint.yml:2:1: metric: unknown key "metric"; did you mean "metrics"?`},
		{"unknown nested key", "metrics:\n  max_lables: 3\n", `.obslint.yml:2:3: metrics.max_lables: unknown key "max_lables"; did you mean "max_labels"?`},
		{"wrong type int", "metrics:\n  max_labels: many\n", `.obslint.yml:2:15: metrics.max_labels: want a whole number, got the value "many"`},
		{"wrong type bool", "slo:\n  required: yes please\n", `.obslint.yml:2:13: slo.required: want true or false`},
		{"list expected", "metrics:\n  forbidden_labels: user_id\n", `.obslint.yml:2:21: metrics.forbidden_labels: want a list, got the value "user_id"`},
		{"bad duration", "slo:\n  objectives:\n    api: {success: 99, latency: 250, latency_target: 99}\n", `.obslint.yml:3:33: slo.objectives.api.latency: "250" is not a duration: missing unit`},
		{"bad unit", "slo:\n  window: 30days\n", `.obslint.yml:2:11: slo.window: "30days" is not a duration: unknown unit "days"`},
		{"percent over 100", "slo:\n  objectives:\n    api: {success: 120}\n", `.obslint.yml:3:20: slo.objectives.api.success: 120 is not a percentage in (0,100)`},
		{"percent 100", "slo:\n  objectives:\n    api: {success: 100}\n", `slo.objectives.api.success: 100 is not a percentage in (0,100)`},
		{"latency without target", "slo:\n  objectives:\n    api: {latency: 1s}\n", `.obslint.yml:3:10: slo.objectives.api: objective "api" sets latency but no latency_target`},
		{"unknown objective", "slo:\n  entrypoints:\n    \"x/y.*\": api\n", `.obslint.yml:3:14: slo.entrypoints.x/y.*: unknown objective "api" (defined: none)`},
		{"enum", "instrumentation:\n  require: logs\n", `.obslint.yml:2:12: instrumentation.require: unknown value "logs" (want any, metrics, traces or metrics+traces)`},
		{"framework", "entrypoints:\n  frameworks: [http]\n", `.obslint.yml:2:16: entrypoints.frameworks[0]: unknown framework "http"`},
		{"key case", "logs:\n  key_case: screaming\n", `logs.key_case: unknown value "screaming"`},
		{"no_global", "logs:\n  no_global: yes\n", `.obslint.yml:2:14: logs.no_global: unknown value "yes" (want one of default, all)`},
		{"context", "logs:\n  context: handlers\n", `.obslint.yml:2:12: logs.context: unknown value "handlers" (want one of entrypoints, scope, all)`},
		{"message_style", "logs:\n  message_style: upper\n", `logs.message_style: unknown value "upper" (want one of lowercased, capitalized)`},
		{"kv and attr only", "logs:\n  kv_only: true\n  attr_only: true\n", `.obslint.yml:3:14: logs.attr_only: kv_only and attr_only cannot both be set`},
		{"allowed key", "logs:\n  allowed_keys: [\"\"]\n", `logs.allowed_keys[0]: empty key`},
		{"helper name", "instrumentation:\n  helpers: [Track]\n", `instrumentation.helpers[0]: "Track" is not a function name`},
		{"wrapper", "logs:\n  wrappers: [\"x/log.Info:2:1\"]\n", `logs.wrappers[0]: "x/log.Info:2:1": MSG must be`},
		{"span helper", "spans:\n  start_helpers: [\"tracing.Start()\"]\n", `spans.start_helpers[0]: "tracing.Start()" is not a function name`},
		{"span switch", "spans:\n  not_ended: sometimes\n", `.obslint.yml:2:14: spans.not_ended: want true or false`},
		{"span key", "spans:\n  record_errors: true\n", `spans.record_errors: unknown key "record_errors"; did you mean "record_error"?`},
		{"span name style", "spans:\n  name_style: title\n", `spans.name_style: unknown value "title"`},
		{"span name style detect", "spans:\n  name_style: detect\n", `spans.name_style: unknown value "detect"`},
		{"version", "version: 2\n", `.obslint.yml:1:10: version: unsupported version 2`},
		{"not a mapping", "- a\n- b\n", `.obslint.yml:1:1: a convention file is a YAML mapping`},
		{"syntax", "service: a\nversion: 1\n x: y\n", `.obslint.yml:3:3: invalid YAML: mapping values are not allowed in this context`},
		{"tab", "service: a\n\tversion: 1\n", `.obslint.yml:2:1: invalid YAML: found a tab character`},
		{"duplicate key", "service: a\nservice: b\n", `.obslint.yml:2:1: service: `},
		{"namespace", "metrics:\n  namespace: my.app\n", `metrics.namespace: namespace "my.app" must be one word`},
		{"negative", "metrics:\n  max_labels: -1\n", `metrics.max_labels: must not be negative`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{".obslint.yml": tc.yaml})
			_, err := Load(filepath.Join(dir, ".obslint.yml"))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T is not a *convention.Error: %v", err, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error\n  %s\ndoes not contain\n  %s", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), dir) {
				t.Errorf("error does not start with the file name: %s", err)
			}
		})
	}
}

func TestExtends(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		".git/HEAD":            "ref: refs/heads/main\n", // the repository extends reads in
		"platform/obslint.yml": "version: 1\nmetrics:\n  namespace: acme\n  forbidden_labels: [user_id, email]\nlogs:\n  canonical_keys: {err: error}\n",
		"svc/.obslint.yml":     "extends: [../platform/obslint.yml]\nservice: svc\nmetrics:\n  forbidden_labels: [trace_id]\nlogs:\n  canonical_keys: {uid: user_id}\n",
	})
	c, err := Load(filepath.Join(dir, "svc", ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Metrics.Namespace != "acme" || c.Service != "svc" {
		t.Errorf("merge: namespace %q service %q", c.Metrics.Namespace, c.Service)
	}
	if strings.Join(c.Metrics.ForbiddenLabels, ",") != "trace_id" {
		t.Errorf("lists must replace: %v", c.Metrics.ForbiddenLabels)
	}
	if c.Logs.CanonicalKeys["err"] != "error" || c.Logs.CanonicalKeys["uid"] != "user_id" {
		t.Errorf("maps must merge: %v", c.Logs.CanonicalKeys)
	}
	if len(c.Files) != 2 || !strings.HasSuffix(c.Files[0], "platform/obslint.yml") {
		t.Errorf("Files = %v", c.Files)
	}
}

func TestExtendsErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.yml":       "extends: [b.yml]\n",
		"b.yml":       "extends: [a.yml]\n",
		"missing.yml": "version: 1\nextends: [nope.yml]\n",
		"badbase.yml": "extends: [base.yml]\n",
		"base.yml":    "logs:\n  key_cse: snake\n",
	})
	for name, want := range map[string]string{
		"a.yml":       "extends: extends cycle: ",
		"missing.yml": `missing.yml:2:11: extends[0]: cannot read "nope.yml": no such file or directory`,
		"badbase.yml": `base.yml:2:3: logs.key_cse: unknown key`,
	} {
		_, err := Load(filepath.Join(dir, name))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Load(%s) = %v, want error containing %q", name, err, want)
		}
	}
}

func TestFinder(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"go.mod":                 "module example.com/m\n",
		".obslint.yml":           "service: root\n",
		"svc/.obslint.yaml":      "service: svc\n",
		"svc/api/x.go":           "package api\n",
		"other/x.go":             "package other\n",
		"nested/go.mod":          "module example.com/nested\n",
		"nested/pkg/x.go":        "package pkg\n",
		"../outside.obslint.yml": "",
	})
	f := NewFinder()
	for sub, want := range map[string]string{
		"svc/api": "svc",
		"other":   "root",
		".":       "root",
	} {
		c, err := f.For(filepath.Join(dir, sub))
		if err != nil {
			t.Fatal(err)
		}
		if c.Service != want {
			t.Errorf("For(%s).Service = %q, want %q", sub, c.Service, want)
		}
	}
	// A nested module does not inherit its parent module's convention.
	if file := f.File(filepath.Join(dir, "nested", "pkg")); file != "" {
		t.Errorf("nested module found %s", file)
	}
}

func TestMatchFunc(t *testing.T) {
	for _, tc := range []struct {
		pattern, name string
		want          bool
	}{
		{"*.Healthz", "example.com/svc/api.Healthz", true},
		{"*.Healthz", "example.com/svc/api.Server.Healthz", true},
		{"*.Healthz", "example.com/svc/api.HealthzV2", false},
		{"Healthz", "example.com/svc/api.Server.Healthz", true},
		{"example.com/svc/internal/debug.*", "example.com/svc/internal/debug.Pprof", true},
		{"example.com/svc/internal/debug.*", "example.com/svc/internal/debug.Srv.Pprof", true},
		{"example.com/svc/internal/debug.*", "example.com/svc/internal/debugx.Pprof", false},
		{"example.com/svc/...", "example.com/svc/a/b.F", true},
		{"example.com/svc/api.Store.*", "example.com/svc/api.Store.ServeHTTP", true},
		{"example.com/svc/api.Store.*", "example.com/svc/api.Other.ServeHTTP", false},
		{"example.com/svc/*.ListOrders", "example.com/svc/api.ListOrders", true},
		{"example.com/svc/*.ListOrders", "example.com/svc/a/api.ListOrders", false},
	} {
		if got := MatchFunc(tc.pattern, tc.name); got != tc.want {
			t.Errorf("MatchFunc(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"250ms": 250 * time.Millisecond, "1.5s": 1500 * time.Millisecond, "30d": 30 * Day,
		"1h30m": 90 * time.Minute, "2w": 2 * Week,
	} {
		got, err := ParseDuration(in)
		if err != nil || got != want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "250", "ms", "1y", "1.2.3s", "-1s"} {
		if _, err := ParseDuration(bad); err == nil {
			t.Errorf("ParseDuration(%q) succeeded", bad)
		}
	}
	for d, want := range map[time.Duration]string{30 * Day: "30d", 2 * Week: "2w", 250 * time.Millisecond: "250ms", 90 * time.Minute: "90m"} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestHashChangesWithContent(t *testing.T) {
	dir := writeFiles(t, map[string]string{".obslint.yml": "service: a\n"})
	p := filepath.Join(dir, ".obslint.yml")
	c1, _ := Load(p)
	h1 := c1.Hash()
	os.WriteFile(p, []byte("service: b\n"), 0o644)
	c2, _ := Load(p)
	if h1 == c2.Hash() {
		t.Error("hash did not change with the file's content")
	}
	if Default().Hash() != "default" {
		t.Error("defaults hash")
	}
}
