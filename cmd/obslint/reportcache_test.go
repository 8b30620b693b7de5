package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/wholeprogram/coverage"
)

// reportRun runs "obslint report -v" in dir with the given cache
// directory ("off": none) and extra environment, and returns its output
// and whether it was replayed from the cache.
func runCachedReport(t *testing.T, bin, dir, cache string, env []string, args ...string) (string, bool) {
	t.Helper()
	cmd := exec.Command(bin, append(append([]string{"report", "-v"}, args...), "./...")...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "OBSLINT_CACHE="+cache), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() > 1 {
			t.Fatalf("obslint report %v: %v\n%s", args, err, stderr.String())
		}
	}
	return stdout.String(), strings.Contains(stderr.String(), "replayed from the cache")
}

const reportCacheAPI = `package api

import (
	"log/slog"
	"net/http"

	"example.com/fixme/store"
)

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	mux.HandleFunc("/get", Get)
	return mux
}

func List(w http.ResponseWriter, r *http.Request) { slog.Info("listing"); store.Load() }

func Get(w http.ResponseWriter, r *http.Request) { store.Load() }
`

// TestReportCache checks the warm report cache (issue 18): a second run
// over unchanged code replays the report, in every format byte for byte
// what an uncached run prints, and an edit to anything the report depends
// on — a source file, a new file, go.mod, go.sum, the convention, a flag,
// the go command's environment — is a miss whose output is again what an
// uncached run prints (never a stale report). Undoing an edit hits again:
// entries are named by content.
func TestReportCache(t *testing.T) {
	bin := buildObslint(t)
	dir := writeModule(t, map[string]string{
		".obslint.yml":   "version: 1\nmetrics:\n  namespace: shop\n",
		"api/api.go":     reportCacheAPI,
		"store/store.go": "package store\n\nfunc Load() int { return 1 }\n",
		"main.go":        "package main\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/fixme/api\"\n)\n\nfunc main() { http.ListenAndServe(\":8080\", api.Routes()) }\n",
	})
	cache := t.TempDir()

	// run runs the report with the cache and wants a hit or a miss; with
	// uncached set it also wants the bytes an uncached run prints.
	run := func(what string, wantHit, uncached bool, env []string, args ...string) string {
		t.Helper()
		got, hit := runCachedReport(t, bin, dir, cache, env, args...)
		if hit != wantHit {
			t.Errorf("%s: replayed=%v, want %v", what, hit, wantHit)
		}
		if uncached {
			if want, _ := runCachedReport(t, bin, dir, "off", env, args...); got != want {
				t.Errorf("%s: the cached run printed\n%s\nan uncached run\n%s", what, got, want)
			}
		}
		return got
	}

	first := run("first run", false, true, nil)
	if !strings.Contains(first, "api.List") {
		t.Fatalf("the report does not name the entry points:\n%s", first)
	}
	if second := run("second run", true, false, nil); second != first {
		t.Errorf("the replayed report differs:\n%s\nfirst:\n%s", second, first)
	}
	// The cache holds the report, not a rendering: every format replays,
	// byte for byte what an uncached run prints.
	for _, f := range coverage.FormatNames() {
		run("-format "+f, true, true, nil, "-format", f)
	}

	edit := func(name, content string) (undo func()) {
		t.Helper()
		p := filepath.Join(dir, name)
		old, err := os.ReadFile(p)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err != nil {
			return func() { os.Remove(p) }
		}
		return func() { os.WriteFile(p, old, 0o644) }
	}

	// An edit that changes the report: a third handler.
	undo := edit("api/api.go", strings.Replace(reportCacheAPI, `mux.HandleFunc("/get", Get)`, `mux.HandleFunc("/get", Get)
	mux.HandleFunc("/put", Get)`, 1))
	if edited := run("a handler added", false, true, nil); edited == first {
		t.Errorf("adding a handler did not change the report:\n%s", edited)
	}
	undo()
	if restored := run("the handler removed again", true, false, nil); restored != first {
		t.Errorf("after undoing the edit, the replayed report differs:\n%s\nfirst:\n%s", restored, first)
	}

	// Edits of anything else the report reads miss, even when the report
	// stays the same.
	type change struct{ what, file, content string }
	changes := []change{
		{"a comment in a dependency", "store/store.go", "package store\n\n// Load loads.\nfunc Load() int { return 1 }\n"},
		{"go.mod", "go.mod", "module example.com/fixme\n\ngo 1.25\n"},
		{"the convention", ".obslint.yml", "version: 1\nmetrics:\n  namespace: store\n"},
	}
	if *e2e {
		changes = append(changes,
			change{"a new file", "api/more.go", "package api\n"},
			change{"go.sum", "go.sum", "\n"},
			change{"a nested convention", "store/.obslint.yml", "version: 1\n"},
			change{"a workspace", "go.work", "go 1.25\n\nuse .\n"},
		)
	}
	for _, c := range changes {
		undo := edit(c.file, c.content)
		run(c.what+" edited", false, c.what == "the convention", nil)
		undo()
	}
	// Test files are read only with -tests.
	undo = edit("api/api_test.go", "package api\n")
	run("a test file added", true, false, nil)
	undo()

	type setting struct {
		what string
		env  []string
		args []string
	}
	settings := []setting{
		{"-callgraph", nil, []string{"-callgraph", "cha"}},
		{"GOFLAGS", []string{"GOFLAGS=-tags=extra"}, nil},
	}
	if *e2e {
		settings = append(settings,
			setting{"-tests", nil, []string{"-tests"}},
			setting{"-tags", nil, []string{"-tags", "extra"}},
			setting{"-config", nil, []string{"-config", filepath.Join(dir, ".obslint.yml")}},
			setting{"GOARCH", []string{"GOARCH=arm64"}, nil},
		)
	}
	for _, c := range settings {
		run(c.what, false, c.what == "-callgraph", c.env, c.args...)
		run(c.what+", again", true, false, c.env, c.args...)
	}
	if last := run("back to the start", true, false, nil); last != first {
		t.Errorf("the replayed report differs:\n%s\nfirst:\n%s", last, first)
	}
}

// TestMain gives the obslint processes the tests start a cache directory
// of their own (tests that look at the cache set theirs), so that a run of
// the tests neither reads nor fills the user's cache.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "obslint-test-cache")
	if err != nil {
		panic(err)
	}
	os.Setenv("OBSLINT_CACHE", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
