package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/findings"
)

func TestSplitPosn(t *testing.T) {
	for in, want := range map[string]struct {
		file      string
		line, col int
	}{
		"/a/b.go:3:4":   {"/a/b.go", 3, 4},
		"C:\\x.go:10:2": {"C:\\x.go", 10, 2},
		"b.go:7":        {"b.go", 7, 0},
	} {
		f, l, c := splitPosn(in)
		if f != want.file || l != want.line || c != want.col {
			t.Errorf("splitPosn(%q) = %q %d %d", in, f, l, c)
		}
	}
}

func TestParseVetJSON(t *testing.T) {
	out := `{
	"example.com/m/a [example.com/m/a.test]": {
		"ignores": [
			{"category": "directive", "posn": "/m/a/a.go:3:1", "end": "/m/a/a.go:3:9", "message": "bad"},
			{"category": "unused-ignore", "posn": "/m/a/a.go:1:1", "end": "/m/a/a.go:1:9", "message": "stale",
			 "suggested_fixes": [{"message": "remove", "edits": [{"filename": "/m/a/a.go", "start": 0, "end": 9, "new": ""}]}]}
		]
	}
}
{
	"example.com/m/a": {
		"ignores": [
			{"category": "directive", "posn": "/m/a/a.go:3:1", "end": "/m/a/a.go:3:9", "message": "bad"}
		]
	}
}
`
	fs, err := parseVetJSON([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 2 {
		t.Fatalf("got %d findings, want 2 (the duplicate from the test variant dropped): %+v", len(fs), fs)
	}
	if fs[0].Line != 1 || fs[0].Check != "unused-ignore" || fs[0].Package != "example.com/m/a" || len(fs[0].Fixes) != 1 {
		t.Errorf("first finding: %+v", fs[0])
	}
	if _, err := parseVetJSON([]byte(`{"p": {"ignores": {"error": "boom"}}}`)); err == nil || !strings.Contains(err.Error(), "p: ignores: boom") {
		t.Errorf("analysis error not reported: %v", err)
	}
}

func TestUnifiedDiff(t *testing.T) {
	a := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"
	b := "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n15\nsixteen\n"
	want := `--- a/x
+++ b/x
@@ -1,6 +1,6 @@
 1
 2
-3
+three
 4
 5
 6
@@ -11,5 +11,5 @@
 11
 12
 13
-14
 15
+sixteen
`
	if got := unifiedDiff("a/x", "b/x", a, b); got != want {
		t.Errorf("diff:\n%s\nwant:\n%s", got, want)
	}
	if unifiedDiff("a", "b", a, a) != "" {
		t.Error("equal inputs gave a diff")
	}
	if got := unifiedDiff("a", "b", "", "x\n"); got != "--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n" {
		t.Errorf("insertion into empty file:\n%s", got)
	}
}

func TestPlanFixes(t *testing.T) {
	edit := func(start, end int, s string) findings.Fix {
		return findings.Fix{Edits: []findings.Edit{{File: "f.go", Start: start, End: end, New: s}}}
	}
	fs := []findings.Finding{
		{Message: "a", Fixes: []findings.Fix{edit(0, 2, "x")}},
		{Message: "dup", Fixes: []findings.Fix{edit(0, 2, "x")}},     // same edit: fine
		{Message: "overlap", Fixes: []findings.Fix{edit(1, 3, "y")}}, // conflicts
		{Message: "later", Fixes: []findings.Fix{edit(5, 6, "z")}},
		{Message: "nofix"},
	}
	files, unfixed := planFixes(fs)
	if got := len(files["f.go"].edits); got != 2 {
		t.Errorf("%d edits accepted, want 2", got)
	}
	if len(unfixed) != 2 || unfixed[0].Message != "overlap" || unfixed[1].Message != "nofix" {
		t.Errorf("unfixed: %+v", unfixed)
	}
	out, err := apply([]byte("abcdefg"), files["f.go"].edits)
	if err != nil || string(out) != "xcdezg" {
		t.Errorf("apply = %q, %v", out, err)
	}
}

// TestFixAndDiff runs the built CLI with -diff and -fix on a copy of a
// module and checks the result.
func TestFixAndDiff(t *testing.T) {
	bin := buildObslint(t)
	dir := t.TempDir()
	src := "package p\n\n//obslint:ignore directive stale\nfunc F() {}\n\nfunc G() {\n\tx := 1 //obslint:ignore unused-ignore stale too\n\t_ = x\n}\n"
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.24\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "p.go"), []byte(src), 0o644)

	cmd := exec.Command(bin, "-diff", "./...")
	cmd.Dir = dir
	out, _ := cmd.Output()
	wantDiff := "--- a/p.go\n+++ b/p.go\n@@ -1,9 +1,8 @@\n package p\n \n-//obslint:ignore directive stale\n func F() {}\n \n func G() {\n-\tx := 1 //obslint:ignore unused-ignore stale too\n+\tx := 1\n \t_ = x\n }\n"
	if string(out) != wantDiff {
		t.Errorf("-diff:\n%s\nwant:\n%s", out, wantDiff)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "p.go")); string(data) != src {
		t.Error("-diff changed the file")
	}

	cmd = exec.Command(bin, "-fix", "./...")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("-fix: %v\n%s", err, out)
	}
	want := "package p\n\nfunc F() {}\n\nfunc G() {\n\tx := 1\n\t_ = x\n}\n"
	if data, _ := os.ReadFile(filepath.Join(dir, "p.go")); string(data) != want {
		t.Errorf("after -fix:\n%s\nwant:\n%s", data, want)
	}
}

