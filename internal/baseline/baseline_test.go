package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/findings"
)

func finding(file string, line int, fn, check, msg string) findings.Finding {
	return findings.Finding{Check: check, File: file, Line: line, Function: fn, Message: msg}
}

func TestFilterHidesOldShowsNew(t *testing.T) {
	root := filepath.FromSlash("/repo")
	f := filepath.Join(root, "api", "h.go")
	old := []findings.Finding{
		finding(f, 10, "List", "instrumented", "entry point List is not observed"),
		finding(f, 20, "Get", "metric-duplicate", "metric x is declared in p at a.go:12 with labels"),
		finding(f, 30, "Get", "log-key-case", "key userID"),
		finding(f, 31, "Get", "log-key-case", "key userID"),
	}
	b := New(root, old)
	if len(b.Findings) != 3 {
		t.Fatalf("got %d entries, want 3 (two identical findings share one entry): %+v", len(b.Findings), b.Findings)
	}

	// Lines moved by 5, the duplicate's other declaration moved too, one
	// more log-key-case in Get, a new finding in a new function, List fixed.
	now := []findings.Finding{
		finding(f, 25, "Get", "metric-duplicate", "metric x is declared in p at a.go:19 with labels"),
		finding(f, 35, "Get", "log-key-case", "key userID"),
		finding(f, 36, "Get", "log-key-case", "key userID"),
		finding(f, 37, "Get", "log-key-case", "key userID"),
		finding(f, 50, "Put", "instrumented", "entry point Put is not observed"),
	}
	kept, stale := b.Filter(root, now)
	if len(kept) != 2 || kept[0].Line != 37 || kept[1].Function != "Put" {
		t.Errorf("kept = %+v, want the third log-key-case (line 37) and Put", kept)
	}
	if stale != 1 {
		t.Errorf("stale = %d, want 1 (List was fixed)", stale)
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	b := New(dir, []findings.Finding{finding(filepath.Join(dir, "a.go"), 1, "", "metric-help", "no help")})
	name := filepath.Join(dir, "baseline.json")
	if err := os.WriteFile(name, b.Marshal(), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Findings) != 1 || got.Findings[0].File != "a.go" || got.Findings[0].Count != 1 {
		t.Errorf("round trip: %+v", got.Findings)
	}
	if string(got.Marshal()) != string(b.Marshal()) {
		t.Error("marshal is not stable")
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"garbage.json": "not json",
		"unknown.json": `{"version":1,"findings":[],"extra":1}`,
		"version.json": `{"version":7,"findings":[]}`,
		"count.json":   `{"version":1,"findings":[{"check":"x","file":"a.go","message":"m","count":0}]}`,
		// Trailing data: a merge gone wrong, two baselines concatenated.
		"trailing.json": `{"version":1,"findings":[]} garbage`,
		"two.json":      `{"version":1,"findings":[]}` + "\n" + `{"version":1,"findings":[]}`,
		"brace.json":    `{"version":1,"findings":[]}}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		_, err := Read(p)
		if err == nil || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}
