package directive

import (
	"go/ast"
	"go/types"
	"strings"
)

// AutometricsSeesErrors reports whether Autometrics' generator hands the
// function's error to Instrument, so that function_calls_total can carry
// result="error": it does so only for the first result written with the
// identifier error and exactly one name (func F() (err error)). Without it
// the generator passes nil and every call is counted as ok, so a success
// objective on the function measures nothing.
func AutometricsSeesErrors(fd *ast.FuncDecl) bool {
	if fd.Type.Results == nil {
		return false
	}
	for _, field := range fd.Type.Results.List {
		if id, ok := field.Type.(*ast.Ident); ok && id.Name == "error" {
			return len(field.Names) == 1
		}
	}
	return false
}

// AutometricsLabels returns the function and module label values that
// Autometrics' Prometheus and OpenTelemetry instruments give fn's series.
// Autometrics computes them at run time from the caller's runtime name
// ("example.com/shop/api.(*Store).List"): the part after the last dot is
// the function, the part before it, without parentheses and stars, the
// module. So a method's module carries its receiver type
// (module="example.com/shop/api.Store", function="List"), and the
// function is named as the runtime names it (package main as "main", dots
// in the last path element escaped).
func AutometricsLabels(fn *types.Func) (function, module string) {
	name := runtimeName(fn)
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return name, ""
	}
	return name[i+1:], strings.NewReplacer("(", "", ")", "", "*", "").Replace(name[:i])
}

// runtimeName is the name runtime.FuncForPC reports for fn.
func runtimeName(fn *types.Func) string {
	var b strings.Builder
	if fn.Pkg() != nil {
		if fn.Pkg().Name() == "main" {
			b.WriteString("main")
		} else {
			b.WriteString(symbolPrefix(fn.Pkg().Path()))
		}
		b.WriteByte('.')
	}
	sig := fn.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		t, ptr := recv.Type(), false
		if p, ok := t.(*types.Pointer); ok {
			t, ptr = p.Elem(), true
		}
		recvName := types.TypeString(t, func(*types.Package) string { return "" })
		if n, ok := types.Unalias(t).(*types.Named); ok {
			recvName = n.Obj().Name()
			if n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
				recvName += "[...]"
			}
		}
		if ptr {
			recvName = "(*" + recvName + ")"
		}
		b.WriteString(recvName)
		b.WriteByte('.')
	}
	b.WriteString(fn.Name())
	if sig.TypeParams().Len() > 0 {
		b.WriteString("[...]")
	}
	return b.String()
}

// symbolPrefix escapes an import path as the linker does in symbol
// names: dots in the last element, and control characters, spaces, %, "
// and non-ASCII bytes anywhere, as %xx.
func symbolPrefix(path string) string {
	last := strings.LastIndexByte(path, '/')
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		c := path[i]
		if c <= ' ' || c == '%' || c == '"' || c >= 0x7f || c == '.' && i > last {
			const hex = "0123456789abcdef"
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
