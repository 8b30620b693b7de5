package coverage

import (
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/wholeprogram/serving"
)

// moduleFuncs lists the SSA functions of the module's packages, closures
// included, but those of packages only tests import: a test helper that
// starts a bare server with the real services on it says nothing about
// how the program serves them.
func (c *computer) moduleFuncs(prog *ssa.Program) []*ssa.Function {
	testOnly := c.testOnlyPackages()
	var out []*ssa.Function
	for fn := range ssautil.AllFunctions(prog) {
		if fn.Pkg != nil && c.pkgOf[fn.Pkg.Pkg] != nil && len(fn.Blocks) > 0 && !testOnly[fn.Pkg.Pkg.Path()] {
			out = append(out, fn)
		}
	}
	return out
}

// servingConfig tells the whole-program resolution what the passes know:
// which functions are middleware, what functions record inside, which
// server builders instrument, which methods a service registration
// registers.
func (c *computer) servingConfig(eps []entry) *serving.Config {
	methodsAt := make(map[token.Pos][]*types.Func)
	byRecv := make(map[*types.Named][]*types.Func)
	factories := make(map[*types.Func]bool)
	for _, p := range c.prog.Packages {
		res, _ := c.prog.Result(c.prog.Passes.EntryPoints, p).(*entrypoints.Result)
		if res == nil {
			continue
		}
		for _, reg := range res.Registrations {
			if len(reg.Methods) > 0 {
				methodsAt[reg.Call.Lparen] = reg.Methods
			}
		}
		for _, ep := range res.EntryPoints {
			if ep.Factory {
				factories[ep.Func] = true
			}
			if ep.Framework != entrypoints.GRPC && ep.Framework != entrypoints.Connect {
				continue
			}
			if recv := ep.Func.Type().(*types.Signature).Recv(); recv != nil {
				if n := typesutil.NamedOf(recv.Type()); n != nil {
					byRecv[n] = append(byRecv[n], ep.Func)
				}
			}
		}
	}
	servers := make(map[string]bool)
	middleware := make(map[string]bool)
	for _, p := range c.prog.Packages {
		conv := c.prog.Convention(p)
		for _, s := range conv.Instrumentation.Servers {
			servers[s] = true
		}
		for _, m := range conv.Instrumentation.Middleware {
			middleware[m] = true
		}
	}
	return &serving.Config{
		Middleware: func(fn *types.Func) serving.Kind {
			k := instrumentation.LibraryMiddleware(fn)
			if middleware[typesutil.FullName(fn)] {
				k |= instrumentation.Metrics | instrumentation.Traces
			}
			if inst := c.inst[fn.Pkg()]; inst != nil {
				k |= inst.Middleware[fn]
			}
			return k
		},
		Inside: func(fn *types.Func) serving.Kind {
			if inst := c.inst[fn.Pkg()]; inst != nil {
				return inst.InsideKinds(fn)
			}
			return 0
		},
		Builder: func(fn *types.Func) string {
			name := typesutil.FullName(fn)
			if servers[name] {
				return name + " (instrumentation.servers)"
			}
			return serving.KnownBuilder(name)
		},
		Methods: func(pos token.Pos) []*types.Func { return methodsAt[pos] },
		ServiceMethods: func(t types.Type) []*types.Func {
			if n := typesutil.NamedOf(t); n != nil {
				return byRecv[n]
			}
			return nil
		},
		Factory: func(fn *types.Func) bool { return factories[fn] },
	}
}

// resolveServing settles, with the whole program, the entry points that
// the per-package passes could not show observed: a router created in
// one package and wrapped in otelhttp where main serves it, a gRPC
// server built in a helper with interceptors, a route helper taking the
// router as a parameter.
func (c *computer) resolveServing(funcs []*ssa.Function, cg *callgraph.Graph, eps []entry) ([]entry, *serving.Result) {
	res := serving.Build(cg, funcs, c.servingConfig(eps))
	for i := range eps {
		e := &eps[i]
		if e.Observed {
			continue
		}
		c.settle(e, res)
	}
	return append(eps, c.gatewayEntries(res)...), res
}

// gatewayEntries makes an entry point of each grpc-gateway registration
// that proxies HTTP routes to a gRPC server elsewhere: requests enter
// there, observed by what wraps the gateway's mux.
func (c *computer) gatewayEntries(res *serving.Result) []entry {
	var out []entry
	for _, g := range res.Gateways {
		p := c.packageAt(g.Pos)
		if p == nil {
			continue
		}
		conv := c.prog.Convention(p)
		e := entry{fn: g.Func, require: conv.Instrumentation.Require}
		e.Function = typesutil.FullName(g.Func) + " (gateway routes)"
		e.Position = c.position(g.Pos)
		e.Package = p.PkgPath
		e.Framework = "grpc-gateway"
		e.Owner = conv.Owner(p.PkgPath)
		e.Via = []string{}
		e.gateway = true
		switch verdict, why := c.path(&e, g.Reg); verdict {
		case pathObserved:
			c.observe(&e, "")
		case pathUnknown:
			e.Unknown, e.Reason = true, why
		default:
			e.Reason = why
		}
		out = append(out, e)
	}
	return out
}

