package instrumentation

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/obslint/obslint/internal/typesutil"
)

// ServesFact marks a function that serves handlers it is given as they
// are: each parameter in Params is only set as an http.Server's Handler or
// passed to http.ListenAndServe, ListenAndServeTLS, Serve or ServeTLS,
// with nothing wrapping it (gotify's runner.Run(router http.Handler,
// conf), which builds the server and listens). A router handed to such a
// function is served bare there, as if passed to http.ListenAndServe, so
// the package handing it over can be told, instead of assuming the call
// may wrap it.
type ServesFact struct {
	Params []int
}

// AFact implements analysis.Fact.
func (*ServesFact) AFact() {}

func (f *ServesFact) String() string {
	s := "serves params"
	for _, p := range f.Params {
		s += " " + strconv.Itoa(p)
	}
	return s
}

// findServers computes, for the package's functions with http.Handler
// parameters, which parameters they serve bare, keeps them for calls in
// this package and exports them for its importers.
func (s *state) findServers() {
	info := s.pass.TypesInfo
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			var served []int
			params := fn.Type().(*types.Signature).Params()
			for i := 0; i < params.Len(); i++ {
				p := params.At(i)
				if typesutil.IsNamed(p.Type(), "net/http", "Handler") && servesBare(info, fd.Body, p) {
					served = append(served, i)
				}
			}
			if len(served) > 0 {
				f := &ServesFact{Params: served}
				s.serves[fn] = f
				s.pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// servesBare reports whether every use of the parameter p in body serves
// it as it is, and there is at least one.
func servesBare(info *types.Info, body *ast.BlockStmt, p *types.Var) bool {
	uses, serving := 0, 0
	isP := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if info.Uses[n] == p {
				uses++
			}
		case *ast.CompositeLit:
			if !typesutil.IsNamed(info.TypeOf(n), "net/http", "Server") {
				return true
			}
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok && isP(kv.Value) {
					if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Handler" {
						serving++
					}
				}
			}
		case *ast.CallExpr:
			fn := typesutil.Callee(info, n)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" || fn.Type().(*types.Signature).Recv() != nil {
				return true
			}
			switch fn.Name() {
			case "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS":
				if last := len(n.Args) - 1; last >= 0 && isP(n.Args[last]) || len(n.Args) >= 2 && isP(n.Args[1]) {
					serving++
				}
			}
		}
		return true
	})
	return serving > 0 && uses == serving
}

// servesFactOf returns what fn serves bare, from this package or by fact.
func (s *state) servesFactOf(fn *types.Func) *ServesFact {
	if f := s.serves[fn]; f != nil || fn.Pkg() == s.pass.Pkg {
		return f
	}
	var f ServesFact
	if s.pass.ImportObjectFact(fn, &f) {
		s.serves[fn] = &f
		return &f
	}
	return nil
}

// servedBareBy reports whether call serves the router r as it is: r is
// an argument at a position the callee serves bare.
func (s *state) servedBareBy(call *ast.CallExpr, fn *types.Func, isRouter func(ast.Expr) bool) bool {
	f := s.servesFactOf(fn)
	if f == nil {
		return false
	}
	for _, i := range f.Params {
		if i < len(call.Args) && isRouter(call.Args[i]) {
			return true
		}
	}
	return false
}
