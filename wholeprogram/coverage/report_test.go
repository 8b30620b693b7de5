package coverage_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// compute loads the fixture program (GOPATH mode over testdata/src, where
// the library stubs live: no network) and computes its report.
func compute(t *testing.T, algo string) *coverage.Report {
	t.Helper()
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	conv := convention.Default()
	conv.Owners = map[string]string{"report/shop": "storefront", "report/shop/billing": "payments"}
	prog, err := program.Load(convention.Fixed{C: conv}, []string{"report/shop/..."}, program.Options{
		Env:      append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
		Findings: []string{"metricnames", "logkeys"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	rep, err := coverage.Compute(prog, coverage.Options{CallGraph: algo})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestHandComputed checks the numbers worked out by hand in the
// fixture's package comment, with every call graph algorithm that sees
// the fixture's calls (all are static calls but Pay's, which no
// algorithm needs: Pay is reached as an entry point).
func TestHandComputed(t *testing.T) {
	for _, algo := range coverage.Algorithms {
		t.Run(algo, func(t *testing.T) {
			r := compute(t, algo)
			tot := r.Totals
			if tot.EntryPoints != 3 || tot.Observed != 2 || tot.WithSLO != 1 || tot.Reached != 10 || tot.Covered != 4 {
				t.Errorf("totals %+v, want 3 entry points, 2 observed, 1 with SLO, 10 reached, 4 covered", tot)
			}
			if tot.Coverage != 66.7 || tot.SLOCoverage != 33.3 || tot.DepthCoverage != 40 {
				t.Errorf("coverage %v/%v/%v, want 66.7/33.3/40", tot.Coverage, tot.SLOCoverage, tot.DepthCoverage)
			}
			var spots []string
			for _, s := range r.BlindSpots {
				spots = append(spots, s.Function)
			}
			want := []string{"report/shop/billing.callBank", "report/shop/billing.Charge", "report/shop.queryDB", "report/shop.loadOrders"}
			if len(spots) != len(want) {
				t.Fatalf("blind spots %v, want %v", spots, want)
			}
			for i := range want {
				if spots[i] != want[i] {
					t.Errorf("blind spot %d: %s, want %s", i, spots[i], want[i])
				}
			}
			if r.BlindSpots[0].EntryPoints != 2 || !r.BlindSpots[0].OutOfProcess || !r.BlindSpots[0].ReturnsError {
				t.Errorf("callBank: %+v", r.BlindSpots[0])
			}
			byName := map[string]coverage.Group{}
			for _, g := range r.Owners {
				byName[g.Name] = g
			}
			if g := byName["payments"]; g.Totals.EntryPoints != 1 || g.Totals.Observed != 0 || g.Totals.DepthCoverage != 50 {
				t.Errorf("owner payments: %+v", g.Totals)
			}
			if g := byName["storefront"]; g.Totals.EntryPoints != 2 || g.Totals.Observed != 2 || g.Totals.DepthCoverage != 33.3 {
				t.Errorf("owner storefront: %+v", g.Totals)
			}
		})
	}
}

func TestGolden(t *testing.T) {
	r := compute(t, "vta")
	for name, render := range coverage.Formats {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := render(&buf, r); err != nil {
				t.Fatal(err)
			}
			ext := map[string]string{"text": "txt", "json": "json", "markdown": "md", "html": "html"}[name]
			fixtures.Golden(t, filepath.Join("testdata", "shop."+ext), buf.Bytes(), *update)
			var again bytes.Buffer
			render(&again, compute(t, "vta"))
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("same input, different bytes")
			}
		})
	}
}

// TestTracedOnlyWhenEnded: an entry point observed by a span of its own
// counts as traced only when the span is ended on every path.
func TestTracedOnlyWhenEnded(t *testing.T) {
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := program.Load(convention.Fixed{C: convention.Default()}, []string{"report/traced"}, program.Options{
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	rep, err := coverage.Compute(prog, coverage.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"report/traced.Ended": true, "report/traced.Helper": true, "report/traced.Leaked": false}
	for _, e := range rep.EntryPoints {
		if obs, ok := want[e.Function]; ok {
			if e.Observed != obs {
				t.Errorf("%s: observed %v, want %v", e.Function, e.Observed, obs)
			}
			delete(want, e.Function)
		}
	}
	for fn := range want {
		t.Errorf("entry point %s not in the report", fn)
	}
}
