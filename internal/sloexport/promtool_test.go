package sloexport_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Promtool returns the promtool binary when OBSLINT_PROMTOOL is set (to 1
// for the one on PATH, or to its path), skips the test when it is not, and
// fails when it is set but promtool is missing: CI must not pass by
// skipping.
func Promtool(t *testing.T) string {
	t.Helper()
	v := os.Getenv("OBSLINT_PROMTOOL")
	if v == "" {
		t.Skip("set OBSLINT_PROMTOOL=1 (promtool on PATH) or to promtool's path")
	}
	if v == "1" {
		v = "promtool"
	}
	p, err := exec.LookPath(v)
	if err != nil {
		t.Fatalf("OBSLINT_PROMTOOL=%s: %v (.ci/run installs it: go install github.com/prometheus/prometheus/cmd/promtool@v0.316.0)", os.Getenv("OBSLINT_PROMTOOL"), err)
	}
	return p
}

// TestPromtool runs the real promtool over the golden rule file.
func TestPromtool(t *testing.T) {
	promtool := Promtool(t)
	out, err := exec.Command(promtool, "check", "rules", filepath.Join("testdata", "prometheus.golden.yml")).CombinedOutput()
	if err != nil {
		t.Fatalf("promtool check rules: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}
