package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The tests of -fix safety (issue 19, items 1 to 4): never damage code.

// writeModule writes files (name -> content) under a new module and
// returns its directory.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/fixme\n\ngo 1.24\n"
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// cgoSrc has a C preamble long enough that the generated file's offsets
// are far from the hand-written file's.
const cgoSrc = `package p

/*
#include <stdlib.h>
static int answer(void) { return 42; }
// padding padding padding padding padding padding padding padding
// padding padding padding padding padding padding padding padding
// padding padding padding padding padding padding padding padding
*/
import "C"

import "log/slog"

// Answer calls C and logs.
func Answer() int {
	slog.Info("answer", "userId", int(C.answer()))
	return int(C.answer())
}
`

// TestFixCgo: fixes in a file that imports "C" apply to the hand-written
// file at the right place (the go command gives the vet tool cmd/cgo's
// output, whose offsets differ).
func TestFixCgo(t *testing.T) {
	cc, _ := exec.Command("go", "env", "CC").Output()
	if _, err := exec.LookPath(strings.TrimSpace(string(cc))); err != nil {
		t.Skipf("no C compiler (%s)", strings.TrimSpace(string(cc)))
	}
	bin := buildObslint(t)
	for name, src := range map[string]string{
		"short": cgoSrc,
		"long":  strings.Replace(cgoSrc, "// padding", strings.Repeat("// padding padding padding\n", 40)+"// padding", 1),
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeModule(t, map[string]string{"p/p.go": src})
			file := filepath.Join(dir, "p", "p.go")
			cmd := exec.Command(bin, "-fix", "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
			out, _ := cmd.CombinedOutput()
			want := strings.Replace(src, `"userId"`, `"user_id"`, 1)
			if got := readFile(t, file); got != want {
				t.Errorf("after -fix:\n%s\nwant:\n%s\noutput:\n%s", got, want, out)
			}
		})
	}
}

// TestLineDirectives: a file whose //line directives name another file
// (grammar.y) is reported at, and fixed in, the real file.
func TestLineDirectives(t *testing.T) {
	bin := buildObslint(t)
	src := "package p\n\nimport \"log/slog\"\n\n// Parse is made from grammar.y.\nfunc Parse() {\n//line grammar.y:100\n\tslog.Info(\"parsed\", \"userId\", 1)\n}\n"
	dir := writeModule(t, map[string]string{"p/p.go": src})
	out, code := runIn(t, dir, bin, "./...")
	if code != 1 || !strings.Contains(out, "p/p.go:8:22: warning: log key \"userId\"") || strings.Contains(out, "grammar.y") {
		t.Errorf("lint: exit %d, want the finding at p/p.go:8:22:\n%s", code, out)
	}
	out, code = runIn(t, dir, bin, "-diff", "./...")
	if code != 1 || !strings.Contains(out, "+++ b/p/p.go") || !strings.Contains(out, `+	slog.Info("parsed", "user_id", 1)`) {
		t.Errorf("-diff: exit %d:\n%s", code, out)
	}
}

// TestFixOnlyTheFixedLines: a file that was not gofmt-formatted keeps its
// formatting everywhere but the fix; a formatted one stays formatted.
func TestFixOnlyTheFixedLines(t *testing.T) {
	bin := buildObslint(t)
	unformatted := "package p\n\nimport \"log/slog\"\n\nfunc  F( ) {\n\tx:=1\n\tslog.Info(\"x\", \"userId\", x)\n  _ = x\n}\n"
	formatted := "package q\n\nimport \"log/slog\"\n\nfunc G() {\n\tslog.Info(\"x\",\n\t\t\"userId\", 1, // aligned\n\t\t\"b\", 2, // comments\n\t)\n}\n"
	dir := writeModule(t, map[string]string{"p/p.go": unformatted, "q/q.go": formatted})
	if out, code := runIn(t, dir, bin, "-fix", "./..."); code != 0 {
		t.Fatalf("-fix: exit %d\n%s", code, out)
	}
	if got, want := readFile(t, filepath.Join(dir, "p", "p.go")), strings.Replace(unformatted, `"userId"`, `"user_id"`, 1); got != want {
		t.Errorf("unformatted file after -fix:\n%s\nwant only the key changed:\n%s", got, want)
	}
	if got, want := readFile(t, filepath.Join(dir, "q", "q.go")), "package q\n\nimport \"log/slog\"\n\nfunc G() {\n\tslog.Info(\"x\",\n\t\t\"user_id\", 1, // aligned\n\t\t\"b\", 2, // comments\n\t)\n}\n"; got != want {
		t.Errorf("formatted file after -fix:\n%s\nwant it formatted:\n%s", got, want)
	}
}

