package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLogKeysFix runs obslint -fix over a copy of testdata/mod/logfix and
// compares each Go file with golden/<path>.golden: the logkeys fixes
// (renamed keys, added error keys, string conversions, Context variants)
// apply together and leave code that builds.
func TestLogKeysFix(t *testing.T) {
	bin := buildObslint(t)
	src := filepath.Join("..", "..", "testdata", "mod", "logfix")
	dir := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			if rel == "golden" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-fix", "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput()
	// One finding has no fix: no context of the request is in reach.
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(string(out), "inside the entry point Unreachable") || strings.Count(string(out), "[log-") != 1 {
		t.Fatalf("-fix: exit %d, want 1 and only the unfixable finding left:\n%s", code, out)
	}
	goldens, _ := filepath.Glob(filepath.Join(src, "golden", "*", "*.golden"))
	if len(goldens) == 0 {
		t.Fatal("no golden files")
	}
	for _, g := range goldens {
		rel, _ := filepath.Rel(filepath.Join(src, "golden"), g)
		rel = strings.TrimSuffix(rel, ".golden")
		want, _ := os.ReadFile(g)
		got, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s after -fix:\n%s\nwant:\n%s", rel, got, want)
		}
	}
	build := exec.Command("go", "vet", "./...")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Errorf("fixed module does not build: %v\n%s", err, out)
	}
}
