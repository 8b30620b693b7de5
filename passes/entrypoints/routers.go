package entrypoints

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
)

// constructors create routers and servers: everything done to what they
// return happens in sight of the pass.
var constructors = map[string]bool{
	"net/http.NewServeMux":             true,
	"github.com/gin-gonic/gin.New":     true,
	"github.com/gin-gonic/gin.Default": true,
	"github.com/gorilla/mux.NewRouter": true,
	"google.golang.org/grpc.NewServer": true,
}

// isConstructor reports whether fn creates a router, matching major
// versions of chi, echo and fiber.
func isConstructor(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if constructors[typesutil.FullName(fn)] {
		return true
	}
	switch {
	case typesutil.FuncPkgIs(fn, pkgChi):
		return fn.Name() == "NewRouter" || fn.Name() == "NewMux"
	case typesutil.FuncPkgIs(fn, pkgEcho), typesutil.FuncPkgIs(fn, pkgFiber):
		return fn.Name() == "New"
	}
	return false
}

// isRouterType reports whether t is a router, group, mux or server type of
// a supported framework.
func isRouterType(t types.Type) bool {
	n := typesutil.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	switch n.Obj().Name() {
	case "ServeMux":
		return path == "net/http"
	case "Mux", "Router":
		return typesutil.PkgPathIs(path, pkgChi) || typesutil.PkgPathIs(path, pkgGorilla) || typesutil.PkgPathIs(path, pkgFiber)
	case "Route":
		return typesutil.PkgPathIs(path, pkgGorilla)
	case "Engine", "RouterGroup", "IRoutes", "IRouter":
		return typesutil.PkgPathIs(path, pkgGin)
	case "Echo", "Group":
		return typesutil.PkgPathIs(path, pkgEcho) || typesutil.PkgPathIs(path, pkgFiber)
	case "App":
		return typesutil.PkgPathIs(path, pkgFiber)
	case "Server":
		return typesutil.PkgPathIs(path, pkgGRPC)
	case "Handler":
		return path == "net/http" // a mounted handler, such as a connect service's
	}
	return false
}

// router returns the Router tracked through obj, creating it.
func (s *scanner) router(obj types.Object) *Router {
	if obj == nil {
		return nil
	}
	r := s.res.Routers[obj]
	if r == nil {
		r = &Router{Obj: obj}
		s.res.Routers[obj] = r
	}
	return r
}

// rootObject follows a method-call chain (r.PathPrefix("/a").Subrouter())
// down to the variable or field it starts from.
func rootObject(info *types.Info, e ast.Expr) types.Object {
	for {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			if _, isMethod := info.Selections[sel]; !isMethod {
				return nil
			}
			e = sel.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			e = x.X
		default:
			obj := typesutil.ObjectOf(info, e)
			if _, ok := obj.(*types.Var); ok {
				return obj
			}
			return nil
		}
	}
}

// tupleRouters records the routers among the results of a call of
// another package's function assigned to several variables (engine,
// cleanup := router.Create(db, conf)): like r := api.Routes(), each comes
// from the call.
func (s *scanner) tupleRouters(lhs []ast.Expr, rhs ast.Expr) {
	info := s.pass.TypesInfo
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok {
		return
	}
	fn := typesutil.Callee(info, call)
	if fn == nil || isConstructor(fn) || isMethodCall(info, call) || serviceOf(fn) != nil {
		return
	}
	tuple, ok := info.TypeOf(call).(*types.Tuple)
	if !ok || tuple.Len() != len(lhs) {
		return
	}
	for i, l := range lhs {
		obj := typesutil.ObjectOf(info, l)
		if obj == nil || !isRouterType(tuple.At(i).Type()) {
			continue
		}
		if r := s.router(obj); r.From == nil && r.Parent == nil && !r.Created {
			r.From = call
		}
	}
}

