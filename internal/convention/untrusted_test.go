package convention

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The tests in this file treat the convention as what it is: input that a
// pull request can change (issue 19, items 6 to 9).

// loadWithin runs Load and fails the test if it takes longer than d
// (a FIFO that blocks, an exponential extends graph).
func loadWithin(t *testing.T, d time.Duration, path string) (*Convention, error) {
	t.Helper()
	type res struct {
		c   *Convention
		err error
	}
	ch := make(chan res, 1)
	go func() {
		c, err := Load(path)
		ch <- res{c, err}
	}()
	select {
	case r := <-ch:
		return r.c, r.err
	case <-time.After(d):
		t.Fatalf("Load(%s) did not return within %v", path, d)
		return nil, nil
	}
}

func TestExtendsReadsOnlyRegularFiles(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs /dev/zero and mkfifo")
	}
	dir := writeFiles(t, map[string]string{".git/HEAD": "x"})
	fifo := filepath.Join(dir, "fifo.yml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.yml")
	os.WriteFile(big, []byte("service: "+strings.Repeat("x", MaxFileSize)+"\n"), 0o644)
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.yml"))
	os.Symlink("nowhere.yml", filepath.Join(dir, "dangling.yml"))
	os.Mkdir(filepath.Join(dir, "dir.yml"), 0o755)
	for name, tc := range map[string]struct{ yaml, want string }{
		"dev zero allowed": {"allow_extends_from: [/dev]\nextends: [/dev/zero]\n", `extends[0]: cannot read "/dev/zero": not a regular file`},
		"fifo":             {"extends: [fifo.yml]\n", `extends[0]: cannot read "fifo.yml": not a regular file`},
		"too big":          {"extends: [big.yml]\n", `extends[0]: cannot read "big.yml": 1048586 bytes, more than the 1048576 obslint reads`},
		"link out":         {"extends: [zero.yml]\n", `extends[0]: "zero.yml" is outside the repository`},
		"dangling":         {"extends: [dangling.yml]\n", `extends[0]: cannot read "dangling.yml": dangling symbolic link to "nowhere.yml"`},
		"directory":        {"extends: [dir.yml]\n", `extends[0]: cannot read "dir.yml": is a directory`},
	} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, ".obslint.yml")
			os.WriteFile(p, []byte(tc.yaml), 0o644)
			_, err := loadWithin(t, 10*time.Second, p)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestExtendsDiamond: 30 levels of files that each extend two files that
