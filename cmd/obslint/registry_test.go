package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/findings"
)

var updateRegistry = flag.Bool("update-registry", false, "rewrite testdata/mod/semconv/golden/registry.yaml")

// TestRegistryExport runs obslint registry export over the real-library
// module testdata/mod/semconv, compares with the golden file, then lints
// the module with the exported file as its only registry: the findings
// about the owned namespace (undeclared names, names the registry
// deprecates or types otherwise) are gone, the findings about the
// OpenTelemetry conventions stay.
func TestRegistryExport(t *testing.T) {
	if !*e2e {
		t.Skip("requires third-party modules; run with -e2e")
	}
	bin := buildObslint(t)
	dir, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "mod", "semconv"))
	tmp := t.TempDir()
	// Exported without the hand-written registry, as a team would start.
	bare := filepath.Join(tmp, "bare.yml")
	os.WriteFile(bare, []byte("version: 1\nmetrics: {require_help: false}\nsemconv: {version: 1.37.0, owned_namespaces: [shop]}\n"), 0o644)
	cmd := exec.Command(bin, "registry", "export", "-config", bare, "./...")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("registry export: %v\n%s", err, stderr.String())
	}
	golden := filepath.Join(dir, "golden", "registry.yaml")
	if *updateRegistry {
		os.WriteFile(golden, stdout.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("differs from %s (-update-registry to accept):\n%s", golden, stdout.String())
	}

	lint := func(config string) []findings.Finding {
		t.Helper()
		cmd := exec.Command(bin, "-json", "-config", config, "./...")
		cmd.Dir = dir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitFindings {
				t.Fatalf("lint: %v\n%s", err, stderr.String())
			}
		}
		var fs []findings.Finding
		if err := json.Unmarshal(stdout.Bytes(), &fs); err != nil {
			t.Fatalf("lint -json: %v\n%s", err, stdout.String())
		}
		return fs
	}
	registry := func(fs []findings.Finding) (n int, rest []string) {
		for _, f := range fs {
			if strings.Contains(f.Message, "owned namespace") || strings.Contains(f.Message, "in the registry") {
				n++
				continue
			}
			rest = append(rest, f.Check)
		}
		return n, rest
	}
	before, restBefore := registry(lint(bare))
	if before == 0 {
		t.Fatal("no finding about the owned namespace without a registry: the round trip proves nothing")
	}
	exported := filepath.Join(tmp, "exported.yml")
	os.WriteFile(exported, stdout.Bytes(), 0o644)
	withExport := filepath.Join(tmp, "with-export.yml")
	os.WriteFile(withExport, []byte("version: 1\nmetrics: {require_help: false}\nsemconv: {version: 1.37.0, registries: [exported.yml], owned_namespaces: [shop]}\n"), 0o644)
	after, restAfter := registry(lint(withExport))
	if after != 0 {
		t.Errorf("with the exported registry, %d findings about the owned namespace remain", after)
	}
	if strings.Join(restBefore, ",") != strings.Join(restAfter, ",") {
		t.Errorf("the conventions' findings changed: %v, then %v", restBefore, restAfter)
	}
	t.Logf("owned-namespace findings: %d without a registry, %d with the export; conventions' findings: %v", before, after, restAfter)
}
