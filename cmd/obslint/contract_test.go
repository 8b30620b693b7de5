package main

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/coverage"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files")

const contractBase = `package shop

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

var logins = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "shop_logins_total",
	Help: "Logins.",
}, []string{"method"})

var latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
	Name: "shop_request_duration_seconds",
	Help: "Request latency.",
}, []string{"route", "code"})

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/login", Login)
	return mux
}

// Login logs in.
//
//obslint:slo success=99.9 latency=250ms latency_target=99
func Login(w http.ResponseWriter, r *http.Request) {
	logins.WithLabelValues("password").Inc()
	latency.WithLabelValues("/login", "200").Observe(1)
}
`

const contractRules = `groups:
  - name: shop
    rules:
      - alert: ShopLoginsHigh
        expr: sum(rate(shop_logins_total[5m])) > 100
      - record: shop:request_duration_seconds:p99
        expr: histogram_quantile(0.99, sum by (le, route) (rate(shop_request_duration_seconds_bucket[5m])))
      - alert: ShopDown
        expr: up{job="shop"} == 0
`

// contractRepo makes a module in a temporary git repository whose first
// commit declares two metrics, an SLO and the rules that read them, with
// client_golang replaced by the stub of testdata/src (no network).
func contractRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	stub := filepath.Join(dir, "stub")
	if err := os.CopyFS(stub, os.DirFS(filepath.Join("..", "..", "testdata", "src", "github.com", "prometheus", "client_golang"))); err != nil {
		t.Fatal(err)
	}
	write := func(name, content string) {
		t.Helper()
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("stub/go.mod", "module github.com/prometheus/client_golang\n\ngo 1.24\n")
	write("go.mod", "module example.com/shop\n\ngo 1.24\n\nrequire github.com/prometheus/client_golang v1.0.0\n\nreplace github.com/prometheus/client_golang => ./stub\n")
	write("shop.go", contractBase)
	write("rules/alerts.yml", contractRules)
	// A rule file that does not parse: a warning, not a crash.
	write("rules/broken.yml", "groups:\n  - name: broken\n    rules:\n      - alert: Broken\n        expr: sum(rate(shop_logins_total[5m]) >\n")
	runIn(t, dir, "git", "init", "-q")
	runIn(t, dir, "git", "add", ".")
	runIn(t, dir, "git", "commit", "-q", "-m", "base")
	return dir
}

