package serving

import (
	"go/token"
	"go/types"
	"regexp"
	"sort"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
)

// Gateway is a grpc-gateway registration that proxies HTTP routes to a
// gRPC service elsewhere (Register…HandlerFromEndpoint, …HandlerClient):
// its routes are entry points of their own.
type Gateway struct {
	Func *types.Func // the generated registration function
	Pos  token.Pos
	Reg  *Registration
}

// Build finds every registration, router and server of the program's
// functions funcs (the module's, closures included) and follows how each
// is served.
func Build(cg *callgraph.Graph, funcs []*ssa.Function, cfg *Config) *Result {
	res := &Result{Registrations: make(map[*types.Func][]*Registration), MiddlewareUses: make(map[*types.Func][]token.Pos)}
	t := &tracer{ix: newIndex(cg, funcs), cfg: cfg, roots: make(map[any]*Root), res: res}
	sort.Slice(funcs, func(i, j int) bool { return funcs[i].Pos() < funcs[j].Pos() })
	var sinks []sink
	pos := func(v ssa.Value) token.Pos {
		if v != nil {
			return v.Pos()
		}
		return token.NoPos
	}
	_ = pos
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.Store:
					if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
						if f := fieldVar(fa.X.Type(), fa.Field); f != nil && f.Name() == "Handler" && isHTTPServer(fa.X.Type()) {
							sinks = append(sinks, sink{v: in.Val, what: "http.Server{Handler} at " + fn.Prog.Fset.Position(in.Pos()).String()})
						}
						if f := fieldVar(fa.X.Type(), fa.Field); f != nil {
							if what := servedField(fa.X.Type(), f); what != "" {
								sinks = append(sinks, sink{v: in.Val, what: what, kinds: instrumentation.Metrics | instrumentation.Traces})
							}
						}
						if entrypoints.IsOpenAPIHandlerType(in.Val.Type()) && entrypoints.IsOpenAPIType(fa.X.Type()) {
							// api.AlertGetAlertsHandler = alert_ops.GetAlertsHandlerFunc(h)
							t.register(in.Pos(), entrypoints.OpenAPI, fa.X, t.query(in.Val), 0)
						}
					}
				case ssa.CallInstruction:
					sinks = append(sinks, t.call(in)...)
				}
			}
		}
	}
	for _, s := range sinks {
		for _, o := range t.query(s.v) {
			switch {
			case o.root != nil:
				o.root.edges = append(o.root.edges, edge{kinds: o.kinds | s.kinds, what: s.what})
			case o.fn != nil:
				// A handler served directly: http.ListenAndServe(addr,
				// http.HandlerFunc(h)).
				res.Registrations[o.fn] = append(res.Registrations[o.fn], &Registration{Pos: s.pos, Framework: entrypoints.NetHTTP, Kinds: o.kinds | s.kinds, Served: true})
			}
		}
	}
	for _, r := range res.Roots {
		if r.Server && !r.InMemory {
			res.GRPCServers++
			k, _ := r.Guaranteed()
			if res.GRPCServers == 1 {
				res.AllGRPCObserved = k
			} else {
				res.AllGRPCObserved &= k
			}
		}
	}
	return res
}

// sink is a value a server serves, with what the server records.
type sink struct {
	v     ssa.Value
	what  string
	kinds Kind
	pos   token.Pos
}

// isServiceRegistration reports whether fn is a generated RegisterFooServer.
func isServiceRegistration(fn *types.Func) bool {
	_, ok := entrypoints.ServiceRegistration(fn)
	return ok
}

// isHTTPServer reports whether t is *http.Server.
func isHTTPServer(t types.Type) bool { return typesutil.IsPointerTo(t, "net/http", "Server") }

// gatewayRegister matches the registration functions protoc-gen-grpc-gateway
// generates.
var gatewayRegister = regexp.MustCompile(`^Register\w+Handler(Server|Client|FromEndpoint)?$`)

