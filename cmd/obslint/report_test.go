package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/wholeprogram/coverage"
)

// TestReportGateAndBase runs obslint report on a module in a temporary git
// repository: -min-coverage sets the exit code, -base reports the share of
// the change (a new, unobserved handler).
func TestReportGateAndBase(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	bin := buildObslint(t)
	dir := t.TempDir()
	run := func(name string, args ...string) (string, int) { t.Helper(); return runIn(t, dir, name, args...) }
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/shop\n\ngo 1.24\n"), 0o644)
	src := `package shop

import (
	"context"
	"net/http"
)

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	return mux
}

// List is instrumented by Autometrics.
//
//autometrics:inst
func List(w http.ResponseWriter, r *http.Request) {
	load(r.Context())
}

func load(ctx context.Context) {}
`
	os.WriteFile(filepath.Join(dir, "shop.go"), []byte(src), 0o644)
	run("git", "init", "-q")
	run("git", "add", ".")
	run("git", "commit", "-q", "-m", "base")

	// A new handler, registered, observing nothing.
	src = strings.Replace(src, `mux.HandleFunc("/list", List)`, "mux.HandleFunc(\"/list\", List)\n\tmux.HandleFunc(\"/new\", New)", 1)
	src += "\nfunc New(w http.ResponseWriter, r *http.Request) { load(r.Context()) }\n"
	os.WriteFile(filepath.Join(dir, "shop.go"), []byte(src), 0o644)

	out, code := run(bin, "report", "-format", "json", "-base", "HEAD", "./...")
	if code != 0 {
		t.Fatalf("report: exit %d\n%s", code, out)
	}
	var rep coverage.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Totals.EntryPoints != 2 {
		t.Errorf("entry points %d, want 2 (List, New):\n%s", rep.Totals.EntryPoints, out)
	}
	if rep.Change == nil || rep.Change.Totals.EntryPoints != 1 || rep.Change.Totals.Observed != 0 || len(rep.Change.EntryPoints) != 1 || rep.Change.EntryPoints[0] != "example.com/shop.New" {
		t.Errorf("change share: %+v, want New only, unobserved", rep.Change)
	}
	md, _ := run(bin, "report", "-format", "markdown", "-base", "HEAD", "./...")
	if !strings.Contains(md, "This change adds or modifies **1 entry point, 0 observed**") {
		t.Errorf("markdown lacks the change's share:\n%s", md)
	}

	if rep.Totals.Coverage != 50 {
		t.Errorf("coverage %v, want 50 (List observed, New not)", rep.Totals.Coverage)
	}
	if out, code := run(bin, "report", "-min-coverage", "90", "./..."); code != 1 || !strings.Contains(out, "below -min-coverage 90%") {
		t.Errorf("-min-coverage 90: exit %d, want 1 and a message\n%s", code, out)
	}
	if out, code := run(bin, "report", "-min-coverage", "50", "./..."); code != 0 {
		t.Errorf("-min-coverage 50 with coverage 50: exit %d, want 0\n%s", code, out)
	}
	if _, code := run(bin, "report", "-callgraph", "magic", "./..."); code != 2 {
		t.Errorf("unknown -callgraph: exit %d, want 2", code)
	}
	if _, code := run(bin, "report", "-base", "nope", "./..."); code != 2 {
		t.Errorf("bad -base: exit %d, want 2", code)
	}
}

// TestReportLoadErrors: packages that do not type-check are reported on
// stderr with exit 3, and the rest of the program is still reported.
func TestReportLoadErrors(t *testing.T) {
	bin := buildObslint(t)
	dir := filepath.Join("..", "..", "testdata", "mod", "loaderror")
	for _, args := range [][]string{
		{"report", "-format", "json", "./..."},
		{"slo", "export", "./..."},
	} {
		out, code := runIn(t, dir, bin, args...)
		if code != 3 || !strings.Contains(out, "broken/broken.go:4:28") {
			t.Errorf("obslint %v: exit %d, want 3 and the type error:\n%s", args, code, out)
		}
		if strings.Contains(out, "panic") {
			t.Errorf("obslint %v panicked:\n%s", args, out)
		}
	}
	if out, code := runIn(t, filepath.Join("..", "..", "testdata", "mod", "badconfig"), bin, "report", "./..."); code != 2 || !strings.Contains(out, ".obslint.yml:") {
		t.Errorf("report with a broken convention: exit %d, want 2 naming the file:\n%s", code, out)
	}
}