// TestContractDiff: a change that renames a metric, drops a label and
// changes an SLO target lists all three, with the rule lines the first
// two break; an unchanged tree shows none; the user's checkout is left
// as it was.
func TestContractDiff(t *testing.T) {
	bin := buildObslint(t)
	dir := contractRepo(t)
	run := func(args ...string) (string, int) { t.Helper(); return runIn(t, dir, bin, args...) }

	// Unchanged: no telemetry changes.
	out, code := run("report", "-format", "json", "-base", "HEAD", "./...")
	if code != 0 {
		t.Fatalf("unchanged tree: exit %d\n%s", code, out)
	}
	rep := decodeReport(t, out)
	if rep.TelemetryChanges == nil || len(rep.TelemetryChanges) != 0 {
		t.Errorf("unchanged tree: telemetry changes %+v, want an empty list", rep.TelemetryChanges)
	}
	if rep.BaseTotals == nil || rep.BaseTotals.Coverage != rep.Totals.Coverage {
		t.Errorf("unchanged tree: base totals %+v, totals %+v", rep.BaseTotals, rep.Totals)
	}
	if md, _ := run("report", "-format", "markdown", "-base", "HEAD", "./..."); strings.Contains(md, "Telemetry changes") || !strings.Contains(md, "No telemetry changes") {
		t.Errorf("unchanged tree: markdown shows telemetry changes:\n%s", md)
	}

	src := strings.NewReplacer(
		`"shop_logins_total"`, `"shop_sign_ins_total"`,
		`[]string{"route", "code"}`, `[]string{"code"}`,
		`latency.WithLabelValues("/login", "200")`, `latency.WithLabelValues("200")`,
		`success=99.9`, `success=99.5`,
	).Replace(contractBase)
	if err := os.WriteFile(filepath.Join(dir, "shop.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _ := runIn(t, dir, "git", "status", "--porcelain")
	worktrees, _ := runIn(t, dir, "git", "worktree", "list", "--porcelain")

	out, code = run("report", "-format", "json", "-base", "HEAD", "./...")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	rep = decodeReport(t, out)
	type row struct{ signal, change, name, before, after, breaks string }
	var got []row
	for _, c := range rep.TelemetryChanges {
		var lines []string
		for _, b := range c.Breaks {
			lines = append(lines, b.File+":"+strconv.Itoa(b.Line)+" "+b.Rule)
		}
		got = append(got, row{c.Signal, c.Change, c.Name, c.Before, c.After, strings.Join(lines, ", ")})
	}
	want := []row{
		{"metric", "renamed", "shop_logins_total", "shop_logins_total", "shop_sign_ins_total", "rules/alerts.yml:5 alert ShopLoginsHigh"},
		{"label", "removed", "shop_request_duration_seconds", "route", "", "rules/alerts.yml:7 record shop:request_duration_seconds:p99"},
		{"slo", "changed", "login", "login: success 99.9%, latency 250ms at 99%", "login: success 99.5%, latency 250ms at 99%", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("telemetry changes:\n%+v\nwant:\n%+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if len(rep.Warnings) != 1 || !strings.HasPrefix(rep.Warnings[0], "rules/broken.yml:5: alert Broken: the expression does not parse as PromQL") {
		t.Errorf("warnings %q, want the broken rule file", rep.Warnings)
	}

	for _, format := range []string{"markdown", "text"} {
		out, code := run("report", "-format", format, "-base", "HEAD", "./...")
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", format, code, out)
		}
		// stderr carries the warning; the goldens hold the report.
		out = strings.Join(dropPrefixed(strings.Split(out, "\n"), "obslint report: warning:"), "\n")
		fixtures.Golden(t, filepath.Join("testdata", "contract."+map[string]string{"markdown": "md", "text": "txt"}[format]), []byte(out), *updateGolden)
		if format == "markdown" {
			first := strings.Join(strings.Split(out, "\n")[:9], "\n")
			if !strings.Contains(first, "alert `ShopLoginsHigh`: metric shop\\_logins\\_total renamed to shop\\_sign\\_ins\\_total") {
				t.Errorf("the comment's first lines do not say which alert breaks and why:\n%s", first)
			}
		}
	}

	if out, code := run("report", "-base", "HEAD", "-fail-on-breaking", "./..."); code != 1 || !strings.Contains(out, "this change breaks 2 rule or dashboard expressions") {
		t.Errorf("-fail-on-breaking: exit %d, want 1\n%s", code, out)
	}
	if _, code := run("report", "-fail-on-breaking", "./..."); code != 2 {
		t.Errorf("-fail-on-breaking without -base: exit %d, want 2", code)
	}

	// Links from GitHub Actions' environment.
	cmd := exec.Command(bin, "report", "-format", "markdown", "-base", "HEAD", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GITHUB_ACTIONS=true", "GITHUB_SERVER_URL=https://github.com", "GITHUB_REPOSITORY=acme/shop", "GITHUB_SHA=0123abc")
	md, _ := cmd.Output()
	if !strings.Contains(string(md), "[rules/alerts.yml:5](https://github.com/acme/shop/blob/0123abc/rules/alerts.yml#L5)") {
		t.Errorf("no link to the rule's line with GitHub's environment:\n%s", md)
	}
	if !strings.Contains(string(md), "[shop.go:28](https://github.com/acme/shop/blob/0123abc/shop.go#L28)") {
		t.Errorf("no link to the SLO's line:\n%s", md)
	}

	// The checkout is as it was: same status, no worktree added.
	if s, _ := runIn(t, dir, "git", "status", "--porcelain"); s != status {
		t.Errorf("git status changed:\n%s\nwas:\n%s", s, status)
	}
	if w, _ := runIn(t, dir, "git", "worktree", "list", "--porcelain"); w != worktrees {
		t.Errorf("worktrees changed:\n%s", w)
	}
}

func decodeReport(t *testing.T, out string) *coverage.Report {
	t.Helper()
	i := strings.Index(out, "{")
	if i < 0 {
		t.Fatalf("no JSON:\n%s", out)
	}
	var rep coverage.Report
	if err := json.NewDecoder(strings.NewReader(out[i:])).Decode(&rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return &rep
}

func dropPrefixed(lines []string, prefix string) []string {
	var out []string
	for _, l := range lines {
		if !strings.HasPrefix(l, prefix) {
			out = append(out, l)
		}
	}
	return out
}

// TestContractDiffIgnoredEmbed: a package embeds a generated file that git
// ignores (a UI build), so it and the packages importing it do not load at
// the base revision, written out from the git objects. What they declare
// is not compared (no "added" for all of it, no rename either: a warning
// says so), coverage before is not shown, and a package that loads on both
// sides is still compared.
func TestContractDiffIgnoredEmbed(t *testing.T) {
	bin := buildObslint(t)
	dir := contractRepo(t)
	write := func(name, content string) {
		t.Helper()
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".gitignore", "/ui/build/\n")
	write("ui/ui.go", "package ui\n\nimport \"embed\"\n\n//go:embed build/*\nvar Files embed.FS\n")
	write("ui/build/index.html", "<html></html>\n")
	shop := strings.Replace(contractBase, "import (\n", "import (\n\t_ \"example.com/shop/ui\"\n", 1)
	write("shop.go", shop)
	write("store/store.go", "package store\n\nimport \"github.com/prometheus/client_golang/prometheus\"\n\nvar Reads = prometheus.NewCounter(prometheus.CounterOpts{Name: \"shop_store_reads_total\", Help: \"Reads.\"})\n")
	runIn(t, dir, "git", "add", ".")
	runIn(t, dir, "git", "commit", "-q", "-m", "ui")

	write("shop.go", strings.Replace(shop, `"shop_logins_total"`, `"shop_sign_ins_total"`, 1))
	write("store/store.go", "package store\n\nimport \"github.com/prometheus/client_golang/prometheus\"\n\nvar Reads = prometheus.NewCounter(prometheus.CounterOpts{Name: \"shop_store_reads_total\", Help: \"Reads.\"})\n\nvar Writes = prometheus.NewCounter(prometheus.CounterOpts{Name: \"shop_store_writes_total\", Help: \"Writes.\"})\n")
	out, code := runIn(t, dir, bin, "report", "-format", "json", "-base", "HEAD", "./...")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	rep := decodeReport(t, out)
	var got []string
	for _, c := range rep.TelemetryChanges {
		got = append(got, c.Signal+" "+c.Change+" "+c.Name)
	}
	if strings.Join(got, "\n") != "metric added shop_store_writes_total" {
		t.Errorf("telemetry changes:\n%s\nwant only the store's new metric", strings.Join(got, "\n"))
	}
	if rep.BaseTotals != nil {
		t.Errorf("base totals %+v, want none: the base did not load in full", rep.BaseTotals)
	}
	w := strings.Join(rep.Warnings, "\n")
	if !strings.Contains(w, "not compared in ./, ui/") || !strings.Contains(w, "coverage before the change is not shown") {
		t.Errorf("warnings:\n%s", w)
	}
}
