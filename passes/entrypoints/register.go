package entrypoints

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
)

// httpMethods are the per-method route registration names, in the
// spellings of chi and fiber (Get), and gin and echo (GET).
var httpMethods = map[string]bool{
	"Get": true, "Post": true, "Put": true, "Patch": true, "Delete": true, "Head": true, "Options": true, "Connect": true, "Trace": true,
	"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true, "OPTIONS": true, "CONNECT": true, "TRACE": true,
}

// routeCall describes a recognised registration call: which argument is
// the route, which are handlers (the last one is the endpoint, earlier ones
// route middleware), which are middleware after the handler (echo).
type routeCall struct {
	framework  string
	route      int // index of the route argument, -1 if none
	handler    int // index of the (first) handler argument
	lastIsEnd  bool
	middleware int // index from which arguments are middleware (echo), -1
}

// classify recognises a route registration by its callee.
func classify(fn *types.Func, nargs int) *routeCall {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	path, name := fn.Pkg().Path(), fn.Name()
	sig := fn.Type().(*types.Signature)
	isMethod := sig.Recv() != nil
	switch {
	case path == "net/http":
		if name == "Handle" || name == "HandleFunc" {
			return &routeCall{framework: NetHTTP, route: 0, handler: 1, middleware: -1}
		}
	case typesutil.PkgPathIs(path, pkgChi) && isMethod:
		switch {
		case httpMethods[name] && name[1] >= 'a', name == "Handle", name == "HandleFunc", name == "Mount":
			return &routeCall{framework: Chi, route: 0, handler: 1, middleware: -1}
		case name == "Method" || name == "MethodFunc":
			return &routeCall{framework: Chi, route: 1, handler: 2, middleware: -1}
		case name == "NotFound" || name == "MethodNotAllowed":
			return &routeCall{framework: Chi, route: -1, handler: 0, middleware: -1}
		}
	case typesutil.PkgPathIs(path, pkgGorilla) && isMethod:
		switch name {
		case "Handle", "HandleFunc":
			return &routeCall{framework: Gorilla, route: 0, handler: 1, middleware: -1}
		case "Handler", "HandlerFunc":
			return &routeCall{framework: Gorilla, route: -1, handler: 0, middleware: -1}
		}
	case typesutil.PkgPathIs(path, pkgGin) && isMethod:
		switch {
		case httpMethods[name] && name[1] < 'a', name == "Any":
			return &routeCall{framework: Gin, route: 0, handler: 1, lastIsEnd: true, middleware: -1}
		case name == "Handle", name == "Match":
			return &routeCall{framework: Gin, route: 1, handler: 2, lastIsEnd: true, middleware: -1}
		case name == "NoRoute", name == "NoMethod":
			return &routeCall{framework: Gin, route: -1, handler: 0, lastIsEnd: true, middleware: -1}
		}
	case typesutil.PkgPathIs(path, pkgEcho) && isMethod:
		switch {
		case httpMethods[name] && name[1] < 'a', name == "Any", name == "RouteNotFound":
			return &routeCall{framework: Echo, route: 0, handler: 1, middleware: 2}
		case name == "Add", name == "Match":
			return &routeCall{framework: Echo, route: 1, handler: 2, middleware: 3}
		}
	case typesutil.PkgPathIs(path, pkgFiber) && isMethod:
		switch {
		case httpMethods[name] && name[1] >= 'a', name == "All":
			return &routeCall{framework: Fiber, route: 0, handler: 1, lastIsEnd: true, middleware: -1}
		case name == "Add":
			return &routeCall{framework: Fiber, route: 1, handler: 2, lastIsEnd: true, middleware: -1}
		}
	}
	return nil
}

// findRegistrations finds route and service registrations.
func (s *scanner) findRegistrations() {
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				s.registration(call)
			}
			return true
		})
	}
}