// packageAt returns the module package whose files contain pos.
func (c *computer) packageAt(pos token.Pos) *packages.Package {
	for _, p := range c.prog.Packages {
		for _, f := range p.Syntax {
			if f.FileStart <= pos && pos <= f.FileEnd {
				return p
			}
		}
	}
	return nil
}

// settle decides an entry point from its whole-program registrations.
func (c *computer) settle(e *entry, res *serving.Result) {
	regs := res.Registrations[e.fn]
	if len(regs) == 0 {
		if (e.Framework == entrypoints.GRPC || e.Framework == entrypoints.Connect) && res.GRPCServers > 0 && e.Framework == entrypoints.GRPC &&
			(e.inside | res.AllGRPCObserved).Satisfies(e.require) {
			// Registered where the analysis cannot see (a handler map
			// replayed into RegisterService), but every gRPC server the
			// program builds is instrumented.
			c.observe(e, "registered out of sight, but every gRPC server the program builds ("+itoa(res.GRPCServers)+" server"+plural(res.GRPCServers)+") is instrumented")
			return
		}
		if !e.Unknown {
			return // registered in sight of the passes, which judged it
		}
		e.Reason = "no registration of it found in the analysed packages"
		return
	}
	// Registrations on a parameter of a function nothing calls never
	// happen in this program; they count only when nothing else does.
	// Nor do registrations on servers that serve only in-memory
	// listeners (a development harness), when the entry point is also
	// served for real.
	var live []*serving.Registration
	for _, reg := range regs {
		if !reg.Dead && !reg.InMemoryOnly() {
			live = append(live, reg)
		}
	}
	if len(live) > 0 {
		regs = live
	}
	var unobserved, unknown []string
	for _, reg := range regs {
		verdict, why := c.path(e, reg)
		switch verdict {
		case pathUnobserved:
			unobserved = append(unobserved, why)
		case pathUnknown:
			unknown = append(unknown, why)
		}
	}
	switch {
	case len(unobserved) == 0 && len(unknown) == 0:
		c.observe(e, "")
	case len(unobserved) > 0:
		e.Unknown = false
		e.Reason = unobserved[0]
	default:
		e.Unknown = true
		e.Reason = unknown[0]
	}
}

func (c *computer) observe(e *entry, reason string) {
	e.Observed, e.Unknown, e.Reason = true, false, reason
	if !contains(e.Via, string(instrumentation.ViaMiddleware)) {
		e.Via = append(e.Via, string(instrumentation.ViaMiddleware))
		sort.Strings(e.Via)
	}
}

type pathVerdict int

const (
	pathObserved pathVerdict = iota
	pathUnobserved
	pathUnknown
)

// path judges one registration: what the route records, and what every
// way its routers are served records.
func (c *computer) path(e *entry, reg *serving.Registration) (pathVerdict, string) {
	k := e.inside | reg.Kinds
	if k.Satisfies(e.require) {
		return pathObserved, ""
	}
	at := c.position(reg.Pos)
	if reg.Served {
		return pathUnobserved, "served directly at " + at + " with nothing that records " + records(e.require) + " on the way"
	}
	if len(reg.Routers) == 0 {
		return pathUnknown, "registered at " + at + " on " + firstOr(reg.Unresolved, "a router the analysis could not follow")
	}
	known := len(reg.Unresolved) == 0
	why := ""
	if !known {
		why = "registered at " + at + " on " + reg.Unresolved[0]
	}
	g := ^serving.Kind(0)
	var names []string
	for _, r := range reg.Routers {
		rk, rknown := r.Guaranteed()
		g &= rk
		names = append(names, c.rootName(r))
		if !rknown && known {
			known, why = false, "registered at "+at+" on "+c.rootName(r)+": "+r.Why()
		}
	}
	if (k | g).Satisfies(e.require) {
		if known {
			return pathObserved, ""
		}
		// What can be followed instruments it, but another way in could
		// not be followed.
		return pathUnknown, why
	}
	if !known {
		return pathUnknown, why
	}
	return pathUnobserved, "registered at " + at + " on " + strings.Join(names, ", ") + ", served with nothing that records " + records(e.require) + " on the way"
}

// rootName names a router or server with where it is created.
func (c *computer) rootName(r *serving.Root) string {
	if r.Pos.IsValid() {
		return r.What + " (" + c.position(r.Pos) + ")"
	}
	return r.What
}

func firstOr(list []string, def string) string {
	if len(list) > 0 {
		return list[0]
	}
	return def
}

// records says what instrumentation.require asks for, in words.
func records(require string) string {
	switch require {
	case "metrics":
		return "metrics"
	case "traces":
		return "a span"
	case "metrics+traces":
		return "metrics and a span"
	}
	return "metrics or a span"
}
