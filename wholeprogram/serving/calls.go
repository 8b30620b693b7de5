package serving

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
)

// Callee returns the function a call names: the static callee (its
// generic origin for instantiations), or the interface method of an
// invoke. Nil for calls of function values.
func Callee(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if f := c.StaticCallee(); f != nil {
		if f.Origin() != nil {
			f = f.Origin()
		}
		obj, _ := f.Object().(*types.Func)
		return obj
	}
	return nil
}

// resultType returns the type of a call's i'th result.
func resultType(call *ssa.Call, i int) types.Type {
	if tup, ok := call.Type().(*types.Tuple); ok {
		if i < tup.Len() {
			return tup.At(i).Type()
		}
		return nil
	}
	return call.Type()
}

// callResult traces the i'th result of a call.
func (t *tracer) callResult(call *ssa.Call, i int, fr *frame) []origin {
	c := call.Common()
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return unresolved("the result of a builtin")
	}
	obj := Callee(c)
	if obj != nil {
		if b := t.cfg.builder(obj); b != "" {
			r := t.rootFor(call, frameworkOf(resultType(call, i)), shortFunc(obj), b)
			r.Server = r.Framework == entrypoints.GRPC && typesutil.IsPointerTo(resultType(call, i), "google.golang.org/grpc", "Server")
			return []origin{{root: r}}
		}
		if fw, ok := constructorOf(obj); ok {
			return []origin{{root: t.constructed(call, fw, obj)}}
		}
		if fw, ok := entrypoints.ServiceRegistration(obj); ok && fw == entrypoints.Connect && i == 1 {
			return []origin{{root: t.connectRoot(call, obj)}}
		}
		if recv, ok := receiverOf(c); ok && obj.Name() == "Serve" && entrypoints.IsOpenAPIType(recv.Type()) {
			// A go-openapi API's Serve(builder): the handler routing to
			// its operations, wrapped by what builder adds.
			var k Kind
			for _, a := range c.Args[1:] {
				k |= t.deepKinds(a)
			}
			return addKinds(t.trace(recv, fr), k)
		}
	}

	// The program's own functions: what they return, the call's
	// arguments bound to their parameters.
	var out []origin
	module := false
	for _, f := range t.ix.callees(call) {
		if !t.ix.inModule[f] {
			continue
		}
		module = true
		sub := &frame{call: call, callee: f, up: fr}
		for _, r := range returns(f, i) {
			out = append(out, t.trace(r, sub)...)
		}
	}
	if module {
		if obj == nil {
			out = addKinds(out, t.deepKinds(c.Value))
		}
		return out
	}

	if obj == nil {
		// A function value applied, not the program's: middleware built
		// by a library (otelhttp.NewMiddleware("op")(h)).
		return addKinds(t.handlerArgs(c, fr), t.deepKinds(c.Value))
	}
	rt := resultType(call, i)
	if recv, ok := routerReceiver(call); ok && rt != nil && isRouterValueType(rt) {
		// r.PathPrefix("/api").Subrouter(), g := r.Group("/v1", mw),
		// r.With(mw): a router derived from the receiver.
		return []origin{{root: t.derived(call, call, recv)}}
	}
	k := t.cfg.middleware(obj)
	if args := t.handlerArgs(c, fr); len(args) > 0 {
		if recv, ok := receiverOf(c); ok {
			// alice.New(mw...).Then(h), cors.New(o).Handler(h): the
			// receiver carries the middleware.
			k |= t.deepKinds(recv)
		}
		return addKinds(args, k)
	}
	if k != 0 {
		// A middleware constructor: otelmux.Middleware("svc").
		return []origin{{kinds: k}}
	}
	if rt != nil && isRouterValueType(rt) {
		return []origin{{root: t.rootFor(call, frameworkOf(rt), shortFunc(obj), "")}}
	}
	return unresolved("the result of %s, outside the analysed packages", shortFunc(obj))
}

// handlerArgs traces the handler arguments of a library call: the
// handlers a wrapper such as http.StripPrefix or h2c.NewHandler passes
// requests to.
func (t *tracer) handlerArgs(c *ssa.CallCommon, fr *frame) []origin {
	var out []origin
	for j, a := range c.Args {
		if j == 0 && !c.IsInvoke() && c.Signature().Recv() != nil {
			continue // the receiver
		}
		if isHandlerValueType(a.Type()) {
			out = append(out, t.trace(a, fr)...)
		}
	}
	return out
}

// receiverOf returns the receiver of a method call.
func receiverOf(c *ssa.CallCommon) (ssa.Value, bool) {
	if c.IsInvoke() {
		return c.Value, true
	}
	if c.Signature().Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], true
	}
	return nil, false
}

// sub runs a nested query, for a root's parents, keeping the current
// query's state.
func (t *tracer) sub(v ssa.Value) []origin {
	visited, memo, steps := t.visited, t.memo, t.steps
	out := t.query(v)
	t.visited, t.memo, t.steps = visited, memo, steps
	return out
}