// call handles one call: a registration, a Use, a server option, a
// serving call. It returns the sinks it finds.
func (t *tracer) call(site ssa.CallInstruction) []sink {
	c := site.Common()
	t.replay(site)
	obj := Callee(c)
	if obj == nil || obj.Pkg() == nil {
		return nil
	}
	if rc := entrypoints.Classify(obj); rc != nil {
		t.registration(site, rc)
		return nil
	}
	if fw, ok := entrypoints.ServiceRegistration(obj); ok {
		t.serviceRegistration(site, fw)
		return nil
	}
	sig := obj.Type().(*types.Signature)
	path, name := obj.Pkg().Path(), obj.Name()
	switch {
	case gatewayRegister.MatchString(name) && sig.Recv() == nil && sig.Params().Len() >= 2 && isRouterValueType(sig.Params().At(1).Type()):
		if !gatewayRegister.MatchString(site.Parent().Name()) {
			// (the generated functions call each other)
			t.gateway(site, obj)
		}
		return nil
	case name == "RegisterService" && typesutil.PkgPathIs(path, "google.golang.org/grpc"):
		if caller, ok := site.Parent().Object().(*types.Func); !ok || !isServiceRegistration(caller) {
			// (inside a generated RegisterFooServer, the registration
			// is its callers')
			t.registerService(site)
		}
		return nil
	case (name == "Use" || name == "Pre") && sig.Recv() != nil:
		if recv, ok := receiverOf(c); ok && isRouterValueType(recv.Type()) {
			var k Kind
			for _, a := range c.Args {
				if a != recv {
					k |= t.middlewareArg(a, site.Pos())
				}
			}
			for _, o := range t.query(recv) {
				if o.root != nil {
					o.root.Uses |= k
				}
			}
		}
		return nil
	}
	// Servers.
	if b := t.cfg.builder(obj); b != "" {
		// confighttp's ToServer(ctx, host, settings, handler): what it
		// serves is instrumented.
		var out []sink
		for _, a := range c.Args {
			if isHandlerValueType(a.Type()) && !isRouterOwnedBy(a, c) {
				out = append(out, sink{v: a, what: b, kinds: instrumentation.Metrics | instrumentation.Traces, pos: site.Pos()})
			}
		}
		return out
	}
	if path == "net/http" && sig.Recv() == nil {
		switch name {
		case "ListenAndServe", "Serve", "ServeTLS":
			if len(c.Args) >= 2 {
				return []sink{t.httpSink(c.Args[1], "http."+name, site)}
			}
		case "ListenAndServeTLS":
			if len(c.Args) >= 4 {
				return []sink{t.httpSink(c.Args[3], "http."+name, site)}
			}
		}
	}
	if name == "Serve" && sig.Recv() != nil && typesutil.IsNamed(sig.Recv().Type(), "google.golang.org/grpc", "Server") && len(c.Args) == 2 {
		t.grpcServe(c)
		return nil
	}
	if sig.Recv() != nil && servesReceiver(obj) {
		if recv, ok := receiverOf(c); ok {
			return []sink{{v: recv, what: shortFunc(obj), pos: site.Pos()}}
		}
	}
	return nil
}

// grpcServe notes what a gRPC server serves: a server that only ever
// serves a bufconn listener is in memory.
func (t *tracer) grpcServe(c *ssa.CallCommon) {
	inMemory := t.madeBy(c.Args[1], "google.golang.org/grpc/test/bufconn", make(map[ssa.Value]bool), 0)
	for _, o := range t.query(c.Args[0]) {
		if o.root == nil {
			continue
		}
		if inMemory && !o.root.servesNetwork {
			o.root.InMemory = true
		} else if !inMemory {
			o.root.InMemory, o.root.servesNetwork = false, true
		}
	}
}

// madeBy reports whether v is, on every path, the result of a call into
// package pkg: a listener from bufconn.Listen, through variables and the
// closures that capture them.
func (t *tracer) madeBy(v ssa.Value, pkg string, seen map[ssa.Value]bool, depth int) bool {
	if v == nil || seen[v] || depth > 10 {
		return false
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Call:
		fn := Callee(x.Common())
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == pkg
	case *ssa.MakeInterface:
		return t.madeBy(x.X, pkg, seen, depth+1)
	case *ssa.ChangeInterface:
		return t.madeBy(x.X, pkg, seen, depth+1)
	case *ssa.Extract:
		return t.madeBy(x.Tuple, pkg, seen, depth+1)
	case *ssa.UnOp:
		stores := t.storedAt(x.X)
		if fv, ok := x.X.(*ssa.FreeVar); ok {
			for _, b := range t.bindings(fv) {
				stores = append(stores, t.storedAt(b)...)
			}
		}
		for _, s := range stores {
			if !t.madeBy(s, pkg, seen, depth+1) {
				return false
			}
		}
		return len(stores) > 0
	case *ssa.FreeVar:
		bs := t.bindings(x)
		for _, b := range bs {
			if !t.madeBy(b, pkg, seen, depth+1) {
				return false
			}
		}
		return len(bs) > 0
	}
	return false
}

