package contract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/wholeprogram/contract"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/promrefs"
)

// load loads the fixture revision rev (testdata/REV/src/shop) in GOPATH
// mode, with the API stubs of testdata/src.
func load(t *testing.T, rev string) *contract.Telemetry {
	t.Helper()
	root, _ := filepath.Abs(filepath.Join("testdata", rev))
	stubs, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	prog, err := program.Load(convention.Fixed{C: convention.Default()}, []string{"shop"}, program.Options{
		Env: append(os.Environ(), "GOPATH="+root+string(os.PathListSeparator)+stubs, "GO111MODULE=off", "GOFLAGS="),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	return contract.Collect(prog, filepath.Join(root, "src"))
}

func TestCollectAndDiff(t *testing.T) {
	before, after := load(t, "base"), load(t, "head")
	if len(before.Metrics) != 4 || len(before.SLOs) != 1 || len(before.Spans) != 1 || len(before.Attributes) != 2 || len(before.LogKeys) != 1 {
		t.Fatalf("base telemetry: %+v", before)
	}
	changes := contract.Diff(before, after)
	refs := parse(t,
		"sum(rate(shop_logins_total[5m])) > 1",
		`histogram_quantile(0.99, sum by (le, route) (rate(shop_request_duration_seconds_bucket[5m])))`,
		`rate(shop_request_duration_seconds_count{route="/checkout"}[5m])`,
		`sum without (code) (rate(shop_request_duration_seconds_sum[5m]))`,
		"rate(shop_orders_total[5m])",
		"shop_inflight_requests > 100",
		`{__name__=~"shop_.*_in_flight"}`,
	)
	contract.Breaks(changes, before, after, refs)
	var got []string
	for _, c := range changes {
		var lines []string
		for _, b := range c.Breaks {
			lines = append(lines, fmt.Sprint(b.Line))
		}
		got = append(got, fmt.Sprintf("%s %s %s [%s] -> [%s] at %s base=%v breaks=%s", c.Signal, c.Change, c.Name, c.Before, c.After, c.Position, c.AtBase, strings.Join(lines, ",")))
	}
	want := []string{
		"metric renamed shop_inflight_requests [shop_inflight_requests] -> [shop_requests_in_flight] at shop/shop.go:32:14 base=false breaks=6",
		"metric renamed shop_logins_total [shop_logins_total] -> [shop_sign_ins_total] at shop/shop.go:16:14 base=false breaks=1",
		"metric changed shop_orders_total [type counter] -> [type gauge] at shop/shop.go:27:14 base=false breaks=5",
		"label removed shop_request_duration_seconds [route] -> [] at shop/shop.go:21:15 base=false breaks=2,3",
		"metric changed shop_request_duration_seconds [Buckets: prometheus.DefBuckets] -> [Buckets: []float64{0.1, 1}] at shop/shop.go:21:15 base=false breaks=",
		"label added shop_request_duration_seconds [] -> [region] at shop/shop.go:21:15 base=false breaks=",
		"slo changed checkout [checkout: success 99.9%] -> [checkout: success 99.5%] at shop/shop.go:39 base=false breaks=",
		"span removed checkout [] -> [] at shop/shop.go:38:41 base=true breaks=",
		"span added checkout.process [] -> [] at shop/shop.go:40:41 base=false breaks=",
		"attribute added cart.size [] -> [] at shop/shop.go:42:76 base=false breaks=",
		"attribute removed shop.cart [] -> [] at shop/shop.go:40:62 base=true breaks=",
		"log_key added orderID [] -> [] at shop/shop.go:43:39 base=false breaks=",
		"log_key removed order_id [] -> [] at shop/shop.go:41:39 base=true breaks=",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// An unchanged program: nothing.
	if c := contract.Diff(after, after); len(c) != 0 {
		t.Errorf("the same telemetry twice: %+v", c)
	}
}

func parse(t *testing.T, exprs ...string) []promrefs.Ref {
	var refs []promrefs.Ref
	for i, e := range exprs {
		r := promrefs.Ref{File: "rules.yml", Line: i + 1, Expr: e}
		if err := promrefs.Parse(&r); err != nil {
			t.Fatal(err)
		}
		refs = append(refs, r)
	}
	return refs
}

// A package that does not load at the base revision (gotify: go:embed of
// a UI build that git ignores, and every package importing it) hides
// what it declares there; nothing declared in its directory is compared,
// on either side, and a key also declared elsewhere is not "removed"
// because its first position was in that directory.
func TestDiffSkipsIncompletePackages(t *testing.T) {
	before := &contract.Telemetry{
		Metrics:    []contract.Metric{{Name: "app_kept_total", Kind: "counter", Position: "runner/runner.go:10:2", Site: "runner var:kept"}},
		LogKeys:    []contract.Named{{Name: "method", Position: "runner/runner.go:115:3", Positions: []string{"runner/runner.go:115:3"}}},
		Incomplete: []string{"router"},
	}
	after := &contract.Telemetry{
		Metrics: []contract.Metric{
			{Name: "app_kept_total", Kind: "counter", Position: "runner/runner.go:10:2", Site: "runner var:kept"},
			{Name: "app_routes_total", Kind: "counter", Position: "router/router.go:20:2", Site: "router var:routes"},
		},
		LogKeys: []contract.Named{
			{Name: "method", Position: "router/router.go:290:4", Positions: []string{"router/router.go:290:4", "runner/runner.go:115:3"}},
			{Name: "status", Position: "router/router.go:292:4", Positions: []string{"router/router.go:292:4"}},
		},
	}
	if c := contract.Diff(before, after); len(c) != 0 {
		t.Errorf("changes in a directory that did not load at the base: %+v", c)
	}
	before.Incomplete = nil
	if c := contract.Diff(before, after); len(c) != 2 {
		t.Errorf("with the base complete, want the added metric and log key: %+v", c)
	}
}

// TestBreakOncePerExpression: an expression that both aggregates by a
// removed label and ignores it in a vector match (tempo's
// outstanding-blocks alerts) is one break with both reasons.
func TestBreakOncePerExpression(t *testing.T) {
	before, after := load(t, "base"), load(t, "head")
	changes := contract.Diff(before, after)
	contract.Breaks(changes, before, after, parse(t,
		`sum by (le, route) (rate(shop_request_duration_seconds_bucket[5m])) / ignoring(route) group_left count(up) by (le)`))
	for _, c := range changes {
		if c.Signal != contract.SignalLabel || c.Change != contract.Removed {
			continue
		}
		if len(c.Breaks) != 1 || !strings.Contains(c.Breaks[0].Why, "; ") {
			t.Errorf("label %s removed: breaks %+v, want one with two reasons", c.Before, c.Breaks)
		}
		return
	}
	t.Fatal("no label removed")
}
