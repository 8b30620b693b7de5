package golangciplugin

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/obslint/obslint/internal/findings"
)

// The end-to-end test builds golangci-lint v2.15.0 with this plugin linked
// in, the way docs/golangci-lint.md tells users to (the gcl directory, a
// main that imports golangci-lint's commands package and this one), and
// runs it with only obslint enabled over every real-library module in
// testdata/mod. golangci-lint must report exactly what "obslint -json"
// reports on the same module, except findings on lines that carry
// //nolint:obslint, which golangci-lint must drop. Facts cross packages in
// those modules (testdata/mod/gcl: a handler observed through a helper
// and a middleware of another package), so this also checks that facts
// travel under golangci-lint's driver.
//
// Building golangci-lint takes minutes cold, so the test runs only with
// -gcl-e2e or OBSLINT_GCL_E2E=1.

var gclE2E = flag.Bool("gcl-e2e", os.Getenv("OBSLINT_GCL_E2E") != "", "build golangci-lint with the obslint plugin and compare its findings with obslint's on testdata/mod (slow; needs the module proxy or a filled module cache); also OBSLINT_GCL_E2E=1")

// baseConfig is the .golangci.yml of every run: obslint alone, nothing
// capped or merged, so the two outputs compare one to one.
const baseConfig = `version: "2"
linters:
  default: none
  enable: [obslint]
  settings:
    custom:
      obslint:
        type: module
        description: observability conventions
%s
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
output:
  path-mode: abs
  formats:
    json:
      path: %s
    text:
      path: stderr
`

type tools struct{ gcl, obslint string }

var built *tools // shared by the tests of one run

