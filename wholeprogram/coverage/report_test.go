package coverage_test

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/contract"
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

// withChange adds to the fixture's report what -base adds: the change's
// share (Refund, new and unobserved), the totals before it, and a
// telemetry contract diff with a rename that breaks an alert.
func withChange(r *coverage.Report) *coverage.Report {
	r.Base = "main"
	var refund coverage.EntryPoint
	for _, e := range r.EntryPoints {
		if e.Function == "report/shop/billing.Refund" {
			refund = e
		}
	}
	r.Change = &coverage.Change{
		Totals:      coverage.Totals{EntryPoints: 1, Observed: 0, WithSLO: 0, Coverage: 0, SLOCoverage: 0, DepthCoverage: 50, Reached: 4, Covered: 2},
		EntryPoints: []string{refund.Function},
		BlindSpots:  []string{"report/shop/billing.callBank"},
	}
	r.BaseTotals = &coverage.Totals{EntryPoints: 2, Observed: 2, WithSLO: 1, Coverage: 100, SLOCoverage: 50, DepthCoverage: 33.3, Reached: 6, Covered: 2}
	r.TelemetryChanges = []contract.Change{
		{Signal: "metric", Change: "renamed", Name: "shop_orders_total", Before: "shop_orders_total", After: "shop_orders_listed_total", Position: "report/shop/shop.go:20:8",
			Breaks: []contract.Break{{File: "rules/alerts.yml", Line: 7, Rule: "alert ShopNoOrders", Expr: "sum(rate(shop_orders_total[10m])) == 0", Why: "selects shop_orders_total; the metric is renamed to shop_orders_listed_total"}}},
		{Signal: "label", Change: "removed", Name: "shop_orders_listed_total", Before: "status", Position: "report/shop/shop.go:20:8", Breaks: []contract.Break{}},
		{Signal: "slo", Change: "changed", Name: "orders", Before: "orders: success 99.9%", After: "orders: success 99.5%", Position: "report/shop/shop.go:37", Function: "report/shop.ListOrders", Breaks: []contract.Break{}},
		{Signal: "log_key", Change: "removed", Name: "orderID", Position: "report/shop/shop.go:44:20", AtBase: true, Breaks: []contract.Break{}},
	}
	r.Warnings = []string{"rules/broken.yml:3: alert Broken: the expression does not parse as PromQL"}
	return r
}

var githubLinks = &coverage.Links{Base: "https://github.com/acme/shop/blob/0123abc/", Dir: "svc"}

// TestGoldenPR: the pull-request comment with and without -base, with
// and without links (GitHub Actions' environment, or -link-base).
func TestGoldenPR(t *testing.T) {
	base := compute(t, "vta")
	for _, c := range []struct {
		golden string
		change bool
		links  bool
		render func(io.Writer, *coverage.Report) error
	}{
		{"shop_links.md", false, true, coverage.Markdown},
		{"shop_base.md", true, false, coverage.Markdown},
		{"shop_base_links.md", true, true, coverage.Markdown},
		{"shop_base.html", true, true, coverage.HTML},
		{"shop_base.txt", true, false, coverage.Text},
	} {
		t.Run(c.golden, func(t *testing.T) {
			r := *base
			if c.change {
				withChange(&r)
			}
			if c.links {
				r.Links = githubLinks
			}
			var buf bytes.Buffer
			if err := c.render(&buf, &r); err != nil {
				t.Fatal(err)
			}
			fixtures.Golden(t, filepath.Join("testdata", c.golden), buf.Bytes(), *update)
		})
	}
}
