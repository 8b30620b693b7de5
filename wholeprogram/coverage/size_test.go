package coverage_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/gitdiff"
	"github.com/obslint/obslint/wholeprogram/contract"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
)

// TestSizeLimits generates a program with 5,000 entry points, none
// observed, all of them changed, and a change with 3,000 telemetry
// changes, and checks that the pull request comment stays under GitHub's
// 65,536-character limit with notes saying what was cut and where the
// rest is, that its lines stay readable, and that the HTML renders.
func TestSizeLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and analyses a 5,000-handler program")
	}
	const n = 5000
	gopath := t.TempDir()
	dir := filepath.Join(gopath, "src", "example.com", "big", "handlers")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("package handlers\n\nimport \"net/http\"\n\nfunc Routes() *http.ServeMux {\n\tmux := http.NewServeMux()\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "\tmux.HandleFunc(\"/r%d\", (&Service%d{}).HandleAVeryLongDescriptiveOperationName%d)\n", i, i, i)
	}
	b.WriteString("\treturn mux\n}\n\nfunc load(id int) error { return nil }\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "\ntype Service%d struct{}\n\nfunc (s *Service%d) HandleAVeryLongDescriptiveOperationName%d(w http.ResponseWriter, r *http.Request) { load(%d) }\n", i, i, i, i)
	}
	file := filepath.Join(dir, "handlers.go")
	if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	prog, err := program.Load(convention.Fixed{C: convention.Default()}, []string{"example.com/big/..."}, program.Options{
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	})
	if err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(file)
	rep, err := coverage.Compute(prog, coverage.Options{CallGraph: "static", Base: "main", Changes: gitdiff.Changes{real: gitdiff.All, file: gitdiff.All}, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Totals.EntryPoints != n || rep.Change == nil || rep.Change.Totals.EntryPoints != n {
		t.Fatalf("entry points %d, changed %v; want %d", rep.Totals.EntryPoints, rep.Change, n)
	}
	rep.BaseTotals = &coverage.Totals{Coverage: 100, SLOCoverage: 100, DepthCoverage: 100}
	for i := 0; i < 3000; i++ {
		c := contract.Change{Signal: "metric", Change: "removed", Name: fmt.Sprintf("big_metric_number_%d_total", i), Before: "counter{route,code}", Position: "handlers/metrics.go:1:1", AtBase: true, Breaks: []contract.Break{}}
		if i%10 == 0 {
			c.Breaks = []contract.Break{{File: "rules/alerts.yml", Line: i, Rule: "alert Big", Expr: strings.Repeat("sum(rate("+c.Name+"[5m])) + ", 20) + "0", Why: "selects " + c.Name}}
		}
		rep.TelemetryChanges = append(rep.TelemetryChanges, c)
	}
	contract.Sort(rep.TelemetryChanges)
	rep.Links = &coverage.Links{Base: "https://github.com/acme/big/blob/0123456789abcdef0123456789abcdef01234567/"}
	rep.FullReport = "https://github.com/acme/big/actions/runs/1"

	var md bytes.Buffer
	if err := coverage.Markdown(&md, rep); err != nil {
		t.Fatal(err)
	}
	out := md.String()
	if chars := utf8.RuneCountInString(out); chars > 65536-100 {
		t.Errorf("comment has %d characters, over GitHub's 65,536 (with room for the marker)", chars)
	}
	t.Logf("comment: %d bytes for %d entry points and %d telemetry changes", len(out), n, len(rep.TelemetryChanges))
	for _, want := range []string{
		"This change adds or modifies **5000 entry points, 0 observed**",
		"#### 5000 changed entry points not observed or without an SLO",
		"rows left out to fit a comment; [the full report](https://github.com/acme/big/actions/runs/1) has them all",
		"### Telemetry changes: 3000, 300 breaking",
		"<details><summary>Whole program: 5000 entry points, 0.0% observed, 5000 not observed",
		"<sub>obslint report",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("comment lacks %q", want)
		}
	}
	for i, line := range strings.Split(out, "\n") {
		if utf8.RuneCountInString(line) > 1200 {
			t.Errorf("line %d has %d characters: %.120s…", i+1, utf8.RuneCountInString(line), line)
		}
	}
	if !strings.Contains(out, "`handlers.Service0.HandleAVeryLongDescriptiveOperationName0`") {
		t.Error("the comment does not use short names")
	}
	var html bytes.Buffer
	if err := coverage.HTML(&html, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html.String(), "HandleAVeryLongDescriptiveOperationName4999") {
		t.Error("the HTML report lacks the last entry point")
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(p []byte) (int, error) {
	if s := string(p); strings.Contains(s, " in ") && !strings.Contains(s, "left out") && !strings.Contains(s, "records") {
		l.t.Log(strings.TrimSpace(s))
	}
	return len(p), nil
}