func buildTools(t *testing.T) tools {
	t.Helper()
	if built != nil {
		return *built
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.MkdirTemp("", "obslint-gcl-e2e")
	if err != nil {
		t.Fatal(err)
	}

	// Build from a copy of gcl whose replace points at this checkout by
	// absolute path, with -mod=mod: the committed go.sum serves, and a
	// dependency the main module gained since does not break the build.
	src := t.TempDir()
	for _, f := range []string{"main.go", "go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join("gcl", f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "go.mod" {
			data = bytes.Replace(data, []byte("=> ../.."), []byte("=> "+repo), 1)
		}
		if err := os.WriteFile(filepath.Join(src, f), data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	run(t, src, nil, "go", "build", "-mod=mod", "-o", filepath.Join(bin, "golangci-lint"), ".")
	t.Logf("built golangci-lint with the obslint plugin in %v", time.Since(start).Round(time.Second))
	run(t, repo, nil, "go", "build", "-o", filepath.Join(bin, "obslint"), "./cmd/obslint")
	built = &tools{gcl: filepath.Join(bin, "golangci-lint"), obslint: filepath.Join(bin, "obslint")}
	return *built
}

func run(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
}

// finding is one finding in the form both tools can be reduced to.
type finding struct {
	file string // absolute
	line int
	col  int
	text string // "analyzer: message [check, severity]", golangci-lint's text
}

func (f finding) String() string { return fmt.Sprintf("%s:%d:%d: %s", f.file, f.line, f.col, f.text) }

func TestGolangciLintEndToEnd(t *testing.T) {
	if !*gclE2E {
		t.Skip("builds golangci-lint (minutes); run with -gcl-e2e")
	}
	tl := buildTools(t)
	cache := t.TempDir() // a fresh golangci-lint cache: no results from an earlier obslint

	mods, _ := filepath.Glob(filepath.Join("..", "testdata", "mod", "*", "go.mod"))
	nolints := 0
	for _, gomod := range mods {
		dir, _ := filepath.Abs(filepath.Dir(gomod))
		if _, err := os.Stat(filepath.Join(dir, "e2e.json")); err == nil {
			continue // a CLI error case (bad config, load error); TestGolangciLintErrors covers the plugin's
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			cli := obslintFindings(t, tl.obslint, dir)
			nolint := nolintLines(t, dir)
			var want []finding
			for _, f := range cli {
				if nolint[lineKey{f.file, f.line}] {
					nolints++
					continue
				}
				want = append(want, f)
			}
			got, stderr, code := golangciFindings(t, tl.gcl, cache, dir, "")
			if wantCode := exitFor(want); code != wantCode {
				t.Errorf("golangci-lint exit code %d, want %d\n%s", code, wantCode, stderr)
			}
			compare(t, got, want)

			// The same again from golangci-lint's cache: facts and issues
			// restored from it must give the same answer.
			got, _, _ = golangciFindings(t, tl.gcl, cache, dir, "")
			compare(t, got, want)
		})
	}
	if nolints == 0 {
		t.Errorf("no finding on a //nolint:obslint line: the modules do not exercise nolint")
	}

	// Settings variants on the gcl module.
	dir, _ := filepath.Abs(filepath.Join("..", "testdata", "mod", "gcl"))
	all := obslintFindings(t, tl.obslint, dir)
	nolint := nolintLines(t, dir)
	for _, tc := range []struct {
		name, settings string
		keep           func(finding) bool
	}{
		{"config", "config: .obslint.yml", func(finding) bool { return true }},
		{"disable", "disable: [metricnames]", func(f finding) bool { return !strings.HasPrefix(f.text, "metricnames: ") }},
		{"enable", "enable: [metric-counter-total]", func(f finding) bool { return strings.Contains(f.text, "[metric-counter-total, ") }},
		// Inline settings replace the module's .obslint.yml: without
		// the gcl_ namespace there are no metric-namespace findings.
		{"inline", "service: gcl\n          metrics: {require_help: true}", func(f finding) bool { return !strings.Contains(f.text, "[metric-namespace, ") }},
	} {
		t.Run("settings/"+tc.name, func(t *testing.T) {
			var want []finding
			for _, f := range all {
				if !nolint[lineKey{f.file, f.line}] && tc.keep(f) {
					want = append(want, f)
				}
			}
			got, stderr, code := golangciFindings(t, tl.gcl, cache, dir, tc.settings)
			if wantCode := exitFor(want); code != wantCode {
				t.Errorf("golangci-lint exit code %d, want %d\n%s", code, wantCode, stderr)
			}
			compare(t, got, want)
		})
	}
}

// TestGolangciLintCacheFollowsConvention checks that golangci-lint does not
// replay cached findings after the convention file named by config
// changed (see saltCache).
func TestGolangciLintCacheFollowsConvention(t *testing.T) {
	if !*gclE2E {
		t.Skip("builds golangci-lint (minutes); run with -gcl-e2e")
	}
	tl := buildTools(t)
	cache := t.TempDir()
	dir := t.TempDir()
	src := filepath.Join("..", "testdata", "mod", "gcl")
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	conv := filepath.Join(dir, ".obslint.yml")
	namespaces := func() []string {
		fs, stderr, _ := golangciFindings(t, tl.gcl, cache, dir, "config: .obslint.yml")
		var ns []string
		for _, f := range fs {
			if m := regexp.MustCompile(`lacks the namespace (\w+)`).FindStringSubmatch(f.text); m != nil {
				ns = append(ns, m[1])
			}
		}
		if len(ns) == 0 {
			t.Fatalf("no metric-namespace findings\n%s", stderr)
		}
		return slices.Compact(ns)
	}
	if got := namespaces(); !slices.Equal(got, []string{"gcl_"}) {
		t.Fatalf("namespaces %v, want [gcl_]", got)
	}
	data, _ := os.ReadFile(conv)
	if err := os.WriteFile(conv, bytes.Replace(data, []byte("namespace: gcl"), []byte("namespace: shop"), 1), 0o666); err != nil {
		t.Fatal(err)
	}
	if got := namespaces(); !slices.Equal(got, []string{"shop_"}) {
		t.Errorf("after the convention changed: namespaces %v, want [shop_] (stale golangci-lint cache)", got)
	}
}

// TestGolangciLintFix checks that golangci-lint run --fix applies obslint's
// suggested fixes.
func TestGolangciLintFix(t *testing.T) {
	if !*gclE2E {
		t.Skip("builds golangci-lint (minutes); run with -gcl-e2e")
	}
	tl := buildTools(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "testdata", "mod", "gcl"))); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "golangci.yml")
	if err := os.WriteFile(cfg, fmt.Appendf(nil, baseConfig, "", filepath.Join(dir, "issues.json")), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tl.gcl, "run", "--allow-parallel-runners", "--fix", "-c", cfg, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir(), "GOFLAGS=-mod=readonly")
	out, _ := cmd.CombinedOutput()
	data, err := os.ReadFile(filepath.Join(dir, "api", "api.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`Name: "gcl_orders_total",`)) {
		t.Errorf("the add-_total fix was not applied:\n%s\ngolangci-lint output:\n%s", data, out)
	}
}

