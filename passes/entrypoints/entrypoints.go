// Package entrypoints is the pass that finds a package's entry points: the
// functions through which requests enter the program (HTTP handlers of
// net/http, chi, gorilla/mux, gin, echo and fiber; gRPC and connect service
// methods), where they are registered, and on which routers and servers.
//
// It only describes; deciding whether a registration instruments a handler
// is the instrumentation pass's job, and reporting is the analyzers'. Its
// result feeds the instrumented, slo and logkeys analyzers and the coverage
// report; its fact tells other packages which imported functions are entry
// points, so that a handler declared in one package and registered in
// another is judged where it is registered.
package entrypoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
)

// Frameworks (convention entrypoints.frameworks values).
const (
	NetHTTP = "nethttp"
	Chi     = "chi"
	Gorilla = "gorilla"
	Gin     = "gin"
	Echo    = "echo"
	Fiber   = "fiber"
	GRPC    = "grpc"
	Connect = "connect"
	// OpenAPI handlers are the operation handlers of a go-openapi
	// generated server (func(XxxParams) middleware.Responder).
	OpenAPI = "openapi"
)

// EntryPoint is one function through which requests enter.
type EntryPoint struct {
	Func      *types.Func   // the handler function or method
	Decl      *ast.FuncDecl // its declaration in this package
	Framework string        // see the constants above
	// Registrations are the calls in this package that register the
	// handler (mux.HandleFunc("/x", h), pb.RegisterFooServer(s, impl), …).
	Registrations []*Registration
	// Factory is true for a handler factory: a function returning the
	// handler it builds (func (a *API) Login() gin.HandlerFunc), registered
	// by calling it (r.GET("/login", a.Login())).
	Factory bool
	// Escapes is true when the function is also used as a value in a way
	// the pass does not follow (stored in a route table, passed to a
	// helper): it may be registered, wrapped or not, out of sight.
	Escapes bool
}

// Exported reports whether ep is an exported entry point.
func (ep *EntryPoint) Exported() bool { return ep.Func.Exported() }

// Pos is where findings about ep are reported: the function's name.
func (ep *EntryPoint) Pos() token.Pos {
	if ep.Decl != nil {
		return ep.Decl.Name.Pos()
	}
	return ep.Func.Pos()
}

// Registration is a call that registers a handler or a service.
type Registration struct {
	Call      *ast.CallExpr
	Framework string
	// Route is the route pattern when it is a constant, else "".
	Route string
	// Handler is the registered function (possibly declared in another
	// package); nil for function literals and handlers the pass cannot
	// resolve.
	Handler *types.Func
	// Service is the implementation type registered with a gRPC
	// RegisterXxxServer or connect NewXxxHandler; Methods its entry
	// points (possibly declared in another package).
	Service *types.Named
	Methods []*types.Func
	// Wrappers are the calls wrapping the handler in the registration,
	// outermost first: otelhttp.NewHandler(h, "x") or mw(h).
	Wrappers []*ast.CallExpr
	// Middleware are route-level middleware arguments (gin, echo, fiber)
	// and, for gRPC and connect, the handler options.
	Middleware []ast.Expr
	// Router is the router or server registered on; nil when unknown.
	Router *Router
	// Imported holds the entry point facts of the registered handler or
	// methods that are declared in other packages.
	Imported map[*types.Func]*Fact
}

// Router is a router, mux or server value, tracked through the variable or
// field that holds it.
type Router struct {
	Obj    types.Object // the variable or struct field
	Parent *Router      // the router it was derived from (group, subrouter, mount)
	// Created is true when the router is created in this package by a
	// known constructor (gin.New, http.NewServeMux, grpc.NewServer, …), so
	// everything applied to it is in sight. A router received as a
	// parameter, or passed to functions the pass does not know, is not.
	Created bool
	// Param is true for a router received as a function parameter.
	Param bool
	// Uses are the arguments of Use(...) calls; WrappedBy the calls that
	// take the router as an argument (otelhttp.NewHandler(mux, "x"));
	// Options the constructor's arguments (grpc.NewServer(opts...)).
	Uses      []ast.Expr
	WrappedBy []*ast.CallExpr
	Options   []ast.Expr
	// Escapes is set when the router leaves the function that holds it
	// (returned, stored in a field or package variable): whoever serves
	// it may wrap it, out of this package's sight.
	Escapes bool
	// ReturnedBy are the exported functions that return it: the
	// instrumentation pass hands its bare handlers on to their callers
	// as a fact.
	ReturnedBy []*types.Func
	// From is the call of a function that produced the router (r :=
	// api.Routes(), or the call used in place), for routers whose
	// handlers another package registered.
	From *ast.CallExpr
}

// Result is the pass's result for one package.
type Result struct {
	EntryPoints   []*EntryPoint   // declared in this package, in source order
	Registrations []*Registration // made in this package, in source order
	Routers       map[types.Object]*Router
	// CallRouters are routers that calls of another package's functions
	// yield in place: http.ListenAndServe(addr, api.Routes()).
	CallRouters []*Router
	byFunc      map[*types.Func]*EntryPoint
}

// Of returns the entry point for fn declared in this package, or nil.
func (r *Result) Of(fn *types.Func) *EntryPoint {
	if r == nil {
		return nil
	}
	return r.byFunc[fn]
}

// Fact marks an exported function or method as an entry point, for the
// packages that import it and register it.
type Fact struct {
	Framework string
	// RegisteredAtHome is true when the declaring package registers the
	// handler itself; the instrumented analyzer judges it there.
	RegisteredAtHome bool
	// Factory is true for a handler factory (see EntryPoint.Factory).
	Factory bool
}

// AFact implements analysis.Fact.
func (*Fact) AFact() {}