// findRouters records how routers are created and derived, the middleware
// they Use, and the calls they are passed to.
func (s *scanner) findRouters() {
	info := s.pass.TypesInfo
	// assign records that the value of rhs is stored in the variable or
	// field lhs.
	assign := func(lhs types.Object, rhs ast.Expr) {
		if lhs == nil {
			return
		}
		rhs = ast.Unparen(rhs)
		if u, ok := rhs.(*ast.UnaryExpr); ok {
			rhs = u.X // &http.ServeMux{}
		}
		switch x := rhs.(type) {
		case *ast.CompositeLit:
			if tv, ok := info.Types[x]; ok && typesutil.IsNamed(tv.Type, "net/http", "ServeMux") {
				s.router(lhs).Created = true
			}
		case *ast.CallExpr:
			fn := typesutil.Callee(info, x)
			switch {
			case isConstructor(fn):
				r := s.router(lhs)
				r.Created = true
				r.Options = append(r.Options, x.Args...)
			case fn != nil && serviceOf(fn) != nil && serviceOf(fn).framework == Connect:
				r := s.router(lhs) // the http.Handler a connect service returns
				r.Created = true   // its options are the registration's middleware
				s.byCall[x] = r
			default:
				if tv, ok := info.Types[x]; ok && isRouterType(tv.Type) {
					if root := rootObject(info, x); root != nil && root != lhs {
						s.router(lhs).Parent = s.router(root) // group, subrouter
					} else if root == nil && fn != nil && !isMethodCall(info, x) {
						s.router(lhs).From = x // r := api.Routes()
					}
				}
			}
		case *ast.Ident, *ast.SelectorExpr:
			if obj := typesutil.ObjectOf(info, x); obj != nil && s.res.Routers[obj] != nil && obj != lhs {
				s.router(lhs).Parent = s.router(obj) // an alias: r2 := r
				if v, ok := lhs.(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() != "net/http" && (v.IsField() || v.Parent() == v.Pkg().Scope()) {
					// Stored where others reach it (http.Server's Handler
					// is where it is served, judged as such).
					s.res.Routers[obj].Escapes = true
				}
			}
		}
	}
	var exported []*ast.FuncDecl
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						assign(typesutil.ObjectOf(info, n.Lhs[i]), n.Rhs[i])
					}
				} else if len(n.Rhs) == 1 && len(n.Lhs) == 2 {
					// path, handler := fooconnect.NewFooHandler(svc, opts...)
					assign(typesutil.ObjectOf(info, n.Lhs[1]), n.Rhs[0])
				}
				if len(n.Rhs) == 1 && len(n.Lhs) > 1 {
					// engine, cleanup := router.Create(db, conf)
					s.tupleRouters(n.Lhs, n.Rhs[0])
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if i < len(n.Values) {
						assign(info.Defs[name], n.Values[i])
					} else if len(n.Values) == 1 && i == 1 {
						assign(info.Defs[name], n.Values[0])
					}
				}
			case *ast.CompositeLit:
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							if fld, ok := info.Uses[key].(*types.Var); ok && fld.IsField() {
								assign(fld, kv.Value)
							}
						}
					}
				}
			case *ast.CallExpr:
				s.routerCall(n)
			case *ast.FuncDecl:
				// A router a function returns is served by its callers,
				// which may wrap it: an exported function's callers are
				// in other packages; an unexported function's are here
				// (see below).
				if n.Body != nil {
					exported = append(exported, n)
				}
			case *ast.FuncType:
				// Routers received as parameters come with whatever the
				// caller applied to them. Not the router of a chi
				// r.Route or r.Group callback: chi derives it from r,
				// which routerCall, seeing the call before its
				// callback, made its parent.
				if n.Params != nil {
					for _, fld := range n.Params.List {
						for _, name := range fld.Names {
							if obj := info.Defs[name]; obj != nil && isRouterType(obj.Type()) {
								if r := s.res.Routers[obj]; r != nil && r.Parent != nil {
									continue
								}
								s.router(obj).Param = true
							}
						}
					}
				}
			}
			return true
		})
	}
	local := make(map[*types.Func][]*Router) // unexported functions' returned routers
	for _, fd := range exported {
		fn, _ := info.Defs[fd.Name].(*types.Func)
		ast.Inspect(fd.Body, func(m ast.Node) bool {
			if _, isLit := m.(*ast.FuncLit); isLit {
				return false
			}
			if ret, ok := m.(*ast.ReturnStmt); ok {
				for _, res := range ret.Results {
					if obj := typesutil.ObjectOf(info, res); obj != nil {
						if r := s.res.Routers[obj]; r != nil && fn != nil {
							if fd.Name.IsExported() {
								r.Escapes = true
								r.ReturnedBy = append(r.ReturnedBy, fn)
							} else {
								local[fn] = append(local[fn], r)
							}
						}
					}
				}
			}
			return true
		})
	}
	s.localReturns(local)
}

