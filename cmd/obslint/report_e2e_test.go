package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/coverage/coveragetest"
)

// TestReportEndToEnd runs obslint report over every module in
// testdata/mod whose sources carry "// report: verdict" annotations
// (testdata/mod/serving: the shapes real services use to register and
// serve handlers, on the real gorilla/mux, chi, grpc, grpc-gateway,
// otelhttp and otelgrpc), and checks each entry point's verdict.
func TestReportEndToEnd(t *testing.T) {
	mods, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "mod", "*", "go.mod"))
	ran := 0
	for _, gomod := range mods {
		dir, _ := filepath.Abs(filepath.Dir(gomod))
		want := fixtures.ReportAnnotations(t, dir, ".")
		if len(want) == 0 {
			continue
		}
		ran++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, _ := os.ReadFile(gomod)
			if bytes.Contains(data, []byte("require")) && !*e2e {
				t.Skip("requires third-party modules; run with -e2e")
			}
			cmd := exec.Command(buildObslint(t), "report", "-format", "json", "./...")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOFLAGS=-mod=readonly")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("obslint report: %v\n%s", err, stderr.String())
			}
			var rep coverage.Report
			if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
				t.Fatal(err)
			}
			fixtures.CheckVerdicts(t, coveragetest.Verdicts(&rep), want)
		})
	}
	if ran == 0 {
		t.Error("no module under testdata/mod carries // report: annotations")
	}
}
