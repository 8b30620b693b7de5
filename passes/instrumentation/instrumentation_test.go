package instrumentation_test

import (
	"fmt"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/passtest"
)

// describe reports how each function of the package is observed inside,
// which of them instrument what is handed to them (middleware), and what
// each registration adds to the handlers it registers.
func describe(pass *analysis.Pass) {
	res := instrumentation.Of(pass)
	for fn, obs := range res.Funcs {
		if res.Of(fn) != obs {
			pass.Reportf(fn.Pos(), "Result.Of(%s) is not its observation", fn.Name())
		}
		pass.Reportf(fn.Pos(), "observed %s kinds=%s via=%s", passtest.FuncName(pass, fn), obs.Kinds, vias(obs.Via))
	}
	for fn, k := range res.Middleware {
		pass.Reportf(fn.Pos(), "middleware %s kinds=%s", passtest.FuncName(pass, fn), k)
	}
	for _, reg := range entrypoints.Of(pass).Registrations {
		obs := res.Registrations[reg]
		if obs == nil {
			pass.Reportf(reg.Call.Pos(), "registration without an observation")
			continue
		}
		var b strings.Builder
		b.WriteString("registration ")
		if reg.Service != nil {
			var inside []string
			for _, m := range reg.Methods {
				inside = append(inside, passtest.FuncName(pass, m)+":"+res.InsideKinds(m).String())
			}
			fmt.Fprintf(&b, "service=%s inside=%s", reg.Service.Obj().Name(), passtest.List(inside, true))
		} else {
			fmt.Fprintf(&b, "handler=%s inside=%s", passtest.FuncName(pass, reg.Handler), insideOf(res, reg.Handler))
		}
		fmt.Fprintf(&b, " kinds=%s via=%s unknown=%v", obs.Kinds, vias(obs.Via), obs.Unknown)
		pass.Reportf(reg.Call.Pos(), "%s", b.String())
	}
}

func insideOf(res *instrumentation.Result, fn *types.Func) string {
	if fn == nil {
		return "-"
	}
	return res.InsideKinds(fn).String()
}

func vias(list []instrumentation.Via) string {
	var out []string
	for _, v := range list {
		out = append(out, string(v))
	}
	return passtest.List(out, false)
}

// TestInstrumentation checks what each function observes inside and what
// each registration adds, with the facts that carry wrappers, middleware
// and observed handlers to other packages.
func TestInstrumentation(t *testing.T) {
	conv := convention.Default()
	conv.Instrumentation.Helpers = []string{"passes/instrumentation/obs.Helper"}
	conv.Instrumentation.Middleware = []string{"passes/instrumentation/obs.Gateway"}
	passtest.Run(t, passtest.Probe(passtest.Set(conv).Instrumentation, describe),
		"passes/instrumentation/obs", "passes/instrumentation/api", "passes/instrumentation/svc",
		"passes/instrumentation/pb", "passes/instrumentation/ordersconnect", "passes/instrumentation/rpc",
		"passes/instrumentation/quiet")
}

// TestKind checks the kinds' names and what each satisfies.
func TestKind(t *testing.T) {
	const both = instrumentation.Metrics | instrumentation.Traces
	for _, c := range []struct {
		k    instrumentation.Kind
		name string
		sat  string // the requirements it meets
	}{
		{0, "none", ""},
		{instrumentation.Metrics, "metrics", "any metrics"},
		{instrumentation.Traces, "traces", "any traces"},
		{both, "metrics+traces", "any metrics traces metrics+traces"},
	} {
		if got := c.k.String(); got != c.name {
			t.Errorf("Kind(%d).String() = %q, want %q", c.k, got, c.name)
		}
		var sat []string
		for _, req := range []string{convention.RequireAny, convention.RequireMetrics, convention.RequireTraces, convention.RequireBoth} {
			if c.k.Satisfies(req) {
				sat = append(sat, req)
			}
		}
		if got := strings.Join(sat, " "); got != c.sat {
			t.Errorf("%s satisfies %q, want %q", c.name, got, c.sat)
		}
	}
}
