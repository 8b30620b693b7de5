package instrumentation

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
)

// A router built in one package is often served in another: api.Routes()
// registers the handlers and returns the router, and main wraps it in
// otelhttp.NewHandler at the http.Server. The package building it cannot
// tell whether its handlers are observed; the package serving it can. So
// an exported function returning a router hands on, as a RouterFact, the
// handlers registered on it with nothing observing them in sight, and the
// package calling it judges them where it serves the router.

// RouterFact marks an exported function that returns a router with
// handlers registered bare on it.
type RouterFact struct {
	// Bare names the handlers ("api.API.ListOrders at api/api.go:45"),
	// sorted.
	Bare []string
}

// AFact implements analysis.Fact.
func (*RouterFact) AFact() {}

func (f *RouterFact) String() string {
	return "returns a router with " + strconv.Itoa(len(f.Bare)) + " bare handlers"
}

// BareRouter is a router another package built, served here with nothing
// on the way that records what the convention requires.
type BareRouter struct {
	Call     *ast.CallExpr // the call that yields it: api.Routes()
	Func     *types.Func   // the function called
	Handlers []string      // its bare handlers, from the fact
	Kinds    Kind          // what its serving records, short of the requirement
}

// routerFactOf returns the RouterFact of the function call calls.
func (s *state) routerFactOf(call *ast.CallExpr) *RouterFact {
	fn := typesutil.Callee(s.pass.TypesInfo, call)
	if fn == nil {
		return nil
	}
	if f := s.routerFacts[fn]; f != nil {
		return f
	}
	if fn.Pkg() == s.pass.Pkg {
		return nil
	}
	var f RouterFact
	if s.pass.ImportObjectFact(fn, &f) {
		s.routerFacts[fn] = &f
		return &f
	}
	return nil
}

// routerFacts computes the package's RouterFacts and the bare routers it
// serves: the handlers registered on a router an exported function
// returns (and those of routers such a function got from another package)
// with nothing in sight observing them.
func (s *state) judgeRouters(res *Result) {
	require := s.conv.Instrumentation.Require
	bare := make(map[*types.Func][]string)
	for _, reg := range s.eps.Registrations {
		if reg.Router == nil {
			continue
		}
		k, unknown, _ := s.routerKinds(reg.Router)
		obs := res.Registrations[reg]
		if unknown || obs == nil || (obs.Kinds | k).Satisfies(require) {
			continue
		}
		for r, seen := reg.Router, map[*entrypoints.Router]bool{}; r != nil && !seen[r]; r = r.Parent {
			seen[r] = true
			for _, fn := range r.ReturnedBy {
				for _, h := range registered(reg) {
					if debugHandler(h) {
						continue
					}
					if !(res.InsideKinds(h) | obs.Kinds | k).Satisfies(require) {
						bare[fn] = append(bare[fn], s.handlerName(h))
					}
				}
			}
		}
	}
	// Routers built by another package's function, served here.
	routers := append([]*entrypoints.Router(nil), s.eps.CallRouters...)
	for _, r := range s.eps.Routers {
		routers = append(routers, r)
	}
	for _, r := range routers {
		if r.From == nil {
			continue
		}
		f := s.routerFactOf(r.From)
		if f == nil || len(f.Bare) == 0 {
			continue
		}
		k, unknown, escaped := s.routerKinds(r)
		if k.Satisfies(require) || unknown || s.handedOn(r) {
			continue
		}
		if escaped {
			for _, fn := range r.ReturnedBy {
				bare[fn] = append(bare[fn], f.Bare...)
			}
			continue
		}
		res.BareRouters = append(res.BareRouters, &BareRouter{Call: r.From, Func: typesutil.Callee(s.pass.TypesInfo, r.From), Handlers: f.Bare, Kinds: k})
	}
	sort.Slice(res.BareRouters, func(i, j int) bool { return res.BareRouters[i].Call.Pos() < res.BareRouters[j].Call.Pos() })
	for fn, names := range bare {
		sort.Strings(names)
		names = dedup(names)
		f := &RouterFact{Bare: names}
		s.routerFacts[fn] = f
		s.pass.ExportObjectFact(fn, f)
	}
}

// handedOn reports whether a router built elsewhere is passed to a call
// that neither serves it (http.ListenAndServe, Serve) nor instruments
// it: that call may wrap it, out of sight.
func (s *state) handedOn(r *entrypoints.Router) bool {
	for _, c := range r.WrappedBy {
		fn := typesutil.Callee(s.pass.TypesInfo, c)
		if fn == nil {
			return true
		}
		if k, _ := s.callKind(c); k != 0 {
			continue
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "net/http" {
			switch fn.Name() {
			case "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS":
				continue
			}
		}
		if entrypoints.Classify(fn) != nil {
			continue // mounted on a router of this package: judged with it
		}
		if s.servedBareBy(c, fn, func(e ast.Expr) bool { return s.isRouter(e, r) }) {
			continue // a function that serves it as it is (ServesFact)
		}
		return true
	}
	return false
}

// isRouter reports whether e is the router r: its variable, or the call
// that yields it in place.
func (s *state) isRouter(e ast.Expr, r *entrypoints.Router) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		return r.From != nil && call == r.From
	}
	return r.Obj != nil && typesutil.ObjectOf(s.pass.TypesInfo, e) == r.Obj
}

// debugHandler reports whether h is one of the standard library's debug
// endpoints (net/http/pprof, expvar): a router of them (chi's
// middleware.Profiler()) is no API a team would instrument.
func debugHandler(h *types.Func) bool {
	if h.Pkg() == nil {
		return false
	}
	switch h.Pkg().Path() {
	case "net/http/pprof", "expvar":
		return true
	}
	return false
}

// registered lists the functions a registration registers.
func registered(reg *entrypoints.Registration) []*types.Func {
	var out []*types.Func
	if reg.Handler != nil {
		out = append(out, reg.Handler)
	}
	out = append(out, reg.Methods...)
	return out
}

// handlerName names a handler for a message in another package.
func (s *state) handlerName(fn *types.Func) string {
	p := s.pass.Fset.Position(fn.Pos())
	name := typesutil.ShortName(fn)
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name + " (" + shortFile(p.Filename) + ":" + strconv.Itoa(p.Line) + ")"
}

func shortFile(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}

func dedup(sorted []string) []string {
	out := sorted[:0]
	for i, s := range sorted {
		if i == 0 || s != sorted[i-1] {
			out = append(out, s)
		}
	}
	return out
}