// TestFixChangedSinceAnalysis: the real vet protocol reports a fix, then
// the file changes before the fix is applied; -fix must leave it alone
// and say so.
func TestFixChangedSinceAnalysis(t *testing.T) {
	bin := buildObslint(t)
	src := "package p\n\nimport \"log/slog\"\n\nfunc F() {\n\tslog.Info(\"x\", \"userId\", 1)\n}\n"
	dir := writeModule(t, map[string]string{"p/p.go": src, "p/q.go": strings.Replace(src, "F()", "G()", 1)})
	cmd := exec.Command("go", "vet", "-vettool="+bin, "-json", "-"+fileHashesFlag, "./...")
	cmd.Dir = dir
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	fs, err := parseVetJSON(stdout.Bytes())
	if err != nil || len(fs) != 2 {
		t.Fatalf("findings %+v, %v", fs, err)
	}
	// Someone edits p.go meanwhile: a line above the key moves it.
	edited := strings.Replace(src, "func F() {\n", "func F() {\n\t// a new line above\n", 1)
	os.WriteFile(filepath.Join(dir, "p", "p.go"), []byte(edited), 0o644)

	var diff, notes bytes.Buffer
	writeDiff(&diff, &notes, dir, fs)
	if strings.Contains(diff.String(), "p/p.go") || !strings.Contains(notes.String(), "p/p.go would be left unchanged: changed since it was analysed") {
		t.Errorf("-diff of a changed file:\n%s\n%s", diff.String(), notes.String())
	}
	run := applyFixes(fs)
	if got := readFile(t, filepath.Join(dir, "p", "p.go")); got != edited {
		t.Errorf("changed file was rewritten:\n%s", got)
	}
	if got := readFile(t, filepath.Join(dir, "p", "q.go")); !strings.Contains(got, `"user_id"`) {
		t.Errorf("unchanged file not fixed:\n%s", got)
	}
	if len(run.unfixed) != 1 || !strings.HasSuffix(run.unfixed[0].File, "p.go") || len(run.changes) != 1 || len(run.skipped) != 1 {
		t.Errorf("run: %d changed, %d skipped, unfixed %+v", len(run.changes), len(run.skipped), run.unfixed)
	}
	var report bytes.Buffer
	reportFixes(&report, dir, run, "changed")
	for _, want := range []string{
		"obslint: -fix changed 1 file (1 finding): p/q.go",
		"obslint: -fix left p/p.go unchanged (1 finding not fixed): changed since it was analysed; run obslint -fix again",
	} {
		if !strings.Contains(report.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, report.String())
		}
	}
}

// TestFixWritesSafely: a read-only file is left alone, others are
// replaced atomically with their mode, symbolic links are followed, and
// the command says what it did, with the findings left.
func TestFixWritesSafely(t *testing.T) {
	bin := buildObslint(t)
	src := func(fn string) string {
		return "package p\n\nimport \"log/slog\"\n\nfunc " + fn + "() {\n\tslog.Info(\"x\", \"userId\", 1)\n}\n"
	}
	dir := writeModule(t, map[string]string{"p/a.go": src("A"), "p/b.go": src("B"), "real/c.go.txt": src("C")})
	a, b, c := filepath.Join(dir, "p", "a.go"), filepath.Join(dir, "p", "b.go"), filepath.Join(dir, "p", "c.go")
	os.Chmod(a, 0o444)
	os.Chmod(b, 0o640)
	if err := os.Symlink(filepath.Join("..", "real", "c.go.txt"), c); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(b)
	out, code := runIn(t, dir, bin, "-fix", "./...")
	if code != 1 {
		t.Errorf("exit %d, want 1 (a finding is left)\n%s", code, out)
	}
	if got := readFile(t, a); got != src("A") {
		t.Errorf("read-only file changed:\n%s", got)
	}
	for _, f := range []string{b, c} {
		if got := readFile(t, f); !strings.Contains(got, `"user_id"`) {
			t.Errorf("%s not fixed:\n%s", f, got)
		}
	}
	after, _ := os.Stat(b)
	if after.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640 kept", after.Mode().Perm())
	}
	if os.SameFile(before, after) {
		t.Errorf("b.go written in place, not replaced atomically")
	}
	if fi, err := os.Lstat(c); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symbolic link was replaced by a file")
	}
	for _, want := range []string{
		"obslint: -fix changed 2 files (2 findings): p/b.go, p/c.go",
		"obslint: -fix left p/a.go unchanged (1 finding not fixed): read-only",
		`p/a.go:6:17: warning: log key "userId" is not snake case`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "p", ".*obslint*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

// TestFixImmutableFile: a file that cannot be written although its mode
// says it can (chattr +i) is found before anything is written.
func TestFixImmutableFile(t *testing.T) {
	bin := buildObslint(t)
	src := func(fn string) string {
		return "package p\n\nimport \"log/slog\"\n\nfunc " + fn + "() {\n\tslog.Info(\"x\", \"userId\", 1)\n}\n"
	}
	dir := writeModule(t, map[string]string{"p/a.go": src("A"), "p/b.go": src("B")})
	a := filepath.Join(dir, "p", "a.go")
	if out, err := exec.Command("chattr", "+i", a).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	defer exec.Command("chattr", "-i", a).Run()
	out, code := runIn(t, dir, bin, "-fix", "./...")
	if code != 1 || !strings.Contains(out, "-fix left p/a.go unchanged (1 finding not fixed): cannot write it: operation not permitted") ||
		!strings.Contains(out, "-fix changed 1 file (1 finding): p/b.go") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	if readFile(t, a) != src("A") || !strings.Contains(readFile(t, filepath.Join(dir, "p", "b.go")), "user_id") {
		t.Error("wrong files changed")
	}
}