// both extend the next level. Reading a shared base once per load keeps
// this linear; merging it twice per level took 2^30 reads.
func TestExtendsDiamond(t *testing.T) {
	files := map[string]string{".git/HEAD": "x"}
	const levels = 30
	for i := 0; i < levels; i++ {
		files[fmt.Sprintf("l%d.yml", i)] = fmt.Sprintf("extends: [a%d.yml, b%d.yml]\n", i+1, i+1)
		files[fmt.Sprintf("a%d.yml", i+1)] = fmt.Sprintf("extends: [l%d.yml]\nmetrics:\n  max_labels: %d\n", i+1, i+1)
		files[fmt.Sprintf("b%d.yml", i+1)] = fmt.Sprintf("extends: [l%d.yml]\nservice: b%d\n", i+1, i+1)
	}
	files[fmt.Sprintf("l%d.yml", levels)] = "service: base\n"
	dir := writeFiles(t, files)
	start := time.Now()
	c, err := loadWithin(t, 20*time.Second, filepath.Join(dir, "l0.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("30 diamond levels took %v", d)
	}
	if len(c.Files) != 3*levels+1 {
		t.Errorf("%d files merged, want each of the %d once", len(c.Files), 3*levels+1)
	}
	if c.Service != "b1" || c.Metrics.MaxLabels != 1 {
		t.Errorf("merge order: service %q max_labels %d, want b1 and 1", c.Service, c.Metrics.MaxLabels)
	}
}

func TestExtendsOutsideRepository(t *testing.T) {
	outside := writeFiles(t, map[string]string{
		"secret.txt":  "first line of a secret\n" + strings.Repeat("SECRET-CONTENT ", 1000) + "\n",
		"company.yml": "metrics:\n  namespace: acme\n",
	})
	repo := writeFiles(t, map[string]string{".git/HEAD": "x"})
	run := func(yaml string) (*Convention, error) {
		t.Helper()
		p := filepath.Join(repo, ".obslint.yml")
		os.WriteFile(p, []byte(yaml), 0o644)
		return Load(p)
	}
	secret := filepath.Join(outside, "secret.txt")
	_, err := run("extends: [" + secret + "]\n")
	if err == nil || !strings.Contains(err.Error(), "is outside the repository") {
		t.Errorf("outside the repository: %v", err)
	}
	_, err = run("extends: [" + secret + "]\nallow_extends_from: [" + outside + "]\n")
	if err == nil {
		t.Fatal("a text file extended without error")
	}
	if strings.Contains(err.Error(), "SECRET-CONTENT SECRET-CONTENT SECRET-CONTENT") || len(err.Error()) > 400 {
		t.Errorf("error echoes the file (%d bytes): %.500s", len(err.Error()), err)
	}
	c, err := run("extends: [" + filepath.Join(outside, "company.yml") + "]\nallow_extends_from: [" + outside + "]\n")
	if err != nil || c.Metrics.Namespace != "acme" {
		t.Errorf("allowed directory: %v", err)
	}
	// A base may not widen what extends reads.
	os.WriteFile(filepath.Join(repo, "base.yml"), []byte("allow_extends_from: [/]\n"), 0o644)
	_, err = run("extends: [base.yml]\n")
	if err == nil || !strings.Contains(err.Error(), "base.yml:1:21: allow_extends_from: only the convention obslint starts from") {
		t.Errorf("allow_extends_from in a base: %v", err)
	}
}

func TestNoEchoOfLongValues(t *testing.T) {
	huge := strings.Repeat("x", 900_000)
	for name, yaml := range map[string]string{
		"scalar root":     huge + "\n",
		"int":             "version: " + huge + "\n",
		"enum":            "logs:\n  key_case: " + huge + "\n",
		"unknown key":     huge + ": 1\n",
		"duration":        "slo:\n  window: " + huge + "\n",
		"multiline value": "logs:\n  key_case: \"" + strings.Repeat("line\\n", 1000) + "\"\n",
	} {
		_, err := Parse(".obslint.yml", []byte(yaml))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if msg := err.Error(); len(msg) > 600 || strings.Contains(msg, "\n") {
			t.Errorf("%s: error of %d bytes: %.300q", name, len(msg), msg)
		}
	}
	_, err := Parse(".obslint.yml", []byte("service: "+strings.Repeat("y", 2*MaxFileSize)))
	if err == nil || len(err.Error()) > 300 {
		t.Errorf("a file over the limit: %.300v", err)
	}
}

func TestNonFiniteAndOverflow(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"slo:\n  objectives:\n    api: {success: NaN}\n", `.obslint.yml:3:20: slo.objectives.api.success: "NaN" is not a percentage (want a finite number`},
		{"slo:\n  objectives:\n    api: {success: .nan}\n", `.obslint.yml:3:20: slo.objectives.api.success: ".nan" is not a percentage`},
		{"slo:\n  objectives:\n    api: {success: 99, latency: 1s, latency_target: Inf}\n", `.obslint.yml:3:53: slo.objectives.api.latency_target: "Inf" is not a percentage (want a finite number`},
		{"slo:\n  objectives:\n    api: {success: 1e400}\n", `.obslint.yml:3:20: slo.objectives.api.success: "1e400" is not a percentage`},
		{"slo:\n  window: 1000000h\n", `.obslint.yml:2:11: slo.window: "1000000h" is longer than 366d`},
		{"slo:\n  window: 300d100d\n", `.obslint.yml:2:11: slo.window: "300d100d" is longer than 366d`},
		{"slo:\n  objectives:\n    api: {success: 99, latency: 2000000h, latency_target: 99}\n", `.obslint.yml:3:33: slo.objectives.api.latency: "2000000h" is longer than 366d`},
		{"slo:\n  window: 99999999999999999999999999w\n", `slo.window: "99999999999999999999999999w" is longer than 366d`},
		{"metrics:\n  max_labels: 99999999999999999999999\n", `.obslint.yml:2:15: metrics.max_labels: want a whole number`},
	} {
		_, err := Parse(".obslint.yml", []byte(tc.yaml))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.yaml, err, tc.want)
		}
	}
	for _, d := range []string{"1000000h", "NaNs", "1e9w", "367d"} {
		if _, err := ParseDuration(d); err == nil {
			t.Errorf("ParseDuration(%q) accepted", d)
		}
	}
	if d, err := ParseDuration("366d"); err != nil || d != MaxDuration {
		t.Errorf("ParseDuration(366d) = %v, %v", d, err)
	}
}

