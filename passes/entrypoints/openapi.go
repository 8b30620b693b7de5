package entrypoints

import (
	"go/ast"
	"go/types"

	"github.com/obslint/obslint/internal/typesutil"
)

// pkgOpenAPIMiddleware is go-openapi's runtime middleware package, whose
// Responder every generated operation handler returns.
const pkgOpenAPIMiddleware = "github.com/go-openapi/runtime/middleware"

// IsOpenAPIHandlerType reports whether t is an operation handler type of
// a go-openapi generated server: the XxxHandlerFunc func type
// (func(XxxParams[, principal]) middleware.Responder) or the XxxHandler
// interface whose Handle method has that signature.
func IsOpenAPIHandlerType(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Signature:
		return returnsResponder(u)
	case *types.Interface:
		for i := 0; i < u.NumMethods(); i++ {
			if m := u.Method(i); m.Name() == "Handle" && returnsResponder(m.Type().(*types.Signature)) {
				return true
			}
		}
	}
	return false
}

func returnsResponder(sig *types.Signature) bool {
	r := sig.Results()
	return r.Len() == 1 && sig.Params().Len() >= 1 && typesutil.IsNamed(r.At(0).Type(), pkgOpenAPIMiddleware, "Responder")
}

// IsOpenAPIType reports whether t (or *t) is a go-openapi generated API,
// the router of the operation handlers: a struct with
// Serve(middleware.Builder) http.Handler.
func IsOpenAPIType(t types.Type) bool {
	n := typesutil.NamedOf(t)
	if n == nil {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), "Serve")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 1 && typesutil.IsNamed(sig.Params().At(0).Type(), pkgOpenAPIMiddleware, "Builder") &&
		sig.Results().Len() == 1 && typesutil.IsNamed(sig.Results().At(0).Type(), "net/http", "Handler")
}

// findOpenAPI records the functions converted to a go-openapi operation
// handler type (api.AlertGetAlertsHandler =
// alert_ops.GetAlertsHandlerFunc(api.getAlertsHandler)) as entry points
// registered there: the generated API routes requests to them.
func (s *scanner) findOpenAPI() {
	if !importsOpenAPI(s.pass.Pkg) {
		return
	}
	info := s.pass.TypesInfo
	decls := make(map[*types.Func]*ast.FuncDecl)
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
			}
		}
	}
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			tv, ok := info.Types[call.Fun]
			if !ok || !tv.IsType() || !IsOpenAPIHandlerType(tv.Type) {
				return true
			}
			fn := typesutil.FuncOf(info, call.Args[0])
			if fn == nil {
				return true
			}
			s.consumed[ast.Unparen(call.Args[0])] = true
			reg := &Registration{Call: call, Framework: OpenAPI, Handler: fn}
			s.res.Registrations = append(s.res.Registrations, reg)
			if fd := decls[fn]; fd != nil {
				ep := s.add(fn, fd, OpenAPI)
				ep.Registrations = append(ep.Registrations, reg)
			} else {
				s.importFact(reg, fn)
			}
			return true
		})
	}
}

// importsOpenAPI reports whether pkg or one of its imports imports
// go-openapi's middleware: the generated operations packages do, the
// package wiring the handlers imports them.
func importsOpenAPI(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if imp.Path() == pkgOpenAPIMiddleware {
			return true
		}
		for _, imp2 := range imp.Imports() {
			if imp2.Path() == pkgOpenAPIMiddleware {
				return true
			}
		}
	}
	return false
}
