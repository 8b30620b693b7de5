// Package instrumentation is the pass that decides, for every function of a
// package, whether and how it is observed, and for every registration of an
// entry point whether the registration instruments it.
//
// A function is observed inside when its body (closures included) records a
// Prometheus observation, an OpenTelemetry instrument record or span start,
// carries an //autometrics:inst directive, or calls a convention helper or a
// wrapper function that instruments its caller. A registration instruments
// a handler through wrapping (otelhttp.NewHandler(h, …), mw(h)), route
// middleware, or middleware applied to the router or server it is
// registered on (r.Use(otelgin.Middleware(…)), grpc.NewServer with an
// otelgrpc stats handler, otelhttp.NewHandler(mux, …)).
//
// Functions of the module that instrument their caller (wrappers such as
// obs.Track) or the handler given to them (middleware) are exported as
// facts, so that other packages know without guessing from names.
package instrumentation

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
)

// Kind is what a function emits: a bit set.
type Kind uint8

const (
	Metrics Kind = 1 << iota // request/error/latency metrics
	Traces                   // a span
)

func (k Kind) String() string {
	switch k {
	case Metrics:
		return "metrics"
	case Traces:
		return "traces"
	case Metrics | Traces:
		return "metrics+traces"
	}
	return "none"
}

// Satisfies reports whether k meets the convention's
// instrumentation.require.
func (k Kind) Satisfies(require string) bool {
	switch require {
	case convention.RequireMetrics:
		return k&Metrics != 0
	case convention.RequireTraces:
		return k&Traces != 0
	case convention.RequireBoth:
		return k&(Metrics|Traces) == Metrics|Traces
	}
	return k != 0
}

// Via says how a function is observed. The strings are stable: they appear
// in the report's JSON "via" list.
type Via string

const (
	ViaInside     Via = "inside"     // metric observation or span start in the body
	ViaDirective  Via = "directive"  // //autometrics:inst
	ViaHelper     Via = "helper"     // call to a convention helper or a module wrapper
	ViaMiddleware Via = "middleware" // wrapping or middleware where it is registered
)

// Observation is how one function, or one registration, is observed.
type Observation struct {
	Kinds Kind
	Via   []Via
	// Metrics lists the metric families observed directly, when their
	// names are known (reserved for the SLO export; may be empty).
	Metrics []string
	// Unknown is set on a registration whose router or middleware the pass
	// cannot see (a router received as a parameter, middleware held in a
	// value it cannot follow): nobody should report on it.
	Unknown bool
}

func (o *Observation) add(k Kind, via Via) {
	if k == 0 {
		return
	}
	o.Kinds |= k
	for _, v := range o.Via {
		if v == via {
			return
		}
	}
	o.Via = append(o.Via, via)
}

// InstrumentsFact marks a function whose call instruments its caller (a
// wrapper such as obs.Track), or, with Middleware, one that instruments the
// handler, router or server passed to it.
type InstrumentsFact struct {
	Kinds      Kind
	Middleware bool
}

// AFact implements analysis.Fact.
func (*InstrumentsFact) AFact() {}

func (f *InstrumentsFact) String() string {
	if f.Middleware {
		return "instrumenting middleware (" + f.Kinds.String() + ")"
	}
	return "instruments caller (" + f.Kinds.String() + ")"
}

// ObservedFact records, for an exported function observed inside, what it
// emits, so that a package registering it knows.
type ObservedFact struct{ Kinds Kind }

// AFact implements analysis.Fact.
func (*ObservedFact) AFact() {}

func (f *ObservedFact) String() string { return "observed (" + f.Kinds.String() + ")" }

// Result describes the package's functions and registrations.
type Result struct {
	// Funcs maps the package's functions that are observed inside to how.
	Funcs map[*types.Func]*Observation
	// Registrations maps each registration found by the entrypoints pass
	// to what it adds.
	Registrations map[*entrypoints.Registration]*Observation
	// Imported holds what registered handlers declared in other packages
	// observe inside, known by fact.
	Imported map[*types.Func]Kind
	// Middleware maps the package's functions that instrument the
	// handler, router or server given to them (convention middleware
	// included) to what they add.
	Middleware map[*types.Func]Kind
	// BareRouters are routers other packages built with bare handlers,
	// served here with nothing that observes them (see RouterFact).
	BareRouters []*BareRouter
}

// Of returns how fn, declared in this package, is observed inside, or nil.
func (r *Result) Of(fn *types.Func) *Observation {
	if r == nil {
		return nil
	}
	return r.Funcs[fn]
}

// InsideKinds returns what fn observes inside, for functions of this
// package and registered handlers of other packages.
func (r *Result) InsideKinds(fn *types.Func) Kind {
	if obs := r.Of(fn); obs != nil {
		return obs.Kinds
	}
	return r.Imported[fn]
}