func TestSmallerLoaderDefects(t *testing.T) {
	for _, tc := range []struct{ name, yaml, want string }{
		{"duplicate owner", "owners:\n  a/...: x\n  a/...: y\n", `.obslint.yml:3:3: owners.a/...: key appears twice (first at line 2, column 3)`},
		{"duplicate objective", "slo:\n  objectives:\n    api: {success: 99}\n    api: {success: 98}\n", `.obslint.yml:4:5: slo.objectives.api: key appears twice (first at line 3, column 5)`},
		{"syntax column", "service: a\nlogs: {key_case: snake\n", `.obslint.yml:`},
		{"second document", "service: a\n---\nservice: b\n", `.obslint.yml:2:1: a second YAML document`},
		{"empty second document", "service: a\n---\n", `.obslint.yml:2:1: a second YAML document`},
		{"invalid glob", "owners:\n  \"[\": team\n", `.obslint.yml:2:8: owners.[: "[" is not a valid pattern`},
		{"invalid glob tree", "owners:\n  \"a/[b/...\": team\n", `owners.a/[b/...: "a/[b/..." is not a valid pattern`},
		{"control characters", "logs:\n  key_case: \"a\\n::error::x\\x1b[31m\"\n", `logs.key_case: unknown value "a\n::error::x\x1b[31m"`},
		{"key with newline", "owners:\n  \"a\\n::error::x\": \"\"\n", `owners.a\n::error::x: empty team name`},
		{"billion laughs", laughs(), ``}, // any error, quickly
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() { _, err := Parse(".obslint.yml", []byte(tc.yaml)); done <- err }()
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Parse did not return")
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
			if err != nil && strings.ContainsAny(err.Error(), "\n\x1b") {
				t.Errorf("error holds control characters: %q", err)
			}
		})
	}
	// The column of a syntax error.
	_, err := Parse("x.yml", []byte("service: a\nversion: 1\n  bad: [1, 2\n"))
	var ce *Error
	if !errors.As(err, &ce) || ce.Line == 0 || ce.Col == 0 {
		t.Errorf("syntax error without line and column: %v", err)
	}
}

// laughs is a YAML document whose aliases expand exponentially.
func laughs() string {
	var b strings.Builder
	b.WriteString("owners:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		fmt.Fprintf(&b, "  a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	b.WriteString("entrypoints:\n  ignore: *a8\n")
	return b.String()
}

func TestFinderRefusesOddConventionFiles(t *testing.T) {
	for name, setup := range map[string]func(dir string){
		"dangling symlink": func(dir string) { os.Symlink("missing.yml", filepath.Join(dir, ".obslint.yml")) },
		"directory":        func(dir string) { os.Mkdir(filepath.Join(dir, ".obslint.yml"), 0o755) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"go.mod": "module example.com/m\n"})
			setup(dir)
			if _, err := NewFinder().For(dir); err == nil {
				t.Error("fell back to the defaults")
			}
		})
	}
}
