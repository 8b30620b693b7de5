package entrypoints

import (
	"go/ast"
	"go/types"

	"github.com/obslint/obslint/internal/typesutil"
)

// Library import paths, without major version suffixes.
const (
	pkgGin     = "github.com/gin-gonic/gin"
	pkgEcho    = "github.com/labstack/echo"
	pkgFiber   = "github.com/gofiber/fiber"
	pkgChi     = "github.com/go-chi/chi"
	pkgGorilla = "github.com/gorilla/mux"
	pkgGRPC    = "google.golang.org/grpc"
	pkgConnect = "connectrpc.com/connect"
)

// handlerFramework returns the framework whose handler signature sig has,
// or "".
//
//	net/http  func(http.ResponseWriter, *http.Request)
//	gin       func(*gin.Context)
//	echo      func(echo.Context) error         (v5: *echo.Context)
//	fiber     func(*fiber.Ctx) error           (v3: fiber.Ctx)
//	connect   func(context.Context, *connect.Request[T]) (*connect.Response[U], error)
//	          and the streaming forms
func handlerFramework(sig *types.Signature) string {
	p, r := sig.Params(), sig.Results()
	returnsError := r.Len() == 1 && isError(r.At(0).Type())
	switch p.Len() {
	case 1:
		t := p.At(0).Type()
		switch {
		case r.Len() == 0 && typesutil.IsPointerTo(t, pkgGin, "Context"):
			return Gin
		case returnsError && typesutil.IsNamed(t, pkgEcho, "Context"):
			return Echo
		case returnsError && typesutil.IsNamed(t, pkgFiber, "Ctx"):
			return Fiber
		}
	case 2:
		if r.Len() == 0 && typesutil.IsNamed(p.At(0).Type(), "net/http", "ResponseWriter") &&
			typesutil.IsPointerTo(p.At(1).Type(), "net/http", "Request") {
			return NetHTTP
		}
		if isContext(p.At(0).Type()) {
			in := p.At(1).Type()
			switch {
			case r.Len() == 2 && isError(r.At(1).Type()) && typesutil.IsPointerTo(r.At(0).Type(), pkgConnect, "Response") &&
				(typesutil.IsPointerTo(in, pkgConnect, "Request") || typesutil.IsPointerTo(in, pkgConnect, "ClientStream")):
				return Connect
			case returnsError && typesutil.IsPointerTo(in, pkgConnect, "BidiStream"):
				return Connect
			}
		}
	case 3:
		if returnsError && isContext(p.At(0).Type()) && typesutil.IsPointerTo(p.At(1).Type(), pkgConnect, "Request") &&
			typesutil.IsPointerTo(p.At(2).Type(), pkgConnect, "ServerStream") {
			return Connect
		}
	}
	return ""
}

func isError(t types.Type) bool { return types.Identical(t, types.Universe.Lookup("error").Type()) }

func isContext(t types.Type) bool { return typesutil.IsNamed(t, "context", "Context") }

// isMiddlewareBody reports whether a handler-shaped function is really
// middleware: it passes the request on (c.Next() in gin, echo and fiber;
// next.ServeHTTP for net/http handlers that wrap another handler).
func isMiddlewareBody(info *types.Info, fd *ast.FuncDecl) bool {
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		fn := typesutil.Callee(info, call)
		if fn == nil {
			return true
		}
		switch fn.Name() {
		case "Next":
			found = typesutil.FuncPkgIs(fn, pkgGin) || typesutil.FuncPkgIs(fn, pkgFiber)
		case "ServeHTTP":
			// Calling another handler's ServeHTTP with the same writer
			// and request: this handler wraps it.
			found = fd.Name.Name == "ServeHTTP" || len(fd.Type.Params.List) > 0 && callsWithParams(info, call, fd)
		}
		return !found
	})
	return found
}

// callsWithParams reports whether call passes fd's first two parameters
// through unchanged, the mark of a wrapping handler.
func callsWithParams(info *types.Info, call *ast.CallExpr, fd *ast.FuncDecl) bool {
	var params []types.Object
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			params = append(params, info.Defs[n])
		}
	}
	if len(params) < 2 || len(call.Args) < 2 {
		return false
	}
	return typesutil.ObjectOf(info, call.Args[0]) == params[0] && typesutil.ObjectOf(info, call.Args[1]) == params[1]
}
