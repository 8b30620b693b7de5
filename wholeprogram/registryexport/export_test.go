package registryexport_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/registryexport"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var patterns = []string{"registryexport/shop/..."}

// load loads the fixture packages in GOPATH mode over testdata/src, where
// the OpenTelemetry and client_golang stubs live, with the semconv
// analyzer's findings.
func load(t *testing.T, conv *convention.Convention) *program.Program {
	t.Helper()
	gopath := fixtures.Dir(t)
	prog, err := program.Load(convention.Fixed{C: conv}, patterns, program.Options{
		Env:      append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
		Findings: []string{"semconv"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	return prog
}

func findings(prog *program.Program) []string {
	var out []string
	for _, pkg := range prog.Packages {
		for _, d := range prog.Diagnostics(pkg) {
			out = append(out, prog.Fset.Position(d.Pos).String()+": "+d.Message+" ["+d.Category+"]")
		}
	}
	return out
}

// parse reads a convention as if it were testdata/src/registryexport/.obslint.yml.
func parse(t *testing.T, yaml string) *convention.Convention {
	t.Helper()
	c, err := convention.Parse(filepath.Join(fixtures.Dir(t), "src", "registryexport", ".obslint.yml"), []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestExportGolden(t *testing.T) {
	prog := load(t, convention.Default())
	var buf bytes.Buffer
	if err := registryexport.Write(&buf, registryexport.Gather(prog, patterns)); err != nil {
		t.Fatal(err)
	}
	fixtures.Golden(t, filepath.Join("testdata", "shop.golden.yaml"), buf.Bytes(), *update)

	// Deterministic: a second run writes the same bytes.
	var again bytes.Buffer
	if err := registryexport.Write(&again, registryexport.Gather(load(t, convention.Default()), patterns)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("a second export differs from the first")
	}
}

// TestRoundTrip: with the shop's namespace owned and no registry, its
// names are undeclared; with the exported file as the registry, the same
// code gives no finding.
func TestRoundTrip(t *testing.T) {
	before := findings(load(t, parse(t, "semconv:\n  owned_namespaces: [shop]\n")))
	if len(before) == 0 {
		t.Fatal("no finding without a registry: the round trip proves nothing")
	}
	for _, f := range before {
		if !strings.HasSuffix(f, "[semconv-undeclared]") {
			t.Errorf("before the export: %s", f)
		}
	}
	exported, err := filepath.Abs(filepath.Join("testdata", "shop.golden.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	after := findings(load(t, parse(t, "semconv:\n  registries: ["+exported+"]\n  owned_namespaces: [shop]\n")))
	if len(after) > 0 {
		t.Errorf("with the exported registry, %d findings:\n%s", len(after), strings.Join(after, "\n"))
	}
}