// TestGolangciLintErrors checks that a configuration mistake stops
// golangci-lint with the file:line or settings key at fault.
func TestGolangciLintErrors(t *testing.T) {
	if !*gclE2E {
		t.Skip("builds golangci-lint (minutes); run with -gcl-e2e")
	}
	tl := buildTools(t)
	cache := t.TempDir()
	gcl, _ := filepath.Abs(filepath.Join("..", "testdata", "mod", "gcl"))
	bad, _ := filepath.Abs(filepath.Join("..", "testdata", "mod", "badconfig"))
	for _, tc := range []struct {
		name, dir, settings, stderr string
	}{
		{"inline key", gcl, "metrics: {namespce: gcl}",
			`linters\.settings\.custom\.obslint\.settings\.metrics\.namespce: unknown key "namespce"; did you mean "namespace"\?`},
		{"config file", gcl, "config: " + filepath.Join(bad, ".obslint.yml"),
			`badconfig/\.obslint\.yml:5:3: metrics\.max_lables: unknown key "max_lables"; did you mean "max_labels"\?`},
		{"unknown check", gcl, "disable: [metric-totl]",
			`linters\.settings\.custom\.obslint\.settings\.disable\[0\]: unknown check "metric-totl"`},
		// Found per package, the bad file fails the packages below it.
		{"found file", bad, "",
			`badconfig/\.obslint\.yml:5:3: metrics\.max_lables: unknown key \\?"max_lables`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := golangciFindings(t, tl.gcl, cache, tc.dir, tc.settings)
			if code == 0 || code == 1 {
				t.Errorf("exit code %d, want a failure", code)
			}
			if !regexp.MustCompile(tc.stderr).MatchString(stderr) {
				t.Errorf("stderr does not match %s:\n%s", tc.stderr, stderr)
			}
		})
	}
}

func exitFor(fs []finding) int {
	if len(fs) > 0 {
		return 1
	}
	return 0
}

func obslintFindings(t *testing.T, bin, dir string) []finding {
	t.Helper()
	cmd := exec.Command(bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
			t.Fatalf("obslint -json ./...: %v\n%s", err, stderr.String())
		}
	}
	var fs []findings.Finding
	if err := json.Unmarshal(stdout.Bytes(), &fs); err != nil {
		t.Fatalf("obslint -json: %v\n%s", err, stdout.String())
	}
	var out []finding
	for _, f := range fs {
		out = append(out, finding{f.File, f.Line, f.Col, fmt.Sprintf("%s: %s [%s, %s]", f.Analyzer, f.Message, f.Check, f.Level())})
	}
	return out
}

// golangciFindings runs golangci-lint in dir with the given extra lines
// under the plugin's settings key.
func golangciFindings(t *testing.T, bin, cache, dir, settings string) (fs []finding, stderr string, code int) {
	t.Helper()
	tmp := t.TempDir()
	out := filepath.Join(tmp, "issues.json")
	if settings != "" {
		settings = "        settings:\n          " + settings
	}
	cfg := filepath.Join(tmp, "golangci.yml")
	if err := os.WriteFile(cfg, fmt.Appendf(nil, baseConfig, settings, out), 0o666); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "run", "--allow-parallel-runners", "-c", cfg, "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cache, "GOFLAGS=-mod=readonly")
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, errb.String(), code // failed before writing results
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("golangci-lint JSON: %v\n%s", err, data)
	}
	for _, is := range report.Issues {
		if is.FromLinter != Name {
			t.Errorf("issue from linter %q: %s", is.FromLinter, is.Text)
		}
		fs = append(fs, finding{is.Pos.Filename, is.Pos.Line, is.Pos.Column, is.Text})
	}
	return fs, errb.String(), code
}

func compare(t *testing.T, got, want []finding) {
	t.Helper()
	g, w := strs(got), strs(want)
	for _, s := range w {
		if !slices.Contains(g, s) {
			t.Errorf("golangci-lint misses: %s", s)
		}
	}
	for _, s := range g {
		if !slices.Contains(w, s) {
			t.Errorf("golangci-lint reports what obslint does not: %s", s)
		}
	}
}

func strs(fs []finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.String())
	}
	slices.Sort(out)
	return out
}

type lineKey struct {
	file string
	line int
}

// nolintLines returns the lines of dir's Go files that carry
// //nolint:obslint (alone or in a list).
func nolintLines(t *testing.T, dir string) map[lineKey]bool {
	t.Helper()
	re := regexp.MustCompile(`//\s*nolint:([\w,-]*\b)?obslint\b`)
	lines := make(map[lineKey]bool)
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if re.MatchString(sc.Text()) {
				lines[lineKey{path, n}] = true
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return lines
}