// TestVetTool checks that obslint works as go vet's tool, with go vet's
// own text output and exit status.
func TestVetTool(t *testing.T) {
	bin := buildObslint(t)
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = filepath.Join("..", "..", "testdata", "mod", "basic")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded, want findings:\n%s", out)
	}
	for _, want := range []string{
		"api/api.go:9:1: unknown directive //obslint:bogus",
		"api/api.go:18:1: //autometrics:inst: unknown flag \"--success-rate\"",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
}

// TestBaselineAndNewFromRev records a module's findings in a baseline,
// moves the old finding down and adds a new one, and checks that
// -baseline and -new-from-rev each report only the new one.
func TestBaselineAndNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	bin := buildObslint(t)
	dir := t.TempDir()
	run := func(name string, args ...string) (string, int) { t.Helper(); return runIn(t, dir, name, args...) }
	write := func(src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, "h.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.24\n"), 0o644)
	write(`package p

import "net/http"

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	return mux
}

func List(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
`)
	run("git", "init", "-q")
	run("git", "add", ".")
	run("git", "commit", "-q", "-m", "base")

	if out, code := run(bin, "baseline", "write", "obslint-baseline.json", "./..."); code != 0 {
		t.Fatalf("baseline write: exit %d\n%s", code, out)
	}
	data, _ := os.ReadFile(filepath.Join(dir, "obslint-baseline.json"))
	if !strings.Contains(string(data), `"function": "List"`) || !strings.Contains(string(data), `"file": "h.go"`) {
		t.Fatalf("baseline lacks List in h.go:\n%s", data)
	}
	if out, code := run(bin, "-baseline", "obslint-baseline.json", "./..."); code != 0 {
		t.Errorf("with the fresh baseline: exit %d, want 0\n%s", code, out)
	}

	write(`package p

import "net/http"

// Routes serves the API. The lines below moved.

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	mux.HandleFunc("/get", Get)
	return mux
}

func List(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

func Get(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
`)
	for _, args := range [][]string{
		{"-baseline", "obslint-baseline.json", "./..."},
		{"-new-from-rev", "HEAD", "./..."},
	} {
		out, code := run(bin, args...)
		if code != 1 || !strings.Contains(out, "h.go:16:6: warning: handler Get") || strings.Contains(out, "handler List") {
			t.Errorf("obslint %v: exit %d, want 1 and only Get reported:\n%s", args, code, out)
		}
	}
	if out, code := run(bin, "-new-from-rev", "nope", "./..."); code != 2 || !strings.Contains(out, `"nope" is not a git revision`) {
		t.Errorf("bad revision: exit %d, want 2 and a clear error:\n%s", code, out)
	}
	if out, code := run(bin, "baseline", "write"); code != 2 || !strings.Contains(out, "usage: obslint baseline write") {
		t.Errorf("baseline without a file: exit %d\n%s", code, out)
	}
}

// TestHugeFile runs obslint over a generated 60,000-line file: 10,000
// registered handlers, 10,000 package-level calls and a 1 MB string
// constant. It must report each handler once, without running out of time
// or memory (quadratic passes show up here first).
func TestHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin := buildObslint(t)
	dir := t.TempDir()
	const n = 10000
	var b strings.Builder
	b.WriteString("package huge\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/huge/prometheus\"\n)\n\n")
	b.WriteString("const blob = \"" + strings.Repeat("x", 1<<20) + "\"\n\n")
	b.WriteString("func routes() *http.ServeMux {\n\tmux := http.NewServeMux()\n")
	for i := range n {
		fmt.Fprintf(&b, "\tmux.HandleFunc(\"/h%d\", H%d)\n", i, i)
	}
	b.WriteString("\treturn mux\n}\n\n")
	for i := range n {
		fmt.Fprintf(&b, "func H%d(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(%d)\n}\n\n", i, 200+i%100)
		fmt.Fprintf(&b, "var M%d = prometheus.NewCounter(prometheus.CounterOpts{Name: \"huge_m%d\", Help: \"h\"})\n\n", i, i)
	}
	files := map[string]string{
		"go.mod":  "module example.com/huge\n\ngo 1.24\n",
		"huge.go": b.String(),
		// Bulk, not client_golang: the test must not need the network.
		"prometheus/p.go": "package prometheus\n\ntype CounterOpts struct{ Name, Help string }\ntype Counter interface{ Inc() }\n\nfunc NewCounter(CounterOpts) Counter { return nil }\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, _ := cmd.Output()
	var got []findings.Finding
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("%v\nstderr:\n%s", err, stderr.String())
	}
	count := make(map[string]int)
	for _, f := range got {
		count[f.Check]++
	}
	if count["instrumented"] != n {
		t.Errorf("instrumented findings: %d, want %d (stderr: %s)", count["instrumented"], n, stderr.String())
	}
}

// runIn runs a command in dir with a git identity and no global git
// configuration, and returns its combined output and exit code.
func runIn(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_GLOBAL=/dev/null")
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out), code
}
