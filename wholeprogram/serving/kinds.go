package serving

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/passes/instrumentation"
)

// Config is what the analysis needs besides the program.
type Config struct {
	// Middleware returns what applying fn (a library or module
	// function) to a handler, router or server records.
	Middleware func(fn *types.Func) Kind
	// Inside returns what a module function records in its body.
	Inside func(fn *types.Func) Kind
	// Builder describes fn when it is a server builder that always
	// instruments what it builds or serves, else "".
	Builder func(fn *types.Func) string
	// Methods returns the service methods a gRPC or connect registration
	// at pos registers (from the entry-point pass), and
	// ServiceMethods those of a service implementation type, for
	// registrations the pass does not see (grpc-gateway, RegisterService).
	Methods        func(pos token.Pos) []*types.Func
	ServiceMethods func(t types.Type) []*types.Func
	// Factory reports whether fn is a handler factory entry point: the
	// handlers its function literals make are registrations of fn.
	Factory func(fn *types.Func) bool
}

func (c *Config) factory(fn *types.Func) bool {
	return fn != nil && c.Factory != nil && c.Factory(fn)
}

func (c *Config) middleware(fn *types.Func) Kind {
	if fn == nil || c.Middleware == nil {
		return 0
	}
	return c.Middleware(fn)
}

func (c *Config) inside(fn *types.Func) Kind {
	if fn == nil || c.Inside == nil {
		return 0
	}
	return c.Inside(fn)
}

func (c *Config) builder(fn *types.Func) string {
	if c.Builder == nil {
		return ""
	}
	return c.Builder(fn)
}

// bodyKinds returns what an anonymous function records per call: metric
// observations and span starts in its body and nested closures, what the
// program's functions it calls record (a middleware closure that calls
// m.observe(start, code)), and the middleware it applies
// (r.Use(func(h http.Handler) http.Handler { return otelhttp.NewHandler(h, "x") })).
func (c *Config) bodyKinds(fn *ssa.Function) Kind {
	var k Kind
	var visit func(f *ssa.Function)
	visit = func(f *ssa.Function) {
		for _, b := range f.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				obj := Callee(call.Common())
				k |= instrumentation.Observes(obj) | c.inside(obj) | c.middleware(obj)
			}
		}
		for _, anon := range f.AnonFuncs {
			visit(anon)
		}
	}
	visit(fn)
	return k
}

// middlewareArg returns what a middleware argument records (a Use, a
// group's or a route's middleware) and notes the functions used so:
// gin middleware has a handler's signature, and a function only ever used
// as middleware is no entry point.
func (t *tracer) middlewareArg(v ssa.Value, at token.Pos) Kind {
	for _, o := range t.sub(v) {
		if o.fn != nil {
			t.res.MiddlewareUses[o.fn] = append(t.res.MiddlewareUses[o.fn], at)
		}
	}
	return t.deepKinds(v)
}

// deepKinds returns what the middleware, options or interceptors a value
// is built from record: otelgrpc's stats handler inside
// grpc.StatsHandler(...), interceptors chained into an option, options
// appended to a slice under a flag, a module function that observes.
func (t *tracer) deepKinds(v ssa.Value) Kind {
	return t.deep(v, make(map[ssa.Value]bool), 0)
}

func (t *tracer) deep(v ssa.Value, seen map[ssa.Value]bool, depth int) Kind {
	if v == nil || seen[v] || depth > 12 {
		return 0
	}
	seen[v] = true
	var k Kind
	switch v := v.(type) {
	case *ssa.Function:
		if obj, ok := v.Object().(*types.Func); ok {
			k |= t.cfg.middleware(obj) | t.cfg.inside(obj) | instrumentation.Observes(obj)
		} else {
			k |= t.cfg.bodyKinds(v)
		}
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic != "" {
			k |= t.cfg.middleware(obj) | t.cfg.inside(obj)
		} else {
			k |= t.cfg.bodyKinds(fn)
		}
		for _, b := range v.Bindings {
			k |= t.deep(b, seen, depth+1)
		}
	case *ssa.Call:
		c := v.Common()
		obj := Callee(c)
		k |= t.cfg.middleware(obj)
		module := false
		for _, f := range t.ix.callees(v) {
			if t.ix.inModule[f] {
				module = true
				for i := 0; i < max(1, f.Signature.Results().Len()); i++ {
					for _, r := range returns(f, i) {
						k |= t.deep(r, seen, depth+1)
					}
				}
			}
		}
		if !module {
			if obj == nil {
				k |= t.deep(c.Value, seen, depth+1)
			}
			for _, a := range c.Args {
				k |= t.deep(a, seen, depth+1)
			}
		}
	case *ssa.Extract:
		k |= t.deep(v.Tuple, seen, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			k |= t.deep(e, seen, depth+1)
		}
	case *ssa.MakeInterface:
		k |= t.deep(v.X, seen, depth+1)
	case *ssa.ChangeType:
		k |= t.deep(v.X, seen, depth+1)
	case *ssa.ChangeInterface:
		k |= t.deep(v.X, seen, depth+1)
	case *ssa.Convert:
		k |= t.deep(v.X, seen, depth+1)
	case *ssa.Slice:
		k |= t.deep(v.X, seen, depth+1)
	case *ssa.Alloc, *ssa.MakeSlice:
		for _, e := range t.ix.elemStores[v] {
			k |= t.deep(e, seen, depth+1)
		}
		for _, s := range t.storedAt(v) {
			k |= t.deep(s, seen, depth+1)
		}
	case *ssa.UnOp:
		for _, s := range t.storedAt(v.X) {
			k |= t.deep(s, seen, depth+1)
		}
		if ia, ok := v.X.(*ssa.IndexAddr); ok {
			k |= t.deep(ia.X, seen, depth+1)
		}
	case *ssa.Parameter:
		fn := v.Parent()
		i := paramIndex(v)
		for _, site := range t.ix.callers(fn) {
			k |= t.deep(argOf(site, fn, i), seen, depth+1)
		}
	case *ssa.FreeVar:
		for _, s := range t.ix.cellStores[v] {
			k |= t.deep(s, seen, depth+1)
		}
		fn := v.Parent()
		for i, fv := range fn.FreeVars {
			if fv == v {
				for _, mc := range t.ix.closures[fn] {
					if i < len(mc.Bindings) {
						k |= t.deep(mc.Bindings[i], seen, depth+1)
					}
				}
			}
		}
	case *ssa.Field:
		if f := fieldVar(v.X.Type(), v.Field); f != nil {
			for _, s := range t.ix.fieldStores[f] {
				k |= t.deep(s, seen, depth+1)
			}
		}
	}
	return k
}