func (f *Fact) String() string {
	s := "entrypoint(" + f.Framework
	if f.Factory {
		s += ", factory"
	}
	if f.RegisteredAtHome {
		s += ", registered at home"
	}
	return s + ")"
}

// New returns the pass. cfg is the config pass (passes/config).
func New(cfg *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintentrypoints",
		Doc:        "finds HTTP, gRPC and connect entry points and where they are registered",
		Requires:   []*analysis.Analyzer{cfg},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(Fact)},
		Run:        run,
	}
}

// frameworkPkgs are the import paths (any major version) whose presence
// makes a package worth scanning.
var frameworkPkgs = []string{
	"net/http", "github.com/gin-gonic/gin", "github.com/labstack/echo", "github.com/gofiber/fiber",
	"github.com/go-chi/chi", "github.com/gorilla/mux", "google.golang.org/grpc", "connectrpc.com/connect",
}

func isFrameworkPkg(path string) bool {
	for _, p := range frameworkPkgs {
		if typesutil.PkgPathIs(path, p) {
			return true
		}
	}
	return false
}

// relevant reports whether the package or one of its direct imports
// imports a framework: gRPC service implementations often import only
// their generated package.
func relevant(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if isFrameworkPkg(imp.Path()) {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if isFrameworkPkg(imp2.Path()) {
				return true
			}
		}
	}
	return false
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{Routers: make(map[types.Object]*Router), byFunc: make(map[*types.Func]*EntryPoint)}
	if !relevant(pass.Pkg) {
		return res, nil
	}
	conv := config.Of(pass)
	s := &scanner{pass: pass, conv: conv, res: res, consumed: make(map[ast.Expr]bool), byCall: make(map[*ast.CallExpr]*Router), callRouters: make(map[*ast.CallExpr]*Router)}
	s.findHandlers()
	s.findFactories()
	s.findServices()
	s.findOpenAPI()
	s.findRouters()
	s.findRegistrations()
	s.findEscapes()
	s.filter()
	for _, ep := range res.EntryPoints {
		if ep.Func.Exported() {
			pass.ExportObjectFact(ep.Func, &Fact{Framework: ep.Framework, RegisteredAtHome: len(ep.Registrations) > 0, Factory: ep.Factory})
		}
	}
	return res, nil
}

// scanner holds the state of one run.
type scanner struct {
	pass *analysis.Pass
	conv *convention.Convention
	res  *Result
	// consumed are the handler expressions that registrations account
	// for; other references to entry points make them escape.
	consumed map[ast.Expr]bool
	// byCall maps a connect registration call to the router holding
	// the handler it returns.
	byCall map[*ast.CallExpr]*Router
	// callRouters are the routers calls yield in place.
	callRouters map[*ast.CallExpr]*Router
}

func (s *scanner) isTestFile(f *ast.File) bool {
	return strings.HasSuffix(s.pass.Fset.Position(f.Package).Filename, "_test.go")
}

func (s *scanner) add(fn *types.Func, decl *ast.FuncDecl, fw string) *EntryPoint {
	if ep := s.res.byFunc[fn]; ep != nil {
		return ep
	}
	ep := &EntryPoint{Func: fn, Decl: decl, Framework: fw}
	s.res.byFunc[fn] = ep
	s.res.EntryPoints = append(s.res.EntryPoints, ep)
	return ep
}

// findHandlers finds functions and methods with a handler signature.
func (s *scanner) findHandlers() {
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			fw := handlerFramework(fn.Type().(*types.Signature))
			if fw == "" || isMiddlewareBody(s.pass.TypesInfo, fd) {
				continue
			}
			if fw == Connect && ast.IsGenerated(f) {
				continue // protoc-gen-connect-go's clients and Unimplemented handlers
			}
			s.add(fn, fd, fw)
		}
	}
}

// filter applies the convention: frameworks, exported_only and ignore.
// Unexported handlers stay only when registered and exported_only is off.
func (s *scanner) filter() {
	kept := s.res.EntryPoints[:0]
	for _, ep := range s.res.EntryPoints {
		fw := ep.Framework
		for _, r := range ep.Registrations {
			fw = r.Framework // the router's framework decides (chi, gorilla)
		}
		ok := s.conv.FrameworkEnabled(fw) || s.conv.FrameworkEnabled(ep.Framework)
		if !ep.Func.Exported() && (s.conv.ExportedOnly() || len(ep.Registrations) == 0) && ep.Framework != OpenAPI {
			// (a go-openapi operation handler is exported by the
			// generated API whatever its own name)
			ok = false
		}
		if s.conv.Ignored(typesutil.FullName(ep.Func)) {
			ok = false
		}
		if ok {
			kept = append(kept, ep)
		} else {
			delete(s.res.byFunc, ep.Func)
		}
	}
	s.res.EntryPoints = kept
	sort.SliceStable(s.res.EntryPoints, func(i, j int) bool { return s.res.EntryPoints[i].Pos() < s.res.EntryPoints[j].Pos() })
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "entry-point") }

// TestDoublePackage recognises packages of test doubles and test support
// by their name (mocks, fakes, testutil, storagemock, mockstore): the
// servers they start serve tests, not users, so their handlers are neither
// judged nor reported.
func TestDoublePackage(pkgPath string) bool {
	name := path.Base(pkgPath)
	switch name {
	case "mock", "mocks", "fake", "fakes", "mockserver", "testdouble", "testdoubles",
		"testutil", "testutils", "testhelper", "testhelpers", "testing", "testsupport":
		return true
	}
	return strings.HasPrefix(name, "mock") || strings.HasSuffix(name, "mock") || strings.HasSuffix(name, "mocks") || strings.HasSuffix(name, "fakes")
}
