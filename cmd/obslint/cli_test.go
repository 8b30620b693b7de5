package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Tests of the command line as a user meets it (issue 19, items 8, 13
// and 14).

// TestVetInvocationByContent: the go command's vet.cfg is recognised by
// its content; a convention file named *.cfg is not one.
func TestVetInvocationByContent(t *testing.T) {
	dir := t.TempDir()
	vetCfg := filepath.Join(dir, "vet.cfg")
	os.WriteFile(vetCfg, []byte(`{"ID": "example.com/p", "Compiler": "gc", "Dir": "/p", "ImportPath": "example.com/p", "GoFiles": ["/p/p.go"], "ImportMap": {}, "PackageVetx": {}, "VetxOnly": false, "VetxOutput": "/tmp/vet.out"}`), 0o644)
	teamCfg := filepath.Join(dir, "team.cfg")
	os.WriteFile(teamCfg, []byte("version: 1\n"), 0o644)
	jsonCfg := filepath.Join(dir, "other.cfg")
	os.WriteFile(jsonCfg, []byte(`{"version": 1}`), 0o644)
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-flags"}, true},
		{[]string{vetCfg}, true},
		{[]string{"-json", "-confighash=abc", "-config=/x.yml", vetCfg}, true},
		{[]string{"-config", teamCfg}, false},
		{[]string{"-config=" + teamCfg}, false},
		{[]string{teamCfg}, false},
		{[]string{jsonCfg}, false},
		{[]string{"-config", vetCfg}, false}, // a flag's value, however it looks
		{[]string{filepath.Join(dir, "missing.cfg")}, false},
		{[]string{dir}, false},
		{nil, false},
	} {
		if got := isVetInvocation(tc.args); got != tc.want {
			t.Errorf("isVetInvocation(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}

	// As a user runs it: a convention named team.cfg, no package
	// arguments.
	out, code := runIn(t, filepath.Join("..", "..", "testdata", "mod", "cfgflag", "api"), buildObslint(t), "-config", "../team.cfg")
	if code != 1 || !strings.Contains(out, `unknown SLO objective "web"; defined: api`) {
		t.Errorf("obslint -config ../team.cfg: exit %d, want 1 and the findings:\n%s", code, out)
	}
}

// TestNothingToAnalyse: patterns that leave nothing to analyse are usage
// errors (exit 2) that say so, not load failures (exit 3).
func TestNothingToAnalyse(t *testing.T) {
	bin := buildObslint(t)
	mod := t.TempDir()
	os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module example.com/m\n\ngo 1.24\n"), 0o644)
	os.MkdirAll(filepath.Join(mod, "empty"), 0o755)
	os.MkdirAll(filepath.Join(mod, "a"), 0o755)
	os.WriteFile(filepath.Join(mod, "a", "a.go"), []byte("package a\n"), 0o644)
	outside := t.TempDir()
	for _, tc := range []struct {
		dir  string
		args []string
		want string
	}{
		{mod, []string{"./empty"}, "./empty: no Go files in "},
		{mod, []string{"./nomatch/..."}, "./nomatch/...: "},
		{mod, []string{"./empty/..."}, "./empty/...: matched no packages"},
		{mod, []string{"./a", "./empty"}, "./empty: no Go files in "},
		{filepath.Join(mod, "empty"), nil, ".: no Go files in "},
		{outside, []string{"./..."}, "does not contain main module"},
		{mod, []string{"report", "./empty"}, "./empty: no Go files in "},
		{mod, []string{"slo", "export", "./empty"}, "./empty: no Go files in "},
	} {
		out, code := runIn(t, tc.dir, bin, tc.args...)
		if code != exitUsage || !strings.Contains(out, "nothing to analyse") || !strings.Contains(out, tc.want) {
			t.Errorf("obslint %q in %s: exit %d, want 2 and %q:\n%s", tc.args, tc.dir, code, tc.want, out)
		}
	}
	if out, code := runIn(t, mod, bin, "./a"); code != exitClean {
		t.Errorf("obslint ./a: exit %d\n%s", code, out)
	}
}

// TestBaselineValidatedFirst: a broken baseline is reported before go vet
// runs (-v prints the go vet command when it starts).
func TestBaselineValidatedFirst(t *testing.T) {
	bin := buildObslint(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/p\n\ngo 1.24\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "p.go"), []byte("package p\n"), 0o644)
	for name, content := range map[string]string{
		"garbage.json":  "not a baseline",
		"trailing.json": `{"version":1,"findings":[]}` + "\n<<<<<<< HEAD\n",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
		out, code := runIn(t, dir, bin, "-v", "-baseline", name, "./...")
		if code != exitUsage || !strings.Contains(out, name+": not an obslint baseline") {
			t.Errorf("%s: exit %d, want 2 and the reason:\n%s", name, code, out)
		}
		if strings.Contains(out, "obslint: go vet") {
			t.Errorf("%s: analysed before the baseline was checked:\n%s", name, out)
		}
	}
}

// TestMinCoverageNaN: NaN passes every comparison, so it must be refused
// as a usage error rather than disable the gate.
func TestMinCoverageNaN(t *testing.T) {
	bin := buildObslint(t)
	for _, v := range []string{"NaN", "nan", "-Inf", "+Inf", "101"} {
		out, code := runIn(t, t.TempDir(), bin, "report", "-min-coverage", v, "./...")
		if code != exitUsage || !strings.Contains(out, "-min-coverage must be between 0 and 100") {
			t.Errorf("-min-coverage %s: exit %d\n%s", v, code, out)
		}
	}
}
