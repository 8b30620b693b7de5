// Package typesutil holds the small go/types helpers that obslint's passes
// share: naming functions the way the convention does, and recognising
// library types by package path and name rather than by spelling.
package typesutil

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// FullName is the function's name as the convention writes it:
// "import/path.Func" or "import/path.Type.Method" (no pointer, no type
// arguments).
func FullName(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		if fn != nil {
			return fn.Name()
		}
		return ""
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		if n := NamedOf(sig.Recv().Type()); n != nil {
			return fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// ShortName is FullName without the package path: "Func" or "Type.Method".
func ShortName(fn *types.Func) string {
	full := FullName(fn)
	if fn.Pkg() != nil {
		return strings.TrimPrefix(full, fn.Pkg().Path()+".")
	}
	return full
}

// NamedOf returns the named type of t, looking through one pointer and
// type aliases, or nil.
func NamedOf(t types.Type) *types.Named {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	n, _ := t.(*types.Named)
	return n
}

// PkgPathIs reports whether path is want or a major version of it:
// PkgPathIs("github.com/labstack/echo/v4", "github.com/labstack/echo").
func PkgPathIs(path, want string) bool {
	if path == want {
		return true
	}
	rest, ok := strings.CutPrefix(path, want+"/v")
	if !ok || rest == "" {
		return false
	}
	for _, c := range rest {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// IsNamed reports whether t (or *t) is the named type pkg.name, pkg
// matched with PkgPathIs.
func IsNamed(t types.Type, pkg, name string) bool {
	n := NamedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Name() == name && PkgPathIs(n.Obj().Pkg().Path(), pkg)
}

// IsPointerTo reports whether t is *pkg.name.
func IsPointerTo(t types.Type, pkg, name string) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && IsNamed(p.Elem(), pkg, name)
}

// Callee returns the function or method called by call, or nil for calls
// of function values, conversions and builtins.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

// FuncPkgIs reports whether fn is declared in pkg (matched with
// PkgPathIs).
func FuncPkgIs(fn *types.Func, pkg string) bool {
	return fn != nil && fn.Pkg() != nil && PkgPathIs(fn.Pkg().Path(), pkg)
}

// Imports reports whether any file of the package imports a path for
// which match is true. It is a cheap test to skip packages early.
func Imports(files []*ast.File, match func(path string) bool) bool {
	for _, f := range files {
		for _, imp := range f.Imports {
			if match(strings.Trim(imp.Path.Value, `"`)) {
				return true
			}
		}
	}
	return false
}

// ObjectOf returns the variable or function an expression names: an
// identifier, or the selected field or package member of a selector.
func ObjectOf(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.ObjectOf(e)
	case *ast.SelectorExpr:
		return info.ObjectOf(e.Sel)
	}
	return nil
}

// FuncOf returns the function an expression refers to as a value ("f",
// "pkg.F", "recv.Method", "T.Method"), or nil.
func FuncOf(info *types.Info, e ast.Expr) *types.Func {
	e = ast.Unparen(e)
	if ix, ok := e.(*ast.IndexExpr); ok { // generic instantiation
		e = ix.X
	}
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s := info.Selections[sel]; s != nil {
			fn, _ := s.Obj().(*types.Func)
			return fn
		}
	}
	fn, _ := ObjectOf(info, e).(*types.Func)
	return fn
}

// ImportSpec returns the import of path in files, or nil: where a finding
// about an imported package is reported.
func ImportSpec(files []*ast.File, path string) *ast.ImportSpec {
	for _, f := range files {
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
				return spec
			}
		}
	}
	return nil
}
