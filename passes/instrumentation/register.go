package instrumentation

import (
	"go/ast"
	"go/types"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
)

// registration computes what a registration adds to the handlers it
// registers: wrappers, route middleware, and the middleware, options and
// wrapping of the router or server and the routers it derives from.
func (s *state) registration(reg *entrypoints.Registration) *Observation {
	obs := new(Observation)
	for _, w := range reg.Wrappers {
		k, unknown := s.callKind(w)
		obs.add(k, ViaMiddleware)
		obs.Unknown = obs.Unknown || unknown
	}
	for _, m := range reg.Middleware {
		obs.add(s.mentions(m, nil), ViaMiddleware)
	}
	if reg.Router == nil {
		// A receiver the pass cannot follow (a method's result), or a
		// connect handler mounted directly: only what is in sight counts.
		obs.Unknown = obs.Unknown || reg.Framework != entrypoints.Connect
		return obs
	}
	k, unknown, escaped := s.routerKinds(reg.Router)
	obs.add(k, ViaMiddleware)
	obs.Unknown = obs.Unknown || unknown || escaped
	return obs
}

// routerKinds returns what the middleware, options and wrapping of a
// router and the routers it derives from record, whether something on
// the way cannot be seen (a router received as a parameter, created out
// of sight), and whether it escapes (returned by an exported function,
// stored where others reach it: whoever serves it may wrap it).
func (s *state) routerKinds(r0 *entrypoints.Router) (k Kind, unknown, escaped bool) {
	seen := make(map[*entrypoints.Router]bool)
	for r := r0; r != nil && !seen[r]; r = r.Parent {
		seen[r] = true
		for _, u := range r.Uses {
			k |= s.mentions(u, nil)
		}
		for _, o := range r.Options {
			k |= s.mentions(o, nil)
		}
		for _, c := range r.WrappedBy {
			ck, cu := s.callKind(c)
			k |= ck
			unknown = unknown || cu
		}
		if r.Param {
			unknown = true // the caller may have applied middleware
		}
		if r.Escapes {
			escaped = true
		}
		if r.Parent == nil && !r.Created && !isDefaultServeMux(r.Obj) && (r.From == nil || s.routerFactOf(r.From) == nil) {
			unknown = true // created out of sight
		}
	}
	return k, unknown, escaped
}

func isDefaultServeMux(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && obj.Name() == "DefaultServeMux"
}

// callKind returns what a call that a handler or router is passed to
// instruments, and whether the pass cannot tell (a call of a function
// value it cannot follow).
func (s *state) callKind(call *ast.CallExpr) (Kind, bool) {
	if fn := typesutil.Callee(s.pass.TypesInfo, call); fn != nil {
		return s.useKind(fn), false
	}
	k := s.mentions(call.Fun, nil)
	return k, k == 0
}

// useKind returns what fn instruments when applied as middleware, or
// passed a handler or router: known middleware, and functions that observe
// inside (a middleware func(c *gin.Context) that observes, say).
func (s *state) useKind(fn *types.Func) Kind {
	if k := observation(fn); k != 0 {
		return k
	}
	k := s.middlewareKind(fn)
	if fn.Pkg() == s.pass.Pkg {
		if obs := s.inside[fn]; obs != nil {
			k |= obs.Kinds
		}
	} else {
		var f ObservedFact
		if s.pass.ImportObjectFact(fn, &f) {
			k |= f.Kinds
		}
	}
	return k
}

// mentions returns what the functions an expression refers to instrument,
// following variables to the values assigned to them:
// grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler())),
// connect.WithInterceptors(otelInterceptor), opts... .
func (s *state) mentions(e ast.Expr, seen map[types.Object]bool) Kind {
	if seen == nil {
		seen = make(map[types.Object]bool)
	}
	info := s.pass.TypesInfo
	var k Kind
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if fn := typesutil.FuncOf(info, n); fn != nil {
				k |= s.useKind(fn)
				return false
			}
		case *ast.Ident:
			switch obj := info.ObjectOf(n).(type) {
			case *types.Func:
				k |= s.useKind(obj)
			case *types.Var:
				if !seen[obj] && !obj.IsField() {
					seen[obj] = true
					for _, v := range s.assigned[obj] {
						k |= s.mentions(v, seen)
					}
				}
			}
		}
		return true
	})
	return k
}

// isMiddlewareSignature reports whether fn takes or returns a handler,
// router, server option or interceptor: applied to a handler or server, it
// instruments what it wraps when it observes.
func isMiddlewareSignature(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tuple.Len(); i++ {
			if isHandlerish(tuple.At(i).Type()) {
				return true
			}
		}
	}
	return false
}

// isHandlerish recognises handler, middleware, router and server-option
// types of the supported frameworks, and slices of them.
func isHandlerish(t types.Type) bool {
	if sl, ok := t.(*types.Slice); ok {
		// []grpc.ServerOption built by a function of its own, apart from
		// where the server is created (openfga's buildServerOpts).
		return isHandlerish(sl.Elem())
	}
	n := typesutil.NamedOf(t)
	if n == nil {
		if sig, ok := t.Underlying().(*types.Signature); ok {
			// func(http.Handler) http.Handler and friends
			for i := 0; i < sig.Params().Len(); i++ {
				if isHandlerish(sig.Params().At(i).Type()) {
					return true
				}
			}
		}
		return false
	}
	if n.Obj().Pkg() == nil {
		return false
	}
	path, name := n.Obj().Pkg().Path(), n.Obj().Name()
	switch {
	case path == "net/http":
		return name == "Handler" || name == "HandlerFunc" || name == "ServeMux"
	case typesutil.PkgPathIs(path, "github.com/gin-gonic/gin"):
		return name == "HandlerFunc" || name == "Engine" || name == "RouterGroup" || name == "IRoutes" || name == "IRouter"
	case typesutil.PkgPathIs(path, "github.com/labstack/echo"):
		return name == "HandlerFunc" || name == "MiddlewareFunc" || name == "Echo" || name == "Group"
	case typesutil.PkgPathIs(path, "github.com/gofiber/fiber"):
		return name == "Handler" || name == "App" || name == "Router"
	case typesutil.PkgPathIs(path, "github.com/go-chi/chi"):
		return name == "Router" || name == "Mux" || name == "Middlewares"
	case typesutil.PkgPathIs(path, "github.com/gorilla/mux"):
		return name == "Router" || name == "MiddlewareFunc"
	case typesutil.PkgPathIs(path, "google.golang.org/grpc"):
		return name == "ServerOption" || name == "UnaryServerInterceptor" || name == "StreamServerInterceptor" || name == "Server"
	case path == "google.golang.org/grpc/stats":
		return name == "Handler"
	case typesutil.PkgPathIs(path, "connectrpc.com/connect"):
		return name == "Interceptor" || name == "HandlerOption" || name == "Option" || name == "UnaryInterceptorFunc"
	}
	return false
}

// isWrapperSignature reports whether fn is shaped like a wrapper that
// instruments its caller: it returns a function (defer obs.Track(ctx,
// "x")()), a span, a timer or a context, or takes a function to run.
func isWrapperSignature(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		if _, ok := t.Underlying().(*types.Signature); ok {
			return true
		}
		if typesutil.IsNamed(t, pkgOtelTrace, "Span") || typesutil.IsPointerTo(t, pkgPrometheus, "Timer") || typesutil.IsNamed(t, "context", "Context") {
			return true
		}
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if _, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}
