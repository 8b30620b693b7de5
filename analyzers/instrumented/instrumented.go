// Package instrumented defines the analyzer that reports exported entry
// points nobody observes: HTTP handlers and gRPC or connect methods that
// record no request metrics and start no span, inside or where they are
// registered.
//
// An entry point registered in its own package is judged there and
// reported at its name. One registered in another package (handlers in
// package api, routes in package main, the common layout) is judged where
// it is registered, since that is where the router's middleware is in
// sight, and reported at the registration. An entry point the analysis
// cannot follow (registered on a router received as a parameter, or stored
// in a route table) is not reported: the coverage report, which sees the
// whole program, accounts for those.
package instrumented

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
)

// Check is the analyzer's only check.
var Check = &checks.Check{ID: "instrumented", Analyzer: "instrumented", Severity: checks.Warning, Summary: "exported entry point records no request metrics or span, inside or where it is registered"}

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{Check}

// ignoredFact marks an entry point whose declaration carries an
// //obslint:ignore for this check, so that packages registering it stay
// silent too.
type ignoredFact struct{}

func (*ignoredFact) AFact()         {}
func (*ignoredFact) String() string { return "instrumented: ignored" }

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      "instrumented",
		Doc:       "reports exported entry points that record no request metrics or span",
		URL:       Check.DocURL(),
		Requires:  []*analysis.Analyzer{set.Config, set.Directives, set.EntryPoints, set.Instrumentation},
		FactTypes: []analysis.Fact{new(ignoredFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			a := &run{
				pass: pass,
				conv: config.Of(pass),
				r:    diag.New(pass, directiveindex.Of(pass)),
				eps:  entrypoints.Of(pass),
				inst: instrumentation.Of(pass),
			}
			if entrypoints.TestDoublePackage(pass.Pkg.Path()) {
				// Test doubles started as servers (openfga's mocks):
				// they serve tests, nobody observes them.
				return nil, nil
			}
			a.local()
			a.imported()
			a.bareRouters()
			return nil, nil
		},
	}
}

type run struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
	eps  *entrypoints.Result
	inst *instrumentation.Result
}

// local judges the entry points declared in this package.
func (a *run) local() {
	require := a.conv.Instrumentation.Require
	for _, ep := range a.eps.EntryPoints {
		if !ep.Exported() && a.conv.ExportedOnly() {
			continue
		}
		inside := a.inst.InsideKinds(ep.Func)
		if inside.Satisfies(require) || ep.Escapes {
			continue
		}
		if len(ep.Registrations) == 0 {
			// Registered elsewhere, if anywhere: judged there.
			if a.r.Silenced(ep.Pos(), Check) {
				a.pass.ExportObjectFact(ep.Func, new(ignoredFact))
			}
			continue
		}
		got, report := inside, false
		for _, reg := range ep.Registrations {
			obs := a.inst.Registrations[reg]
			k := inside | obs.Kinds
			if !k.Satisfies(require) && !obs.Unknown {
				got, report = k, true
			}
		}
		if report {
			a.r.Report(Check, ep.Pos(), token.NoPos, a.message(name(ep.Func), ep.Framework, got, ""), a.fixes(ep)...)
		}
	}
}

// imported judges handlers declared in other packages where this package
// registers them.
func (a *run) imported() {
	require := a.conv.Instrumentation.Require
	for _, reg := range a.eps.Registrations {
		obs := a.inst.Registrations[reg]
		if obs.Unknown {
			continue
		}
		var missing []*types.Func
		var got instrumentation.Kind
		for fn, fact := range reg.Imported {
			if fact.RegisteredAtHome || a.pass.ImportObjectFact(fn, new(ignoredFact)) {
				continue
			}
			if !fn.Exported() && a.conv.ExportedOnly() || a.conv.Ignored(typesutil.FullName(fn)) {
				continue
			}
			k := a.inst.InsideKinds(fn) | obs.Kinds
			if !k.Satisfies(require) {
				missing = append(missing, fn)
				got |= k
			}
		}
		if len(missing) == 0 {
			continue
		}
		names := make([]string, len(missing))
		for i, fn := range missing {
			names[i] = qualifiedName(a.pass.Pkg, fn)
		}
		sort.Strings(names)
		subject := strings.Join(names, ", ")
		a.r.Report(Check, reg.Call.Pos(), reg.Call.End(), a.message(subject, reg.Framework, got, "here"))
	}
}

