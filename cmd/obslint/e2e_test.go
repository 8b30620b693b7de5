package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/findings"
)

// The end-to-end harness builds obslint and runs it, as a user would, over
// each Go module in testdata/mod. Expectations are written in the modules'
// sources as analysistest does: a "// want "regexp"" comment on each line
// that must be reported; every other line must stay silent. The regexps
// match "message [check]".
//
// Modules that require third-party libraries download them from the module
// proxy and take minutes cold, so they run only with -e2e or OBSLINT_E2E=1
// (.ci/run sets it); modules without requirements always run.
//
// A module may hold an e2e.json:
//
//	{"args": ["-tests=false"], "env": ["CGO_ENABLED=0"], "exit": 3, "stderr": ["regexp", ...]}
//
// args are added before ./...; env is added to the environment; exit is
// the expected exit code (default: 1 when there are wants, else 0); stderr
// regexps must all match.

var e2e = flag.Bool("e2e", os.Getenv("OBSLINT_E2E") != "", "run the end-to-end tests over real-library modules in testdata/mod (slow, needs the module proxy); also OBSLINT_E2E=1")

type e2eSpec struct {
	Args   []string `json:"args"`
	Env    []string `json:"env"`
	Exit   *int     `json:"exit"`
	Stderr []string `json:"stderr"`
}

var obslintBin string

func buildObslint(t *testing.T) string {
	t.Helper()
	if obslintBin != "" {
		return obslintBin
	}
	dir, err := os.MkdirTemp("", "obslint-e2e")
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "obslint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("building obslint: %v\n%s", err, out)
	}
	obslintBin = bin
	return bin
}

func TestEndToEnd(t *testing.T) {
	mods, err := filepath.Glob(filepath.Join("..", "..", "testdata", "mod", "*", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) == 0 {
		t.Fatal("no modules in testdata/mod")
	}
	for _, gomod := range mods {
		dir, _ := filepath.Abs(filepath.Dir(gomod))
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(gomod)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(data, []byte("require")) && !*e2e {
				t.Skip("requires third-party modules; run with -e2e")
			}
			runModule(t, buildObslint(t), dir)
		})
	}
}

func runModule(t *testing.T, bin, dir string) {
	var spec e2eSpec
	if data, err := os.ReadFile(filepath.Join(dir, "e2e.json")); err == nil {
		if err := json.Unmarshal(data, &spec); err != nil {
			t.Fatalf("e2e.json: %v", err)
		}
	}
	args := append(append([]string{"-json"}, spec.Args...), "./...")
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=readonly"), spec.Env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}

	var got []findings.Finding
	if stdout.Len() > 0 {
		if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
			t.Fatalf("obslint -json output: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
		}
	}
	wants, err := readWants(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	if len(wants) > 0 {
		want = 1
	}
	if spec.Exit != nil {
		want = *spec.Exit
	}
	if code != want {
		t.Errorf("exit code %d, want %d\nstderr:\n%s", code, want, stderr.String())
	}
	for _, re := range spec.Stderr {
		if !regexp.MustCompile(re).Match(stderr.Bytes()) {
			t.Errorf("stderr does not match %q:\n%s", re, stderr.String())
		}
	}
	checkWants(t, dir, got, wants)
}

// lineKey is a file (relative to the module) and line.
type lineKey struct {
	file string
	line int
}

// readWants collects the // want "re" comments of every .go file in dir.
func readWants(dir string) (map[lineKey][]*regexp.Regexp, error) {
	wants := make(map[lineKey][]*regexp.Regexp)
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if f == nil {
			return err // a deliberately broken file still yields its comments
		}
		rel, _ := filepath.Rel(dir, path)
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if err := addWants(wants, fset, rel, c); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return wants, err
}

func addWants(wants map[lineKey][]*regexp.Regexp, fset *token.FileSet, rel string, c *ast.Comment) error {
	text := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(c.Text, "//"), "/*"), "*/")
	text = strings.TrimSpace(text)
	rest, ok := strings.CutPrefix(text, "want ")
	if !ok {
		_, rest, ok = strings.Cut(text, "// want ")
	}
	if !ok {
		return nil
	}
	pos := fset.Position(c.Pos())
	var s scanner.Scanner
	file := token.NewFileSet().AddFile(rel, -1, len(rest))
	s.Init(file, []byte(rest), nil, 0)
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF || tok == token.SEMICOLON && lit == "\n" {
			break
		}
		if tok != token.STRING {
			return fmt.Errorf("%s:%d: want: expected a quoted regexp, got %s", rel, pos.Line, tok)
		}
		str, err := strconv.Unquote(lit)
		if err != nil {
			return fmt.Errorf("%s:%d: want: %v", rel, pos.Line, err)
		}
		re, err := regexp.Compile(str)
		if err != nil {
			return fmt.Errorf("%s:%d: want: %v", rel, pos.Line, err)
		}
		k := lineKey{rel, pos.Line}
		wants[k] = append(wants[k], re)
	}
	return nil
}

func checkWants(t *testing.T, dir string, got []findings.Finding, wants map[lineKey][]*regexp.Regexp) {
	t.Helper()
	for _, f := range got {
		rel, _ := filepath.Rel(dir, f.File)
		k := lineKey{rel, f.Line}
		text := f.Message + " [" + f.Check + "]"
		matched := false
		for i, re := range wants[k] {
			if re.MatchString(text) {
				wants[k] = append(wants[k][:i], wants[k][i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d:%d: unexpected finding: %s", rel, f.Line, f.Col, text)
		}
	}
	var missing []string
	for k, res := range wants {
		for _, re := range res {
			missing = append(missing, fmt.Sprintf("%s:%d: no finding matched %q", k.file, k.line, re))
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Error(m)
	}
}

// TestCgo runs obslint over a package with a cgo file with cgo on, when a
// C compiler is at hand: the go command then hands obslint cmd/cgo's
// output, marked generated, whose positions map back to the hand-written
// file; findings there must still be reported. (TestEndToEnd covers the
// same module with cgo off, which is what a machine without a C compiler
// does.)
func TestCgo(t *testing.T) {
	cc, err := exec.Command("go", "env", "CC").Output()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath(strings.TrimSpace(string(cc))); err != nil {
		t.Skipf("no C compiler (%s)", strings.TrimSpace(string(cc)))
	}
	cmd := exec.Command(buildObslint(t), "./...")
	cmd.Dir = filepath.Join("..", "..", "testdata", "mod", "oddinputs")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
	out, _ := cmd.CombinedOutput()
	for _, want := range []string{
		"cgo/cgo.go:19:6: warning: handler CHandler records no request metrics or span",
		"cgo/pure.go:6:6: warning: handler GoHandler records no request metrics or span",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(string(out), "gen/") {
		t.Errorf("finding in a generated file:\n%s", out)
	}
}
