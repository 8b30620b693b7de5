package entrypoints

import (
	"go/ast"
	"go/types"

	"github.com/obslint/obslint/internal/typesutil"
)

// Handler factories are functions that build a handler and return it,
// a common way to give handlers their dependencies:
//
//	func (a *API) LoginHandler() gin.HandlerFunc {
//		return func(c *gin.Context) { … }
//	}
//	r.GET("/login", a.LoginHandler())
//
// Requests enter through the function literal, but the factory is what a
// reader names, registers and annotates (an SLO, an ignore), so the
// factory is the entry point: findings and the report point at it, and
// what its body records (the literal included) observes it.

// findFactories adds the package's handler factories as entry points.
func (s *scanner) findFactories() {
	info := s.pass.TypesInfo
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil || s.res.byFunc[fn] != nil {
				continue
			}
			if fw := factoryFramework(info, fd); fw != "" {
				s.add(fn, fd, fw).Factory = true
			}
		}
	}
}

// factoryFramework returns the framework of the handler fd builds when fd
// is a handler factory, else "": it returns one value, of a handler type
// (whose framework it is); every return statement returns a function
// literal with a handler signature, of any framework (gin.WrapF adapts a
// net/http one), that does not pass the request on (middleware does); and no
// parameter is a handler (a function taking a handler and returning one
// is middleware, whatever its body).
func factoryFramework(info *types.Info, fd *ast.FuncDecl) string {
	fn, _ := info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return ""
	}
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 || !isHandlerType(sig.Results().At(0).Type()) {
		return ""
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if isHandlerType(sig.Params().At(i).Type()) {
			return ""
		}
	}
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			lit := returnedLiteral(info, n)
			ok = lit != nil && handlerFramework(info.Types[lit].Type.(*types.Signature)) != "" && !passesOn(info, lit)
			return false
		}
		return true
	})
	if !ok {
		return ""
	}
	return typeFramework(sig.Results().At(0).Type())
}

// returnedLiteral returns the function literal a one-value return
// statement returns, looking through conversions
// (return http.HandlerFunc(func(w, r) {…})) and a framework's adapters
// (return gin.WrapF(func(w, r) {…})); nil otherwise.
func returnedLiteral(info *types.Info, ret *ast.ReturnStmt) *ast.FuncLit {
	if len(ret.Results) != 1 {
		return nil
	}
	e := ast.Unparen(ret.Results[0])
	for {
		call, ok := e.(*ast.CallExpr)
		if !ok {
			break
		}
		if len(call.Args) != 1 {
			return nil
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() && !isAdapter(typesutil.Callee(info, call)) {
			return nil
		}
		e = ast.Unparen(call.Args[0])
	}
	lit, _ := e.(*ast.FuncLit)
	return lit
}

// isAdapter reports whether fn is a framework function turning a net/http
// handler into the framework's own (gin.WrapF, gin.WrapH,
// echo.WrapHandler).
func isAdapter(fn *types.Func) bool {
	if fn == nil || fn.Type().(*types.Signature).Recv() != nil {
		return false
	}
	switch fn.Name() {
	case "WrapF", "WrapH":
		return typesutil.FuncPkgIs(fn, pkgGin)
	case "WrapHandler":
		return typesutil.FuncPkgIs(fn, pkgEcho)
	}
	return false
}

// passesOn reports whether a handler literal passes the request on to
// another handler (c.Next(), next.ServeHTTP(w, r)): middleware.
func passesOn(info *types.Info, lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if fn := typesutil.Callee(info, call); fn != nil {
			switch fn.Name() {
			case "Next":
				found = typesutil.FuncPkgIs(fn, pkgGin) || typesutil.FuncPkgIs(fn, pkgFiber)
			case "ServeHTTP":
				found = true
			}
		}
		return !found
	})
	return found
}

// isHandlerType reports whether t is a handler type: a function type
// with a handler signature (http.HandlerFunc, gin.HandlerFunc,
// echo.HandlerFunc, fiber.Handler) or http.Handler.
func isHandlerType(t types.Type) bool { return typeFramework(t) != "" }

// typeFramework returns the framework of a handler type, or "".
func typeFramework(t types.Type) string {
	if typesutil.IsNamed(t, "net/http", "Handler") {
		return NetHTTP
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		return handlerFramework(sig)
	}
	return ""
}