// message says what is missing and how to add it.
func (a *run) message(subject, framework string, got instrumentation.Kind, where string) string {
	require := a.conv.Instrumentation.Require
	what := "handler"
	switch framework {
	case entrypoints.GRPC:
		what = "gRPC method"
	case entrypoints.Connect:
		what = "connect method"
	}
	if strings.Contains(subject, ", ") {
		what += "s"
	}
	missing := "records no request metrics or span"
	switch {
	case require == convention.RequireMetrics || require == convention.RequireBoth && got == instrumentation.Traces:
		missing = "records no request metrics"
		if got == instrumentation.Traces {
			missing = "starts a span but records no request metrics"
		}
	case require == convention.RequireTraces || require == convention.RequireBoth && got == instrumentation.Metrics:
		missing = "starts no span"
		if got == instrumentation.Metrics {
			missing = "records metrics but starts no span"
		}
	}
	how := map[string]string{
		entrypoints.Gin:     "use otelgin.Middleware on its router",
		entrypoints.Echo:    "use otelecho.Middleware on its router",
		entrypoints.Fiber:   "use otelfiber.Middleware on its app",
		entrypoints.GRPC:    "give its server grpc.StatsHandler(otelgrpc.NewServerHandler())",
		entrypoints.Connect: "add an otelconnect interceptor to its handler",
	}[framework]
	if how == "" {
		how = "wrap it where it is registered (otelhttp.NewHandler)"
		if where == "here" {
			how = "wrap it here (otelhttp.NewHandler)"
		}
	}
	return fmt.Sprintf("%s %s %s; %s or instrument it (convention: %s)", what, subject, missing, how, require)
}

// name is how messages name a function: "ListOrders", "Store.ListOrders".
func name(fn *types.Func) string { return typesutil.ShortName(fn) }

// qualifiedName names a function of another package as its package is
// imported: "api.ListOrders", "api.Store.ListOrders".
func qualifiedName(from *types.Package, fn *types.Func) string {
	if fn.Pkg() == nil || fn.Pkg() == from {
		return name(fn)
	}
	return fn.Pkg().Name() + "." + name(fn)
}

// fixes offers the mechanical instrumentation in the package's style: a
// span when the file already imports otel, else an //autometrics:inst
// directive when the package already uses Autometrics.
func (a *run) fixes(ep *entrypoints.EntryPoint) []analysis.SuggestedFix {
	fd := ep.Decl
	if fd == nil || fd.Body == nil {
		return nil
	}
	file := a.fileOf(fd)
	if file == nil {
		return nil
	}
	if otelName := importName(file, "go.opentelemetry.io/otel"); otelName != "" {
		if fix, ok := spanFix(a.pass, fd, ep, otelName); ok {
			return []analysis.SuggestedFix{fix}
		}
	}
	if directiveindex.Of(a.pass).HasAutometrics() {
		return []analysis.SuggestedFix{{
			Message:   "add an //autometrics:inst directive",
			TextEdits: []analysis.TextEdit{{Pos: fd.Pos(), End: fd.Pos(), NewText: []byte("//autometrics:inst\n")}},
		}}
	}
	return nil
}

func (a *run) fileOf(n ast.Node) *ast.File {
	for _, f := range a.pass.Files {
		if f.Pos() <= n.Pos() && n.End() <= f.End() {
			return f
		}
	}
	return nil
}

// importName returns the name under which file imports path, or "".
func importName(file *ast.File, path string) string {
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, `"`) != path {
			continue
		}
		if imp.Name != nil {
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				return ""
			}
			return imp.Name.Name
		}
		return path[strings.LastIndex(path, "/")+1:]
	}
	return ""
}

// bareRouters reports the routers other packages build with handlers
// that observe nothing, where this package serves them with nothing on
// the way that does: the place to wrap them.
func (a *run) bareRouters() {
	for _, br := range a.inst.BareRouters {
		names := br.Handlers
		more := ""
		if len(names) > 3 {
			more = fmt.Sprintf(" and %d more", len(names)-3)
			names = names[:3]
		}
		a.r.Report(Check, br.Call.Pos(), br.Call.End(), fmt.Sprintf("the router %s() returns is served here with nothing that records request metrics or a span, and its handlers %s%s record none themselves; wrap it here (otelhttp.NewHandler) or instrument them (convention: %s)",
			br.Func.Pkg().Name()+"."+typesutil.ShortName(br.Func), strings.Join(names, ", "), more, a.conv.Instrumentation.Require))
	}
}
