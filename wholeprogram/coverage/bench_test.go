package coverage_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
)

// BenchmarkCompute computes the report of the fixture program, loaded
// once: registration resolution (entry points and how they are served),
// SSA, the call graph and its walks, per call graph algorithm.
func BenchmarkCompute(b *testing.B) {
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		b.Fatal(err)
	}
	for _, algo := range []string{"static", "cha", "vta"} {
		b.Run(algo, func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				// SSA is built into the program's packages: load afresh.
				prog, err := program.Load(convention.Fixed{C: convention.Default()}, []string{"report/shop/..."}, program.Options{
					Env:      append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
					Findings: []string{"metricnames", "logkeys"},
				})
				if err != nil || len(prog.Errors) > 0 {
					b.Fatal(err, prog.Errors)
				}
				b.StartTimer()
				if _, err := coverage.Compute(prog, coverage.Options{CallGraph: algo}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