// New returns the pass.
func New(cfg, dirs, eps *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintinstrumentation",
		Doc:        "decides which functions and registrations are observed, and how",
		Requires:   []*analysis.Analyzer{cfg, dirs, eps},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(InstrumentsFact), new(ObservedFact), new(telemetryFact), new(RouterFact), new(ServesFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			return run(pass, entrypoints.Of(pass))
		},
	}
}

// state is one run's working data.
type state struct {
	pass *analysis.Pass
	conv *convention.FactInputs // facts depend on it: read no other part
	dirs *directiveindex.Result
	eps  *entrypoints.Result

	decls  map[*types.Func]*ast.FuncDecl
	inside map[*types.Func]*Observation
	// wrapper and middleware hold the package's functions that
	// instrument their caller, or what is passed to them.
	wrapper    map[*types.Func]Kind
	middleware map[*types.Func]Kind
	// assigned maps local variables to the values stored in them, to
	// follow middleware held in variables.
	assigned map[types.Object][]ast.Expr
	helpers  map[string]bool
	mws      map[string]bool
	// routerFacts are the RouterFacts of this package's functions and
	// those imported so far.
	routerFacts map[*types.Func]*RouterFact
	// serves are the ServesFacts of this package's functions and those
	// imported so far.
	serves map[*types.Func]*ServesFact
}

func run(pass *analysis.Pass, eps *entrypoints.Result) (any, error) {
	s := &state{
		pass:        pass,
		conv:        config.FactsOf(pass),
		dirs:        directiveindex.Of(pass),
		eps:         eps,
		decls:       make(map[*types.Func]*ast.FuncDecl),
		inside:      make(map[*types.Func]*Observation),
		wrapper:     make(map[*types.Func]Kind),
		middleware:  make(map[*types.Func]Kind),
		assigned:    make(map[types.Object][]ast.Expr),
		helpers:     make(map[string]bool),
		mws:         make(map[string]bool),
		routerFacts: make(map[*types.Func]*RouterFact),
		serves:      make(map[*types.Func]*ServesFact),
	}
	for _, h := range s.conv.Instrumentation.Helpers {
		s.helpers[h] = true
	}
	for _, m := range s.conv.Instrumentation.Middleware {
		s.mws[m] = true
	}
	// Before the early return: a package that observes nothing may still
	// serve the routers others build (a runner listening on a handler).
	s.findServers()
	if !s.mayObserve() {
		// Nothing here can record a metric or span: the standard library
		// and most dependencies under go vet, which runs the pass on
		// every package for its facts.
		return &Result{Funcs: s.inside, Registrations: map[*entrypoints.Registration]*Observation{}, Imported: map[*types.Func]Kind{}}, nil
	}
	s.collect()
	s.solve()
	res := &Result{Funcs: s.inside, Registrations: make(map[*entrypoints.Registration]*Observation), Imported: make(map[*types.Func]Kind), Middleware: make(map[*types.Func]Kind)}
	for fn, k := range s.middleware {
		res.Middleware[fn] = k
	}
	for fn := range s.decls {
		if s.mws[typesutil.FullName(fn)] {
			res.Middleware[fn] |= Metrics | Traces
		}
	}
	for _, reg := range eps.Registrations {
		res.Registrations[reg] = s.registration(reg)
		for _, fn := range append([]*types.Func{reg.Handler}, reg.Methods...) {
			if fn == nil || fn.Pkg() == pass.Pkg {
				continue
			}
			var f ObservedFact
			if pass.ImportObjectFact(fn, &f) {
				res.Imported[fn] = f.Kinds
			}
		}
	}
	s.judgeRouters(res)
	s.exportFacts()
	return res, nil
}

// collect indexes declarations and variable assignments.
func (s *state) collect() {
	info := s.pass.TypesInfo
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					s.decls[fn] = fd
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if obj := typesutil.ObjectOf(info, l); obj != nil {
						if len(n.Rhs) == len(n.Lhs) {
							s.assigned[obj] = append(s.assigned[obj], n.Rhs[i])
						} else if len(n.Rhs) == 1 {
							s.assigned[obj] = append(s.assigned[obj], n.Rhs[0])
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if obj := info.Defs[name]; obj != nil {
						if i < len(n.Values) {
							s.assigned[obj] = append(s.assigned[obj], n.Values[i])
						} else if len(n.Values) == 1 {
							s.assigned[obj] = append(s.assigned[obj], n.Values[0])
						}
					}
				}
			}
			return true
		})
	}
}

// solve computes what each function observes inside, iterating because a
// function may call the package's own wrappers, declared anywhere.
func (s *state) solve() {
	for round := 0; round < 8; round++ {
		changed := false
		for fn, fd := range s.decls {
			obs := s.body(fd)
			if old := s.inside[fn]; old == nil && obs.Kinds != 0 || old != nil && (old.Kinds != obs.Kinds || len(old.Via) != len(obs.Via)) {
				changed = true
			}
			if obs.Kinds != 0 {
				s.inside[fn] = obs
			}
			if k := obs.Kinds; k != 0 {
				switch {
				case isMiddlewareSignature(fn):
					s.middleware[fn] = k
				case isWrapperSignature(fn) || s.helpers[typesutil.FullName(fn)]:
					s.wrapper[fn] = k
				}
			}
		}
		if !changed {
			return
		}
	}
}

