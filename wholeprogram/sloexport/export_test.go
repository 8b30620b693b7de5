package sloexport_test

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/sloexport"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// load loads the fixture package in GOPATH mode over testdata/src, where
// the client_golang stub lives, so the test needs no network.
func load(t *testing.T) []sloexport.Objective {
	t.Helper()
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	conv := convention.Default()
	conv.Service = "shop"
	conv.Owners = map[string]string{"sloexport/...": "payments"}
	conv.SLO.Objectives = map[string]convention.Objective{
		"api": {Success: 99.9, Latency: convention.Duration{D: 250 * time.Millisecond, Text: "250ms"}, LatencyTarget: 99},
	}
	conv.SLO.Entrypoints = map[string]string{"sloexport/shop.GetOrder": "api"}
	prog, err := program.Load(convention.Fixed{C: conv}, []string{"sloexport/shop"}, program.Options{
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	return sloexport.Gather(prog)
}

func TestGather(t *testing.T) {
	objs := load(t)
	var ids []string
	for _, o := range objs {
		ids = append(ids, o.ID)
	}
	want := []string{
		"api-list-orders-success", "api-list-orders-latency",
		"checkout-checkout-success", "checkout-checkout-latency",
		"payment-pay-success", "payment-pay-latency",
		"save-store-save-success", "save-store-save-latency",
		"stats-store-stats-latency",
		"report-report-latency",
		"export-export-latency",
		"refunds-refund-success",
		"search-search-success", "search-search-latency",
		"api-get-order-success", "api-get-order-latency",
	}
	if len(ids) != len(want) {
		t.Fatalf("objectives %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Errorf("objective %d: %s, want %s", i, ids[i], want[i])
		}
	}
	for _, o := range objs {
		switch o.ID {
		case "refunds-refund-success", "api-get-order-latency", "checkout-checkout-success", "save-store-save-success", "report-report-latency":
			if o.SLI != nil {
				t.Errorf("%s has an indicator, want none (nothing measures it)", o.ID)
			}
		default:
			if o.SLI == nil {
				t.Errorf("%s has no indicator: %s", o.ID, o.Unmeasured)
			}
		}
		if o.Owner != "payments" || o.Service != "shop" {
			t.Errorf("%s: owner %q service %q", o.ID, o.Owner, o.Service)
		}
	}
}

func TestGolden(t *testing.T) {
	objs := load(t)
	for name, write := range map[string]func(io.Writer, []sloexport.Objective) error{
		"prometheus": sloexport.WritePrometheus,
		"sloth":      sloexport.WriteSloth,
		"openslo":    sloexport.WriteOpenSLO,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := write(&buf, objs); err != nil {
				t.Fatal(err)
			}
			fixtures.Golden(t, filepath.Join("testdata", name+".golden.yml"), buf.Bytes(), *update)
			var again bytes.Buffer
			write(&again, load(t))
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Error("output is not deterministic")
			}
		})
	}
}