// bindings returns what the closures binding fv give it.
func (t *tracer) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	var out []ssa.Value
	for i, f := range fn.FreeVars {
		if f == fv {
			for _, mc := range t.ix.closures[fn] {
				if i < len(mc.Bindings) {
					out = append(out, mc.Bindings[i])
				}
			}
		}
	}
	return out
}

// isRouterOwnedBy is a guard for builder calls whose receiver is itself a
// handler: only arguments are served.
func isRouterOwnedBy(a ssa.Value, c *ssa.CallCommon) bool {
	recv, ok := receiverOf(c)
	return ok && recv == a
}

// httpSink is http.ListenAndServe's handler; nil is
// http.DefaultServeMux.
func (t *tracer) httpSink(v ssa.Value, what string, site ssa.CallInstruction) sink {
	if k, ok := v.(*ssa.Const); ok && k.IsNil() {
		if g := site.Parent().Prog.ImportedPackage("net/http"); g != nil {
			if dm, ok := g.Members["DefaultServeMux"].(*ssa.Global); ok {
				root := t.globalRoot(dm)
				root.edges = append(root.edges, edge{what: what + "(nil)"})
			}
		}
		return sink{what: what}
	}
	return sink{v: v, what: what, pos: site.Pos()}
}

// servesReceiver recognises the methods that make a framework's engine
// serve itself: gin's Run, echo's Start, fiber's Listen.
func servesReceiver(fn *types.Func) bool {
	path := fn.Pkg().Path()
	switch {
	case typesutil.PkgPathIs(path, "github.com/gin-gonic/gin"):
		return len(fn.Name()) >= 3 && fn.Name()[:3] == "Run"
	case typesutil.PkgPathIs(path, "github.com/labstack/echo"):
		return len(fn.Name()) >= 5 && fn.Name()[:5] == "Start"
	case typesutil.PkgPathIs(path, "github.com/gofiber/fiber"):
		return len(fn.Name()) >= 6 && fn.Name()[:6] == "Listen"
	}
	return false
}

// registration records a route registration: its handler, the router it
// is registered on, the route middleware, and the routers mounted with
// it.
func (t *tracer) registration(site ssa.CallInstruction, rc *entrypoints.RouteCall) {
	c := site.Common()
	args := c.Args
	var recv ssa.Value
	if c.IsInvoke() {
		recv = c.Value
	} else if c.Signature().Recv() != nil && len(args) > 0 {
		recv, args = args[0], args[1:]
	}
	if rc.Handler >= len(args) {
		return
	}
	handlers := args[rc.Handler:]
	var routeKinds Kind
	if rc.Middleware >= 0 && rc.Middleware < len(args) {
		for _, m := range args[rc.Middleware:] {
			routeKinds |= t.middlewareArg(m, site.Pos())
		}
		handlers = args[rc.Handler:rc.Middleware]
	}
	if len(handlers) == 1 {
		if s, ok := handlers[0].(*ssa.Slice); ok && rc.LastIsEnd {
			// gin's variadic handlers: middleware then the endpoint
			t.variadicRegistration(site, rc, recv, s, routeKinds)
			return
		}
	}
	if rc.LastIsEnd && len(handlers) > 1 {
		for _, m := range handlers[:len(handlers)-1] {
			routeKinds |= t.middlewareArg(m, site.Pos())
		}
		handlers = handlers[len(handlers)-1:]
	}
	if len(handlers) == 0 {
		return
	}
	t.register(site.Pos(), rc.Framework, recv, t.query(handlers[0]), routeKinds)
}

// variadicRegistration handles gin's r.GET(path, mw1, mw2, endpoint),
// whose handlers arrive as one slice: the last element is the endpoint.
func (t *tracer) variadicRegistration(site ssa.CallInstruction, rc *entrypoints.RouteCall, recv ssa.Value, s *ssa.Slice, routeKinds Kind) {
	elems := t.ix.elemStores[s.X]
	if len(elems) == 0 {
		return
	}
	for _, m := range elems[:len(elems)-1] {
		routeKinds |= t.middlewareArg(m, site.Pos())
	}
	t.register(site.Pos(), rc.Framework, recv, t.query(elems[len(elems)-1]), routeKinds)
}