func (s *scanner) registration(call *ast.CallExpr) {
	info := s.pass.TypesInfo
	fn := typesutil.Callee(info, call)
	if fn == nil {
		return
	}
	if svc := serviceOf(fn); svc != nil {
		s.serviceRegistration(call, svc)
		return
	}
	rc := classify(fn, len(call.Args))
	if rc == nil || rc.handler >= len(call.Args) {
		return
	}
	reg := &Registration{Call: call, Framework: rc.framework}
	if rc.route >= 0 && rc.route < len(call.Args) {
		if tv, ok := info.Types[call.Args[rc.route]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			reg.Route = constant.StringVal(tv.Value)
		}
	}
	// The router: the receiver's root, or http.DefaultServeMux for the
	// package-level http.Handle and http.HandleFunc.
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
		reg.Router = s.router(rootObject(info, sel.X))
	} else if rc.framework == NetHTTP {
		reg.Router = s.router(fn.Pkg().Scope().Lookup("DefaultServeMux"))
	}
	handlers := call.Args[rc.handler:]
	if rc.middleware >= 0 && rc.middleware < len(call.Args) {
		reg.Middleware = append(reg.Middleware, call.Args[rc.middleware:]...)
		handlers = call.Args[rc.handler:rc.middleware]
	} else if rc.middleware >= 0 {
		handlers = call.Args[rc.handler:]
	}
	if rc.lastIsEnd && len(handlers) > 1 {
		reg.Middleware = append(reg.Middleware, handlers[:len(handlers)-1]...)
		handlers = handlers[len(handlers)-1:]
	}
	if len(handlers) == 0 {
		return
	}
	h, wrappers, sub := s.resolveHandler(handlers[0])
	if sub != nil {
		// Mounting a router or handler: its routes inherit this one's
		// middleware.
		if sub != reg.Router {
			sub.Parent = reg.Router
		}
		return
	}
	reg.Handler, reg.Wrappers = h, wrappers
	s.res.Registrations = append(s.res.Registrations, reg)
	if h == nil {
		return
	}
	s.importFact(reg, h)
	if ep := s.res.byFunc[h]; ep != nil {
		ep.Registrations = append(ep.Registrations, reg)
	}
}

// resolveHandler finds the function a handler argument refers to, looking
// through conversions (http.HandlerFunc(f)) and wrapper calls
// (otelhttp.NewHandler(h, "x"), mw(h)), which it returns outermost first.
// sub is set instead when the argument is a router (a mount).
func (s *scanner) resolveHandler(e ast.Expr) (fn *types.Func, wrappers []*ast.CallExpr, sub *Router) {
	info := s.pass.TypesInfo
	for depth := 0; depth < 8; depth++ {
		e = ast.Unparen(e)
		switch x := e.(type) {
		case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr:
			if f := typesutil.FuncOf(info, x); f != nil {
				s.consumed[x] = true
				return f, wrappers, nil
			}
			if obj := typesutil.ObjectOf(info, x); obj != nil {
				if r := s.res.Routers[obj]; r != nil {
					return nil, wrappers, r
				}
			}
			return serveHTTP(info, x), wrappers, nil
		case *ast.CallExpr:
			if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0] // http.HandlerFunc(f)
				continue
			}
			if f := typesutil.Callee(info, x); f != nil && s.isFactory(f) {
				return f, wrappers, nil // a.LoginHandler()
			}
			wrappers = append(wrappers, x)
			next := ast.Expr(nil)
			for _, a := range x.Args {
				if isHandlerValue(info, a) {
					next = a
					break
				}
			}
			if next == nil {
				return nil, wrappers, nil
			}
			e = next
		default:
			return serveHTTP(info, x), wrappers, nil
		}
	}
	return nil, wrappers, nil
}

// isFactory reports whether fn is a handler factory of this package or,
// by its fact, of another.
func (s *scanner) isFactory(fn *types.Func) bool {
	if ep := s.res.byFunc[fn]; ep != nil {
		return ep.Factory
	}
	if fn.Pkg() == s.pass.Pkg {
		return false
	}
	var f Fact
	return s.pass.ImportObjectFact(fn, &f) && f.Factory
}

// serveHTTP returns the ServeHTTP method of a handler value's type
// (mux.Handle("/x", &Store{})), or nil.
func serveHTTP(info *types.Info, e ast.Expr) *types.Func {
	tv, ok := info.Types[e]
	if !ok || tv.IsType() || types.IsInterface(tv.Type) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tv.Type, true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

// isHandlerValue reports whether e is a function or handler value, as
// opposed to a route name or an option.
func isHandlerValue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.IsType() || tv.Value != nil {
		return false
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Signature:
		return true
	case *types.Interface:
		return typesutil.IsNamed(tv.Type, "net/http", "Handler") || u.NumMethods() == 1 && u.Method(0).Name() == "ServeHTTP"
	case *types.Pointer, *types.Struct:
		return isRouterType(tv.Type) || hasServeHTTP(tv.Type)
	}
	return false
}

func hasServeHTTP(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	_, ok := obj.(*types.Func)
	return ok
}

