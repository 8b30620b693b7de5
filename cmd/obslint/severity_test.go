package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/obslint/obslint/internal/findings"
)

// TestSeverityAndWaivers runs the lint command on a module whose
// convention changes severities, with waivers that are still valid and
// one that expired, and checks the output and the exit codes of -fail-on.
func TestSeverityAndWaivers(t *testing.T) {
	bin := buildObslint(t)
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/p\n\ngo 1.24\n",
		".obslint.yml": `version: 1
severity:
  instrumented: info
  metric-help: error
`,
		"h.go": `package p

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

var Jobs = prometheus.NewCounter(prometheus.CounterOpts{Name: "jobs_total"})

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", A)
	mux.HandleFunc("/b", B)
	mux.HandleFunc("/c", C)
	return mux
}

func A(w http.ResponseWriter, r *http.Request) {}

//obslint:ignore instrumented until=2999-12-31 moved behind the gateway next quarter
func B(w http.ResponseWriter, r *http.Request) {}

//obslint:ignore instrumented until=2000-01-01 was to be moved long ago
func C(w http.ResponseWriter, r *http.Request) {}
`,
		"prometheus/prometheus.go": "",
	}
	for name, src := range files {
		if name == "prometheus/prometheus.go" {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A stub of client_golang, so that the test needs no download.
	stub := filepath.Join(dir, "stub")
	os.MkdirAll(stub, 0o755)
	os.WriteFile(filepath.Join(stub, "go.mod"), []byte("module github.com/prometheus/client_golang\n\ngo 1.24\n"), 0o644)
	os.MkdirAll(filepath.Join(stub, "prometheus"), 0o755)
	os.WriteFile(filepath.Join(stub, "prometheus", "p.go"), []byte(`package prometheus

type Opts struct{ Namespace, Subsystem, Name, Help string }
type CounterOpts Opts
type Counter interface{ Inc() }

func NewCounter(opts CounterOpts) Counter { return nil }
`), 0o644)
	f, _ := os.OpenFile(filepath.Join(dir, "go.mod"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("\nrequire github.com/prometheus/client_golang v0.0.0\n\nreplace github.com/prometheus/client_golang => ./stub\n")
	f.Close()

	run := func(args ...string) (string, int) { t.Helper(); return runIn(t, dir, bin, args...) }
	out, code := run("./...")
	for _, want := range []string{
		"h.go:9:", "error: metric jobs_total has no help text",
		"h.go:19:6: info: handler A records no request metrics",
		"h.go:25:6: info: handler C records no request metrics",
		"(the //obslint:ignore at h.go:24 expired on 2000-01-01) [instrumented]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "handler B") {
		t.Errorf("a valid waiver did not hide B:\n%s", out)
	}
	if code != 1 {
		t.Errorf("exit %d, want 1 (an error finding)", code)
	}
	for _, tc := range []struct {
		failOn string
		code   int
	}{{"error", 1}, {"warning", 1}, {"info", 1}} {
		if _, code := run("-fail-on", tc.failOn, "./..."); code != tc.code {
			t.Errorf("-fail-on %s: exit %d, want %d", tc.failOn, code, tc.code)
		}
	}
	if _, code := run("-fail-on", "error", "-disable", "metric-help", "./..."); code != 0 {
		t.Errorf("-fail-on error with only info findings: exit %d, want 0", code)
	}
	if _, code := run("-disable", "metric-help", "./..."); code != 0 {
		t.Errorf("default fail_on (warning) with only info findings: exit %d, want 0", code)
	}
	if _, code := run("-fail-on", "fatal", "./..."); code != exitUsage {
		t.Errorf("-fail-on fatal: exit %d, want %d", code, exitUsage)
	}
	os.WriteFile(filepath.Join(dir, ".obslint.yml"), []byte("version: 1\nseverity:\n  metric-helpp: info\n"), 0o644)
	if out, code := run("./..."); code != exitUsage || !strings.Contains(out, `.obslint.yml:3:3: severity.metric-helpp: unknown check "metric-helpp"; did you mean "metric-help"?`) {
		t.Errorf("unknown check in severity: exit %d\n%s", code, out)
	}
}

func TestJudgeWaivers(t *testing.T) {
	today := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)
	fs := []findings.Finding{
		{Message: "a", Waiver: &findings.Waiver{Until: "2026-11-29", File: "/x/a.go", Line: 3}},
		{Message: "b", Waiver: &findings.Waiver{Until: "2026-11-28", File: "/x/a.go", Line: 9}},
		{Message: "c"},
	}
	got := judgeWaivers(fs, today)
	if len(got) != 2 || got[0].Message != "b (the //obslint:ignore at a.go:9 expired on 2026-11-28)" || got[1].Message != "c" {
		t.Errorf("judgeWaivers: %+v", got)
	}
}