// localReturns decides the routers unexported functions return: judged
// in place when every call of the function hands the router straight to
// a server (http.ListenAndServe(addr, routes()), http.Server{Handler:
// routes()}) or there is none; escaping when a call passes it on (mounted
// on another router, wrapped, stored), which this pass does not follow.
func (s *scanner) localReturns(local map[*types.Func][]*Router) {
	if len(local) == 0 {
		return
	}
	info := s.pass.TypesInfo
	served := make(map[ast.Expr]bool)
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if fn := typesutil.Callee(info, n); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && len(n.Args) >= 2 {
					switch fn.Name() {
					case "ListenAndServe", "Serve", "ServeTLS":
						served[ast.Unparen(n.Args[1])] = true
					case "ListenAndServeTLS":
						served[ast.Unparen(n.Args[len(n.Args)-1])] = true
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "Handler" {
					if fld, ok := info.Uses[k].(*types.Var); ok && fld.Pkg() != nil && fld.Pkg().Path() == "net/http" {
						served[ast.Unparen(n.Value)] = true
					}
				}
			}
			return true
		})
	}
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typesutil.Callee(info, call)
			if routers := local[fn]; routers != nil && !served[call] {
				for _, r := range routers {
					r.Escapes = true
				}
			}
			return true
		})
	}
}

// isMethodCall reports whether call calls a method (a router derived
// from another: r.Group("/v1")), not a function.
func isMethodCall(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && info.Selections[sel] != nil
}

// callRouter returns the router a call of a function yields in place,
// http.ListenAndServe(addr, api.Routes()), keyed by a variable standing
// for the call's result; nil when the call yields no router.
func (s *scanner) callRouter(call *ast.CallExpr) *Router {
	info := s.pass.TypesInfo
	tv, ok := info.Types[call]
	fn := typesutil.Callee(info, call)
	if !ok || !isRouterType(tv.Type) || isMethodCall(info, call) || fn == nil || fn.Pkg() == nil || isLibrary(fn.Pkg().Path()) {
		return nil
	}
	if r := s.callRouters[call]; r != nil {
		return r
	}
	r := &Router{Obj: types.NewVar(call.Pos(), s.pass.Pkg, "", tv.Type), From: call}
	s.callRouters[call] = r
	s.res.CallRouters = append(s.res.CallRouters, r)
	return r
}

// isLibrary reports whether path is the standard library's net/http, a
// framework's or a telemetry library's: their functions return handlers
// of their own, not routers a package of the program built.
func isLibrary(path string) bool {
	return isFrameworkPkg(path) || strings.HasPrefix(path, "net/http") || path == "expvar" ||
		strings.HasPrefix(path, "go.opentelemetry.io/") || strings.HasPrefix(path, "github.com/prometheus/")
}

// routerCall records r.Use(mw...), chi's r.Route/r.Group callbacks, and
// calls that take a router as an argument.
func (s *scanner) routerCall(call *ast.CallExpr) {
	info := s.pass.TypesInfo
	fn := typesutil.Callee(info, call)
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn != nil && fn.Pkg() != nil && isFrameworkPkg(fn.Pkg().Path()) {
		if recv := rootObject(info, sel.X); recv != nil {
			switch fn.Name() {
			case "Use":
				r := s.router(recv)
				r.Uses = append(r.Uses, call.Args...)
				return
			case "Route", "Group", "With":
				// chi: r.Route("/api", func(r chi.Router) {...}); the
				// callback's router is derived from the receiver.
				for _, a := range call.Args {
					if lit, ok := a.(*ast.FuncLit); ok && len(lit.Type.Params.List) == 1 && len(lit.Type.Params.List[0].Names) == 1 {
						if p := info.Defs[lit.Type.Params.List[0].Names[0]]; p != nil {
							s.router(p).Parent = s.router(recv)
						}
					}
				}
			}
		}
	}
	// A router passed to a function: a wrapper (otelhttp.NewHandler(mux,
	// "x")), a server (http.ListenAndServe), or something unknown.
	for _, a := range call.Args {
		obj := typesutil.ObjectOf(info, a)
		if inner, ok := ast.Unparen(a).(*ast.CallExpr); ok && obj == nil {
			// http.ListenAndServe(addr, api.Routes()): the call's result
			// is a router of its own.
			if r := s.callRouter(inner); r != nil {
				r.WrappedBy = append(r.WrappedBy, call)
			}
			continue
		}
		if obj == nil {
			continue
		}
		if tv, ok := info.Types[a]; !ok || !isRouterType(tv.Type) && s.res.Routers[obj] == nil {
			continue
		}
		r := s.router(obj)
		r.WrappedBy = append(r.WrappedBy, call)
	}
}