// body computes how the function declared by fd is observed inside. In a
// function that takes or returns a handler, router or server, applying
// known middleware counts too: such a function is itself middleware
// (func Counted(h http.Handler) http.Handler { return
// promhttp.InstrumentHandlerCounter(c, h) }).
func (s *state) body(fd *ast.FuncDecl) *Observation {
	obs := new(Observation)
	if fn := s.dirs.Func(fd); fn != nil && fn.Autometrics != nil {
		obs.add(Metrics, ViaDirective)
	}
	self, _ := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	applies := self != nil && isMiddlewareSignature(self)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := typesutil.Callee(s.pass.TypesInfo, call)
		if fn == nil {
			return true
		}
		if k := observation(fn); k != 0 {
			obs.add(k, ViaInside)
			return true
		}
		if s.helpers[typesutil.FullName(fn)] {
			obs.add(Metrics|Traces, ViaHelper)
			return true
		}
		if k := s.wrapperKind(fn); k != 0 {
			obs.add(k, ViaHelper)
			return true
		}
		if applies && fn != self {
			if k := s.middlewareKind(fn); k != 0 {
				obs.add(k, ViaMiddleware)
			}
		}
		return true
	})
	return obs
}

// wrapperKind returns what a call of fn instruments in its caller: a
// wrapper of this package, or one known by fact.
func (s *state) wrapperKind(fn *types.Func) Kind {
	if fn.Pkg() == s.pass.Pkg {
		return s.wrapper[fn]
	}
	var f InstrumentsFact
	if s.pass.ImportObjectFact(fn, &f) && !f.Middleware {
		return f.Kinds
	}
	return 0
}

// middlewareKind returns what applying fn to a handler, router or server
// instruments: library middleware, convention middleware, middleware of
// this package, or middleware known by fact.
func (s *state) middlewareKind(fn *types.Func) Kind {
	if fn == nil {
		return 0
	}
	if k := middlewareKind(fn); k != 0 {
		return k
	}
	if s.mws[typesutil.FullName(fn)] {
		return Metrics | Traces
	}
	if fn.Pkg() == s.pass.Pkg {
		return s.middleware[fn] | s.wrapper[fn]
	}
	var f InstrumentsFact
	if s.pass.ImportObjectFact(fn, &f) {
		return f.Kinds
	}
	return 0
}

// telemetryFact marks a package that exports instrumentation facts: its
// importers must look at their calls of it.
type telemetryFact struct{}

func (*telemetryFact) AFact()         {}
func (*telemetryFact) String() string { return "instruments" }

// mayObserve reports whether the package can observe anything: it has
// entry points or registrations to judge, the convention names helpers or
// middleware, a function carries //autometrics:inst, a telemetry library
// is among its dependencies, or a direct import exports wrappers.
func (s *state) mayObserve() bool {
	if len(s.eps.EntryPoints) > 0 || len(s.eps.Registrations) > 0 || len(s.helpers) > 0 || len(s.mws) > 0 || s.dirs.HasAutometrics() {
		return true
	}
	for _, imp := range s.pass.Pkg.Imports() {
		if s.pass.ImportPackageFact(imp, new(telemetryFact)) {
			return true
		}
	}
	seen := make(map[*types.Package]bool)
	var reaches func(p *types.Package) bool
	reaches = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if telemetryPackage(p.Path()) {
			return true
		}
		for _, imp := range p.Imports() {
			if reaches(imp) {
				return true
			}
		}
		return false
	}
	return reaches(s.pass.Pkg)
}

// exportFacts exports wrapper, middleware and observation facts for the
// package's functions.
func (s *state) exportFacts() {
	if len(s.wrapper) > 0 || len(s.middleware) > 0 || len(s.routerFacts) > 0 {
		s.pass.ExportPackageFact(new(telemetryFact))
	}
	for fn, k := range s.wrapper {
		s.pass.ExportObjectFact(fn, &InstrumentsFact{Kinds: k})
	}
	for fn, k := range s.middleware {
		s.pass.ExportObjectFact(fn, &InstrumentsFact{Kinds: k, Middleware: true})
	}
	for fn, obs := range s.inside {
		if _, isWrapper := s.wrapper[fn]; isWrapper {
			continue
		}
		if _, isMW := s.middleware[fn]; isMW {
			continue
		}
		if fn.Exported() || s.eps.Of(fn) != nil {
			s.pass.ExportObjectFact(fn, &ObservedFact{Kinds: obs.Kinds})
		}
	}
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "instrumentation") }