// register records the handler origins registered at site on recv.
func (t *tracer) register(pos token.Pos, framework string, recv ssa.Value, handlers []origin, routeKinds Kind) {
	routers, whys, dead := t.routersOf(recv, framework)
	for _, o := range handlers {
		switch {
		case o.fn != nil:
			t.res.Registrations[o.fn] = append(t.res.Registrations[o.fn], &Registration{
				Pos: pos, Framework: framework, Kinds: o.kinds | routeKinds, Routers: routers, Unresolved: whys, Dead: dead,
			})
		case o.root != nil:
			// A router or handler object mounted here: requests reach it
			// through the routers it is registered on.
			for _, r := range routers {
				o.root.edges = append(o.root.edges, edge{to: r, kinds: o.kinds | routeKinds, what: "mounted on " + r.What})
			}
			o.root.unresolved = append(o.root.unresolved, whys...)
		}
	}
}

// routersOf resolves the router a registration is made on. dead is set
// when every way to it is a parameter of a function nothing calls.
func (t *tracer) routersOf(recv ssa.Value, framework string) (routers []*Root, whys []string, dead bool) {
	if recv == nil {
		// net/http's package-level Handle and HandleFunc
		if framework == entrypoints.NetHTTP {
			return []*Root{t.rootFor("DefaultServeMux", entrypoints.NetHTTP, "http.DefaultServeMux", "")}, nil, false
		}
		return nil, []string{"a registration without a receiver"}, false
	}
	seen := make(map[*Root]bool)
	dead = true
	for _, o := range t.query(recv) {
		switch {
		case o.root != nil && !seen[o.root]:
			seen[o.root] = true
			routers = append(routers, o.root)
			dead = false
		case o.why != "":
			whys = append(whys, o.why)
			dead = dead && o.dead
		}
	}
	if len(routers) == 0 && len(whys) == 0 {
		whys = append(whys, "a router the analysis could not follow")
		dead = false
	}
	return routers, whys, dead
}

// replay links a gRPC handler map to the servers it is replayed into:
// handlers.ForEach(server.RegisterService) registers every service of
// handlers on server.
func (t *tracer) replay(site ssa.CallInstruction) {
	c := site.Common()
	for _, a := range c.Args {
		mc, ok := a.(*ssa.MakeClosure)
		if !ok || len(mc.Bindings) == 0 {
			continue
		}
		fn := mc.Fn.(*ssa.Function)
		obj, _ := fn.Object().(*types.Func)
		if fn.Synthetic == "" || obj == nil || obj.Name() != "RegisterService" {
			continue
		}
		recv, ok := receiverOf(c)
		if !ok || !isRegistrarType(recv.Type()) {
			continue
		}
		targets := t.query(mc.Bindings[0])
		for _, o := range t.query(recv) {
			if o.root == nil {
				continue
			}
			for _, tg := range targets {
				switch {
				case tg.root != nil:
					o.root.edges = append(o.root.edges, edge{to: tg.root, what: "replayed into " + tg.root.What})
				case tg.why != "":
					o.root.unresolved = append(o.root.unresolved, tg.why)
				}
			}
		}
	}
}

// serviceRegistration records pb.RegisterFooServer(s, impl) and
// fooconnect.NewFooHandler(impl, opts...).
func (t *tracer) serviceRegistration(site ssa.CallInstruction, framework string) {
	c := site.Common()
	methods := t.cfg.Methods(site.Pos())
	if len(methods) == 0 && len(c.Args) > 0 {
		impl := c.Args[len(c.Args)-1]
		if framework == entrypoints.Connect {
			impl = c.Args[0]
		}
		methods = t.implMethods(impl)
	}
	var routers []*Root
	var whys []string
	dead := false
	switch framework {
	case entrypoints.GRPC:
		if len(c.Args) != 2 {
			return
		}
		routers, whys, dead = t.routersOf(c.Args[0], framework)
	case entrypoints.Connect:
		call, ok := site.(*ssa.Call)
		if !ok {
			return
		}
		routers = []*Root{t.connectRoot(call, Callee(c))}
	}
	for _, m := range methods {
		t.res.Registrations[m] = append(t.res.Registrations[m], &Registration{Pos: site.Pos(), Framework: framework, Routers: routers, Unresolved: whys, Dead: dead})
	}
}

