package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"
)

var updateSLO = flag.Bool("update-slo", false, "rewrite testdata/mod/slo/golden")

// TestSLOExport runs obslint slo export over the real-library module
// testdata/mod/slo (directives in all three syntaxes) in every format,
// compares with golden files and, with OBSLINT_PROMTOOL set, has the real
// promtool check the rules.
func TestSLOExport(t *testing.T) {
	if !*e2e {
		t.Skip("requires third-party modules; run with -e2e")
	}
	bin := buildObslint(t)
	dir := filepath.Join("..", "..", "testdata", "mod", "slo")
	for _, format := range []string{"prometheus", "sloth", "openslo"} {
		t.Run(format, func(t *testing.T) {
			cmd := exec.Command(bin, "slo", "export", "-format", format, "./...")
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("slo export: %v\n%s", err, stderr.String())
			}
			golden := filepath.Join(dir, "golden", format+".yml")
			if *updateSLO {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				os.WriteFile(golden, stdout.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(stdout.Bytes(), want) {
				t.Errorf("differs from %s (-update-slo to accept):\n%s", golden, stdout.String())
			}
			// Every document is YAML.
			dec := yaml.NewDecoder(bytes.NewReader(stdout.Bytes()))
			for {
				var doc any
				if err := dec.Decode(&doc); err != nil {
					if err.Error() != "EOF" {
						t.Errorf("output is not YAML: %v", err)
					}
					break
				}
			}
			if format != "prometheus" || os.Getenv("OBSLINT_PROMTOOL") == "" {
				return
			}
			promtool := os.Getenv("OBSLINT_PROMTOOL")
			if promtool == "1" {
				promtool = "promtool"
			}
			path, err := exec.LookPath(promtool)
			if err != nil {
				t.Fatalf("OBSLINT_PROMTOOL is set but promtool is missing: %v", err)
			}
			rules := filepath.Join(t.TempDir(), "rules.yml")
			os.WriteFile(rules, stdout.Bytes(), 0o644)
			out, err := exec.Command(path, "check", "rules", rules).CombinedOutput()
			if err != nil {
				t.Fatalf("promtool check rules: %v\n%s", err, out)
			}
			t.Logf("%s", out)
		})
	}
}