// rootFor returns the root created at key, creating it.
func (t *tracer) rootFor(key any, framework, what, builder string) *Root {
	if r := t.roots[key]; r != nil {
		return r
	}
	r := &Root{Framework: framework, What: what, Builder: builder}
	if p, ok := key.(interface{ Pos() token.Pos }); ok {
		r.Pos = p.Pos()
	}
	t.roots[key] = r
	t.res.Roots = append(t.res.Roots, r)
	return r
}

// constructed is a router or server a constructor creates; a gRPC
// server's options are its middleware.
func (t *tracer) constructed(call *ssa.Call, framework string, obj *types.Func) *Root {
	if r := t.roots[call]; r != nil {
		return r
	}
	r := t.rootFor(call, framework, shortFunc(obj), "")
	r.Server = framework == entrypoints.GRPC
	for _, a := range call.Call.Args {
		r.Uses |= t.deepKinds(a)
	}
	return r
}

// connectRoot is the http.Handler a connect service registration
// returns; its options (interceptors) are its middleware.
func (t *tracer) connectRoot(call *ssa.Call, obj *types.Func) *Root {
	if r := t.roots[call]; r != nil {
		return r
	}
	r := t.rootFor(call, entrypoints.Connect, shortFunc(obj), "")
	for _, a := range call.Call.Args[1:] {
		r.Uses |= t.deepKinds(a)
	}
	return r
}

// derived is a router derived from recv by call (a group, a subrouter, a
// chi Route callback's router): requests reach it through recv, and the
// middleware given to call applies to it.
func (t *tracer) derived(key any, call ssa.CallInstruction, recv ssa.Value) *Root {
	if r := t.roots[key]; r != nil {
		return r
	}
	name := "a router"
	if obj := Callee(call.Common()); obj != nil {
		name = obj.Name() + "()"
	}
	r := t.rootFor(key, frameworkOf(recv.Type()), name, "")
	r.Pos = call.Pos()
	for _, o := range t.sub(recv) {
		switch {
		case o.root != nil:
			r.edges = append(r.edges, edge{to: o.root, kinds: o.kinds, what: name + " of " + o.root.What, derived: true})
		case o.why != "":
			r.unresolved = append(r.unresolved, o.why)
		}
	}
	c := call.Common()
	for j, a := range c.Args {
		if j == 0 && !c.IsInvoke() && c.Signature().Recv() != nil {
			continue
		}
		if isMiddlewareValueType(a.Type()) {
			r.Uses |= t.middlewareArg(a, call.Pos())
		} else {
			// an in-process channel's WithServerStatsHandler(h)
			r.Uses |= t.deepKinds(a)
		}
	}
	return r
}

// builderField is a router or server held in a field of an object a
// server builder made (dskit's server.HTTP, server.GRPC).
func (t *tracer) builderField(owner *Root, f *types.Var) *Root {
	key := struct {
		r *Root
		f *types.Var
	}{owner, f}
	return t.rootFor(key, frameworkOf(f.Type()), owner.What+"."+f.Name(), owner.Builder)
}

// globalRoot returns the root of a package variable that is itself a
// router: http.DefaultServeMux.
func (t *tracer) globalRoot(g *ssa.Global) *Root {
	if g.Pkg != nil && g.Pkg.Pkg.Path() == "net/http" && g.Name() == "DefaultServeMux" {
		return t.rootFor("DefaultServeMux", entrypoints.NetHTTP, "http.DefaultServeMux", "")
	}
	return nil
}

// constructorOf recognises the constructors of routers and servers.
func constructorOf(fn *types.Func) (string, bool) {
	if fn.Pkg() == nil {
		return "", false
	}
	if entrypoints.IsConstructor(fn) {
		return frameworkOfPkg(fn.Pkg().Path()), true
	}
	if typesutil.PkgPathIs(fn.Pkg().Path(), pkgGatewayRuntime) || typesutil.PkgPathIs(fn.Pkg().Path(), pkgGatewayRuntimeV1) {
		return "gateway", fn.Name() == "NewServeMux"
	}
	return "", false
}

// Import paths of grpc-gateway's runtime, whose ServeMux routes the
// gateway's HTTP requests.
const (
	pkgGatewayRuntime   = "github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	pkgGatewayRuntimeV1 = "github.com/grpc-ecosystem/grpc-gateway/runtime"
)

// frameworkOfPkg names the framework of a package path.
func frameworkOfPkg(path string) string {
	switch {
	case path == "net/http":
		return entrypoints.NetHTTP
	case typesutil.PkgPathIs(path, "github.com/go-chi/chi"):
		return entrypoints.Chi
	case typesutil.PkgPathIs(path, "github.com/gorilla/mux"):
		return entrypoints.Gorilla
	case typesutil.PkgPathIs(path, "github.com/gin-gonic/gin"):
		return entrypoints.Gin
	case typesutil.PkgPathIs(path, "github.com/labstack/echo"):
		return entrypoints.Echo
	case typesutil.PkgPathIs(path, "github.com/gofiber/fiber"):
		return entrypoints.Fiber
	case typesutil.PkgPathIs(path, "google.golang.org/grpc"):
		return entrypoints.GRPC
	case path == pkgGatewayRuntime || path == pkgGatewayRuntimeV1:
		return "gateway"
	}
	return "library"
}

