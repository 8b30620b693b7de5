package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// vetLog runs obslint ./... in dir with its own cache directory and a vet
// tool log, and returns the findings output and, per package kind
// ("vetxonly" for dependencies, "module" for the vetted packages), how
// many packages were analysed and replayed.
func vetLog(t *testing.T, bin, dir, cache string, args ...string) (out string, counts map[string]int) {
	t.Helper()
	log := filepath.Join(t.TempDir(), "vettool.log")
	cmd := exec.Command(bin, append(args, "./...")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "OBSLINT_CACHE="+cache, vetLogEnv+"="+log)
	b, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() > 1 {
		t.Fatalf("obslint %v: %v\n%s", args, err, ee.Stderr)
	}
	data, _ := os.ReadFile(log)
	counts = make(map[string]int)
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			continue
		}
		kind := "module"
		if strings.HasSuffix(line, "vetxonly=true") {
			kind = "vetxonly"
		}
		counts[f[0]+" "+kind]++
	}
	return string(b), counts
}

// TestConventionEditReplaysFacts edits a module's convention and checks
// that the re-run analyses the module's packages again (their findings
// depend on it) but replays every dependency's facts from obslint's
// cache (issue 18: dependencies' facts stay cached). With -config, which
// applies to dependencies too, an edit of a key facts depend on
// re-analyses them, and an edit of another key does not.
func TestConventionEditReplaysFacts(t *testing.T) {
	bin := buildObslint(t)
	dir := writeModule(t, map[string]string{
		".obslint.yml": "version: 1\nmetrics:\n  namespace: shop\n",
		"api/api.go": `package api

import (
	"log/slog"
	"net/http"
)

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	return mux
}

func List(w http.ResponseWriter, r *http.Request) { slog.Info("listing", "userID", 1) }
`,
	})
	cache := t.TempDir()
	first, c := vetLog(t, bin, dir, cache)
	if c["analyse vetxonly"] == 0 || c["analyse module"] == 0 {
		t.Fatalf("first run analysed %v; want dependencies and the module", c)
	}
	os.WriteFile(filepath.Join(dir, ".obslint.yml"), []byte("version: 1\nmetrics:\n  namespace: store\nlogs:\n  key_case: camel\n"), 0o644)
	second, c2 := vetLog(t, bin, dir, cache)
	if c2["analyse vetxonly"] != 0 || c2["replay vetxonly"] != c["analyse vetxonly"] {
		t.Errorf("after the edit: %v; want every one of the %d dependencies replayed", c2, c["analyse vetxonly"])
	}
	if c2["analyse module"] != c["analyse module"] {
		t.Errorf("after the edit the module's packages were analysed %d times, want %d", c2["analyse module"], c["analyse module"])
	}
	if !strings.Contains(first, "user_id") || strings.Contains(second, "user_id") {
		t.Errorf("the edit (logs.key_case: camel) did not change the findings:\nbefore:\n%s\nafter:\n%s", first, second)
	}

	if !*e2e {
		return // -config re-runs the standard library's analysis twice more
	}
	team := filepath.Join(t.TempDir(), "team.yml")
	os.WriteFile(team, []byte("version: 1\n"), 0o644)
	_, c3 := vetLog(t, bin, dir, cache, "-config", team)
	os.WriteFile(team, []byte("version: 1\nservice: other\nlogs:\n  key_case: camel\n"), 0o644)
	_, c4 := vetLog(t, bin, dir, cache, "-config", team)
	if c4["analyse vetxonly"] != 0 || c4["replay vetxonly"] != c3["analyse vetxonly"]+c3["replay vetxonly"] {
		t.Errorf("-config, diagnostics-only edit: %v; want every dependency replayed (%v before)", c4, c3)
	}
	os.WriteFile(team, []byte("version: 1\nentrypoints:\n  ignore: [\"*.List\"]\n"), 0o644)
	_, c5 := vetLog(t, bin, dir, cache, "-config", team)
	if c5["replay vetxonly"] != 0 {
		t.Errorf("-config, edit of entrypoints.ignore (a fact input): %v; want every dependency analysed again", c5)
	}
}