// implMethods returns the service methods of the implementation a value
// holds, from its concrete type.
func (t *tracer) implMethods(v ssa.Value) []*types.Func {
	if t.cfg.ServiceMethods == nil {
		return nil
	}
	var out []*types.Func
	seen := make(map[types.Type]bool)
	for _, typ := range t.concreteTypes(v, make(map[ssa.Value]bool), 0) {
		if !seen[typ] {
			seen[typ] = true
			out = append(out, t.cfg.ServiceMethods(typ)...)
		}
	}
	return out
}

// concreteTypes lists the dynamic types an interface value may hold,
// following conversions, φs, the program's functions' results
// (v1svc.NewPermissionsServer(...) returning the interface) and
// parameters.
func (t *tracer) concreteTypes(v ssa.Value, seen map[ssa.Value]bool, depth int) []types.Type {
	if v == nil || seen[v] || depth > 8 {
		return nil
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.MakeInterface:
		return []types.Type{x.X.Type()}
	case *ssa.ChangeInterface:
		return t.concreteTypes(x.X, seen, depth+1)
	case *ssa.Phi:
		var out []types.Type
		for _, e := range x.Edges {
			out = append(out, t.concreteTypes(e, seen, depth+1)...)
		}
		return out
	case *ssa.Call:
		var out []types.Type
		for _, f := range t.ix.callees(x) {
			if t.ix.inModule[f] {
				for _, r := range returns(f, 0) {
					out = append(out, t.concreteTypes(r, seen, depth+1)...)
				}
			}
		}
		return out
	case *ssa.Extract:
		if call, ok := x.Tuple.(*ssa.Call); ok {
			var out []types.Type
			for _, f := range t.ix.callees(call) {
				if t.ix.inModule[f] {
					for _, r := range returns(f, x.Index) {
						out = append(out, t.concreteTypes(r, seen, depth+1)...)
					}
				}
			}
			return out
		}
	case *ssa.Parameter:
		var out []types.Type
		fn := x.Parent()
		for _, site := range t.ix.callers(fn) {
			out = append(out, t.concreteTypes(argOf(site, fn, paramIndex(x)), seen, depth+1)...)
		}
		return out
	}
	if !types.IsInterface(v.Type()) {
		return []types.Type{v.Type()}
	}
	return nil
}

// gateway records a grpc-gateway registration on a runtime.ServeMux:
// with the server in process (…HandlerServer) the routes call the
// service's methods, which become entry points served by the mux too; as
// a proxy (…HandlerFromEndpoint, …HandlerClient) the routes are entry
// points of their own.
func (t *tracer) gateway(site ssa.CallInstruction, obj *types.Func) {
	c := site.Common()
	routers, whys, dead := t.routersOf(c.Args[1], "gateway")
	reg := &Registration{Pos: site.Pos(), Framework: "grpc-gateway", Routers: routers, Unresolved: whys, Dead: dead}
	if len(c.Args) >= 3 && len(obj.Name()) > len("Server") && obj.Name()[len(obj.Name())-len("Server"):] == "Server" {
		if methods := t.implMethods(c.Args[2]); len(methods) > 0 {
			for _, m := range methods {
				t.res.Registrations[m] = append(t.res.Registrations[m], reg)
			}
			return
		}
	}
	t.res.Gateways = append(t.res.Gateways, &Gateway{Func: obj, Pos: site.Pos(), Reg: reg})
}

// registerService records s.RegisterService(&pb.Foo_ServiceDesc, impl).
func (t *tracer) registerService(site ssa.CallInstruction) {
	c := site.Common()
	recv, ok := receiverOf(c)
	if !ok || len(c.Args) < 2 {
		return
	}
	routers, whys, dead := t.routersOf(recv, entrypoints.GRPC)
	for _, m := range t.implMethods(c.Args[len(c.Args)-1]) {
		t.res.Registrations[m] = append(t.res.Registrations[m], &Registration{Pos: site.Pos(), Framework: entrypoints.GRPC, Routers: routers, Unresolved: whys, Dead: dead})
	}
}
