package entrypoints_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/passtest"
)

// probe runs the entrypoints pass of a suite built on conv and describes
// its result: one line per entry point, registration and router of the
// package, at its position.
func probe(conv *convention.Convention) *analysis.Analyzer {
	return passtest.Probe(passtest.Set(conv).EntryPoints, describe)
}

func describe(pass *analysis.Pass) {
	res := entrypoints.Of(pass)
	for _, ep := range res.EntryPoints {
		if res.Of(ep.Func) != ep {
			pass.Reportf(ep.Pos(), "Result.Of(%s) is not its entry point", passtest.FuncName(pass, ep.Func))
		}
		factory := ""
		if ep.Factory {
			factory = " factory"
		}
		pass.Reportf(ep.Pos(), "entrypoint %s %s registered=%d escapes=%v%s",
			passtest.FuncName(pass, ep.Func), ep.Framework, len(ep.Registrations), ep.Escapes, factory)
	}
	for _, reg := range res.Registrations {
		var b strings.Builder
		fmt.Fprintf(&b, "registration %s route=%s handler=%s router=%s wrappers=%s",
			reg.Framework, orDash(reg.Route), passtest.FuncName(pass, reg.Handler), routerName(reg.Router), exprs(callees(reg.Wrappers)))
		if len(reg.Middleware) > 0 {
			fmt.Fprintf(&b, " middleware=%s", exprs(reg.Middleware))
		}
		if reg.Service != nil {
			var methods []string
			for _, m := range reg.Methods {
				methods = append(methods, passtest.FuncName(pass, m))
			}
			fmt.Fprintf(&b, " service=%s methods=%s", typeName(pass, reg.Service), passtest.List(methods, false))
		}
		if len(reg.Imported) > 0 {
			var imported []string
			for fn, f := range reg.Imported {
				s := passtest.FuncName(pass, fn) + "/" + f.Framework
				if f.RegisteredAtHome {
					s += "/home"
				}
				if f.Factory {
					s += "/factory"
				}
				imported = append(imported, s)
			}
			fmt.Fprintf(&b, " imported=%s", passtest.List(imported, true))
		}
		pass.Reportf(reg.Call.Pos(), "%s", b.String())
	}
	for obj, r := range res.Routers {
		if obj.Pkg() != pass.Pkg {
			continue // http.DefaultServeMux
		}
		pass.Reportf(obj.Pos(), "router %s created=%v param=%v parent=%s uses=%s options=%s wrappedby=%s",
			obj.Name(), r.Created, r.Param, routerName(r.Parent), exprs(r.Uses), exprs(r.Options), exprs(callees(r.WrappedBy)))
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func routerName(r *entrypoints.Router) string {
	if r == nil || r.Obj == nil {
		return "-"
	}
	return r.Obj.Name()
}

func typeName(pass *analysis.Pass, n *types.Named) string {
	if n.Obj().Pkg() != pass.Pkg {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return n.Obj().Name()
}

func callees(calls []*ast.CallExpr) []ast.Expr {
	var out []ast.Expr
	for _, c := range calls {
		out = append(out, c)
	}
	return out
}

// exprs names expressions for a description: a call by its function
// ("otelhttp.NewHandler"), anything else as written.
func exprs(list []ast.Expr) string {
	var out []string
	for _, e := range list {
		if c, ok := ast.Unparen(e).(*ast.CallExpr); ok {
			e = c.Fun
		}
		out = append(out, types.ExprString(e))
	}
	return passtest.List(out, false)
}

// TestEntryPoints checks the entry points, registrations, routers and
// facts of every framework, inside a package and across packages, under
// the default convention.
func TestEntryPoints(t *testing.T) {
	t.Parallel()
	passtest.Run(t, probe(nil),
		"passes/entrypoints/nethttp",
		"passes/entrypoints/routers",
		"passes/entrypoints/xpkg/api", "passes/entrypoints/xpkg/cmd",
		"passes/entrypoints/factories/api", "passes/entrypoints/factories/cmd",
		"passes/entrypoints/grpc/pb", "passes/entrypoints/grpc/server", "passes/entrypoints/grpc/cmd",
		"passes/entrypoints/connect/ordersconnect", "passes/entrypoints/connect/server",
		"passes/entrypoints/openapi/operations", "passes/entrypoints/openapi/impl", "passes/entrypoints/openapi/api",
	)
}

// TestConvention checks that the convention's frameworks, exported_only
// and ignore decide which entry points are kept; registrations are all
// reported whatever it says.
func TestConvention(t *testing.T) {
	t.Parallel()
	conv := convention.Default()
	conv.Entrypoints.Frameworks = []string{entrypoints.Chi}
	exportedOnly := false
	conv.Entrypoints.ExportedOnly = &exportedOnly
	conv.Entrypoints.Ignore = []string{"*.Debug*"}
	passtest.Run(t, probe(conv), "passes/entrypoints/conv")
}
