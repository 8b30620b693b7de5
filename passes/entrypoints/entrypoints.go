// Package entrypoints is the pass that finds a package's entry points: the
// functions a request enters the program through (HTTP handlers of
// net/http, chi, gorilla/mux, gin, echo and fiber; gRPC and connect service
// methods), honouring the convention's entrypoints section.
//
// Its result feeds the instrumented, slo and logkeys analyzers and the
// coverage report.
package entrypoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// EntryPoint is one function through which requests enter.
type EntryPoint struct {
	Func      *types.Func   // the handler function or method
	Decl      *ast.FuncDecl // its declaration in this package; nil for function literals
	Lit       *ast.FuncLit  // the literal, for handlers written inline (never exported entry points)
	Framework string        // "nethttp", "chi", "gorilla", "gin", "echo", "fiber", "grpc", "connect"
	// Registrations are the places where the handler is registered on a
	// router or server in this package (may be empty: a handler is an
	// entry point by its shape alone).
	Registrations []*Registration
}

// Registration is a call that registers a handler: mux.HandleFunc("/x", h),
// r.GET("/x", h), pb.RegisterFooServer(s, impl), ...
type Registration struct {
	Call *ast.CallExpr
	// Route is the route pattern when it is a constant ("/orders/{id}"),
	// else "".
	Route string
	// Wrappers are the functions the handler is wrapped in at the call
	// (otelhttp.NewHandler(h, "x") -> the *types.Func of NewHandler), outermost first.
	Wrappers []*types.Func
	// Router is the expression of the router or server registered on, for
	// matching router-level Use(...) middleware; nil for package-level
	// functions such as http.HandleFunc.
	Router ast.Expr
}

// Result lists the package's entry points in source order.
type Result struct {
	EntryPoints []*EntryPoint
	byFunc      map[*types.Func]*EntryPoint
}

// Of returns the entry point for fn, or nil.
func (r *Result) Of(fn *types.Func) *EntryPoint {
	if r == nil {
		return nil
	}
	return r.byFunc[fn]
}

// Pos returns the position at which findings about ep are reported: the
// function's name.
func (ep *EntryPoint) Pos() token.Pos {
	if ep.Decl != nil {
		return ep.Decl.Name.Pos()
	}
	if ep.Lit != nil {
		return ep.Lit.Pos()
	}
	return ep.Func.Pos()
}

// New returns the pass. config is the config pass (passes/config).
func New(config *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintentrypoints",
		Doc:        "finds HTTP, gRPC and connect entry points",
		Requires:   []*analysis.Analyzer{config},
		ResultType: reflect.TypeFor[*Result](),
		Run: func(pass *analysis.Pass) (any, error) {
			// TODO(issue 3): discovery.
			return &Result{byFunc: map[*types.Func]*EntryPoint{}}, nil
		},
	}
}
