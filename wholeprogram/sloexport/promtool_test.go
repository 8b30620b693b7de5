package sloexport_test

import (
	"os"
	"os/exec"
	"strings"
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

// TestPromtool runs the real promtool over the golden rule file: check
// rules, then the unit tests of testdata/rules_test.yml, which feed series
// to the rules and expect the burn-rate alerts to fire on a burning budget
// (Autometrics and client_golang indicators, le as Prometheus 2 and 3
// store it) and to stay quiet on a healthy one.
func TestPromtool(t *testing.T) {
	promtool := Promtool(t)
	for _, args := range [][]string{
		{"check", "rules", "prometheus.golden.yml"},
		{"test", "rules", "rules_test.yml"},
	} {
		cmd := exec.Command(promtool, args...)
		cmd.Dir = "testdata"
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		t.Logf("promtool %s:\n%s", strings.Join(args, " "), out)
	}
}