// frameworkOf names the framework of a router type.
func frameworkOf(t types.Type) string {
	if isRegistrarType(t) {
		return entrypoints.GRPC
	}
	if entrypoints.IsOpenAPIType(t) {
		return entrypoints.OpenAPI
	}
	if n := typesutil.NamedOf(t); n != nil && n.Obj().Pkg() != nil {
		return frameworkOfPkg(n.Obj().Pkg().Path())
	}
	return "library"
}

// isRouterValueType reports whether t is a router, mux or server that
// handlers are registered on: the frameworks' routers and grpc-gateway's
// ServeMux (not a plain http.Handler).
func isRouterValueType(t types.Type) bool {
	if typesutil.IsNamed(t, "net/http", "Handler") {
		return false
	}
	if isRegistrarType(t) || entrypoints.IsOpenAPIType(t) {
		return true
	}
	if n := typesutil.NamedOf(t); n != nil && n.Obj().Pkg() != nil && n.Obj().Name() == "ServeMux" {
		if p := n.Obj().Pkg().Path(); p == pkgGatewayRuntime || p == pkgGatewayRuntimeV1 {
			return true
		}
	}
	return entrypoints.IsRouterType(t)
}

// isRegistrarType reports whether t (or *t) is a gRPC service registrar
// other than grpc.Server: a handler map that is replayed into servers
// later (grpchan.HandlerMap), an in-process channel. Services registered
// on it are served by what it is replayed into.
func isRegistrarType(t types.Type) bool {
	n := typesutil.NamedOf(t)
	if n == nil || types.IsInterface(n) || typesutil.IsNamed(n, "google.golang.org/grpc", "Server") {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "RegisterService")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	p := fn.Type().(*types.Signature).Params()
	return p.Len() == 2 && typesutil.IsPointerTo(p.At(0).Type(), "google.golang.org/grpc", "ServiceDesc")
}

// isHandlerValueType reports whether a value of type t can be served: an
// http.Handler, a handler function of a framework, a router.
func isHandlerValueType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok && types.IsInterface(p.Elem()) {
		return false // a captured variable's cell, not a handler
	}
	if isRouterValueType(t) || typesutil.IsNamed(t, "net/http", "Handler") || typesutil.IsNamed(t, "net/http", "HandlerFunc") {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Signature:
		return isHandlerSignature(u)
	case *types.Interface:
		for i := 0; i < u.NumMethods(); i++ {
			if u.Method(i).Name() == "ServeHTTP" {
				return true
			}
		}
	case *types.Pointer:
		// *T for a handler type T; a pointer to an interface is a
		// captured variable's cell, not a handler.
		return !types.IsInterface(u.Elem()) && serveHTTP(u.Elem()) != nil
	}
	return false
}

// isHandlerSignature recognises the handler functions of net/http, gin,
// echo and fiber by their parameters.
func isHandlerSignature(sig *types.Signature) bool {
	p := sig.Params()
	for i := 0; i < p.Len(); i++ {
		t := p.At(i).Type()
		if typesutil.IsNamed(t, "net/http", "ResponseWriter") || typesutil.IsNamed(t, "github.com/gin-gonic/gin", "Context") ||
			typesutil.IsNamed(t, "github.com/labstack/echo", "Context") || typesutil.IsNamed(t, "github.com/gofiber/fiber", "Ctx") {
			return true
		}
	}
	return false
}

// isMiddlewareValueType reports whether t is a handler, middleware or
// option type: what a group or server may be given to wrap its requests.
func isMiddlewareValueType(t types.Type) bool {
	if s, ok := t.Underlying().(*types.Slice); ok {
		t = s.Elem()
	}
	if isHandlerValueType(t) {
		return true
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		for i := 0; i < sig.Params().Len(); i++ {
			if isRouterValueType(sig.Params().At(i).Type()) {
				return false // chi's r.Group(func(r chi.Router) {...}) callback
			}
		}
		for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
			for i := 0; i < tup.Len(); i++ {
				if isHandlerValueType(tup.At(i).Type()) {
					return true
				}
			}
		}
	}
	n := typesutil.NamedOf(t)
	return n != nil && n.Obj().Pkg() != nil && (strings.HasSuffix(n.Obj().Name(), "Option") || strings.HasSuffix(n.Obj().Name(), "Interceptor") || strings.HasSuffix(n.Obj().Name(), "MiddlewareFunc"))
}

// shortFunc names fn as pkg.Func or pkg.Type.Method.
func shortFunc(fn *types.Func) string {
	if fn.Pkg() == nil {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + typesutil.ShortName(fn)
}