// serviceRegistration records pb.RegisterFooServer(s, impl) and
// fooconnect.NewFooHandler(impl, opts...).
func (s *scanner) serviceRegistration(call *ast.CallExpr, svc *service) {
	info := s.pass.TypesInfo
	reg := &Registration{Call: call, Framework: svc.framework}
	var implArg ast.Expr
	switch svc.framework {
	case GRPC:
		if len(call.Args) != 2 {
			return
		}
		reg.Router = s.router(rootObject(info, call.Args[0]))
		implArg = call.Args[1]
	case Connect:
		if len(call.Args) < 1 {
			return
		}
		implArg = call.Args[0]
		reg.Middleware = call.Args[1:]
		reg.Router = s.connectRouter(call)
		name := strings.TrimSuffix(strings.TrimPrefix(svc.register.Name(), "New"), "Handler")
		reg.Route = "/" + name
	}
	if tv, ok := info.Types[implArg]; ok {
		if named := typesutil.NamedOf(tv.Type); named != nil && !types.IsInterface(named) {
			reg.Service = named
			reg.Methods = serviceMethods(named, svc)
		}
	}
	s.res.Registrations = append(s.res.Registrations, reg)
	for _, m := range reg.Methods {
		s.importFact(reg, m)
		if ep := s.res.byFunc[m]; ep != nil {
			ep.Registrations = append(ep.Registrations, reg)
		}
	}
}

// connectRouter returns the router tracking the http.Handler that a
// connect registration returns (path, h := NewFooHandler(...)), so that
// wrapping or mounting h counts; nil when the result is not stored.
func (s *scanner) connectRouter(call *ast.CallExpr) *Router {
	return s.byCall[call]
}

// findEscapes marks entry points used as values other than in a
// recognised registration.
func (s *scanner) findEscapes() {
	info := s.pass.TypesInfo
	handled := make(map[*ast.Ident]bool)
	for e := range s.consumed {
		switch x := e.(type) {
		case *ast.Ident:
			handled[x] = true
		case *ast.SelectorExpr:
			handled[x.Sel] = true
		case *ast.IndexExpr:
			if id, ok := x.X.(*ast.Ident); ok {
				handled[id] = true
			}
		}
	}
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch fun := ast.Unparen(n.Fun).(type) {
				case *ast.Ident:
					handled[fun] = true
				case *ast.SelectorExpr:
					handled[fun.Sel] = true
				}
			case *ast.Ident:
				if handled[n] {
					return true
				}
				if fn, ok := info.Uses[n].(*types.Func); ok {
					if ep := s.res.byFunc[fn]; ep != nil {
						ep.Escapes = true
					}
				}
			}
			return true
		})
	}
}

// importFact records the entry point fact of fn when it is declared in
// another package.
func (s *scanner) importFact(reg *Registration, fn *types.Func) {
	if fn.Pkg() == s.pass.Pkg {
		return
	}
	var f Fact
	if s.pass.ImportObjectFact(fn, &f) {
		if reg.Imported == nil {
			reg.Imported = make(map[*types.Func]*Fact)
		}
		reg.Imported[fn] = &f
	}
}

// RouteCall describes a route registration call: which argument is the
// route pattern, which the handler, where route middleware starts.
type RouteCall struct {
	Framework string
	Route     int  // index of the route argument, -1 if none
	Handler   int  // index of the (first) handler argument
	LastIsEnd bool // the last handler argument is the endpoint, earlier ones middleware
	// Middleware is the index from which arguments are middleware (echo),
	// or -1.
	Middleware int
}

// Classify recognises fn, a function or method (possibly of an interface
// such as chi.Router), as a route registration, for the whole-program
// report, which finds registration calls in SSA rather than in syntax.
func Classify(fn *types.Func) *RouteCall {
	rc := classify(fn, 0)
	if rc == nil {
		return nil
	}
	return &RouteCall{Framework: rc.framework, Route: rc.route, Handler: rc.handler, LastIsEnd: rc.lastIsEnd, Middleware: rc.middleware}
}

// IsConstructor reports whether fn creates a router or server of a
// supported framework (gin.New, mux.NewRouter, grpc.NewServer, …).
func IsConstructor(fn *types.Func) bool { return isConstructor(fn) }

// IsRouterType reports whether t is a router, group, mux or server type of
// a supported framework.
func IsRouterType(t types.Type) bool { return isRouterType(t) }

// ServiceRegistration reports whether fn is a registration function that
// protoc-gen-go-grpc (RegisterFooServer) or protoc-gen-connect-go
// (NewFooHandler) generates, and for which framework.
func ServiceRegistration(fn *types.Func) (framework string, ok bool) {
	if svc := serviceOf(fn); svc != nil {
		return svc.framework, true
	}
	return "", false
}
