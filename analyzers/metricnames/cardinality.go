package metricnames

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
)

// unbounded explains why a label value comes from an unbounded source, or
// returns "": raw request data (paths, query strings, headers, route
// parameters), error text, and values formatted from arbitrary data.
func unbounded(pass *analysis.Pass, e ast.Expr) string {
	info := pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return "" // a constant
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		// r.URL.Path, r.RequestURI, r.RemoteAddr
		if isRequestField(info, x) {
			return x.Sel.Name + " of the request is raw client input"
		}
	case *ast.CallExpr:
		fn := typesutil.Callee(info, x)
		if fn == nil || fn.Pkg() == nil && fn.Name() != "Error" {
			return ""
		}
		switch {
		case fn.Name() == "Error" && isErrorMethod(fn):
			return "err.Error() is free text"
		case fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && (fn.Name() == "Sprintf" || fn.Name() == "Sprint" || fn.Name() == "Sprintln"):
			if formatsBounded(info, x.Args) {
				return ""
			}
			return "fmt." + fn.Name() + " formats arbitrary values"
		case fn.Pkg() != nil && fn.Pkg().Path() == "strconv" && (fn.Name() == "Itoa" || fn.Name() == "FormatInt" || fn.Name() == "FormatUint"):
			if formatsBounded(info, x.Args[:1]) {
				return ""
			}
			return "strconv." + fn.Name() + " formats a number, such as an ID"
		case fn.Pkg() != nil && fn.Pkg().Path() == "net/url" && fn.Name() == "String":
			return "the URL is raw client input"
		case fn.Pkg() != nil && fn.Pkg().Path() == "net/http" && (fn.Name() == "UserAgent" || fn.Name() == "Referer" || fn.Name() == "FormValue" || fn.Name() == "Get" && isHeader(info, x)):
			return fn.Name() + " of the request is raw client input"
		case typesutil.FuncPkgIs(fn, "github.com/gin-gonic/gin") && (fn.Name() == "Param" || fn.Name() == "Query" || fn.Name() == "ClientIP"):
			return "c." + fn.Name() + "() is raw client input"
		case typesutil.FuncPkgIs(fn, "github.com/labstack/echo") && (fn.Name() == "Param" || fn.Name() == "QueryParam" || fn.Name() == "RealIP"):
			return "c." + fn.Name() + "() is raw client input"
		}
	}
	return ""
}

// isRequestField recognises url.URL.Path/RawPath/RawQuery and
// http.Request.RequestURI/RemoteAddr.
func isRequestField(info *types.Info, sel *ast.SelectorExpr) bool {
	s := info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return false
	}
	recv := s.Recv()
	switch sel.Sel.Name {
	case "Path", "RawPath", "RawQuery", "Fragment":
		return typesutil.IsNamed(recv, "net/url", "URL")
	case "RequestURI", "RemoteAddr":
		return typesutil.IsNamed(recv, "net/http", "Request")
	}
	return false
}

func isErrorMethod(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), types.Typ[types.String])
}

// isHeader reports whether call is h.Get(...) on an http.Header.
func isHeader(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	tv, ok := info.Types[sel.X]
	return ok && typesutil.IsNamed(tv.Type, "net/http", "Header")
}

// promLabelValues returns the label values passed to a client_golang
// WithLabelValues, With(prometheus.Labels{...}) or their variants.
func promLabelValues(fn *types.Func, call *ast.CallExpr) []ast.Expr {
	switch fn.Name() {
	case "WithLabelValues", "GetMetricWithLabelValues", "CurryWith":
		return call.Args
	case "With", "GetMetricWith", "MustCurryWith":
		if len(call.Args) != 1 {
			return nil
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit)
		if !ok {
			return nil
		}
		var values []ast.Expr
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				values = append(values, kv.Value)
			}
		}
		return values
	}
	return nil
}

// otelAttributeValues returns the values of the attributes written in a
// metric.WithAttributes(...) or metric.WithAttributeSet(attribute.NewSet(...))
// call: attribute.String("k", v), attribute.Key("k").String(v), ….
func otelAttributeValues(info *types.Info, fn *types.Func, call *ast.CallExpr) []ast.Expr {
	args := call.Args
	switch fn.Name() {
	case "WithAttributes":
	case "WithAttributeSet":
		if len(args) != 1 {
			return nil
		}
		inner, ok := ast.Unparen(args[0]).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if set := typesutil.Callee(info, inner); !typesutil.FuncPkgIs(set, pkgAttribute) || set.Name() != "NewSet" {
			return nil
		}
		args = inner.Args
	default:
		return nil
	}
	var values []ast.Expr
	for _, a := range args {
		kv, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		ctor := typesutil.Callee(info, kv)
		if !typesutil.FuncPkgIs(ctor, pkgAttribute) {
			continue
		}
		if ctor.Type().(*types.Signature).Recv() != nil {
			// attribute.Key("k").String(v)
			if len(kv.Args) == 1 {
				values = append(values, kv.Args[0])
			}
		} else if len(kv.Args) == 2 {
			// attribute.String("k", v)
			values = append(values, kv.Args[1])
		}
	}
	return values
}

const pkgAttribute = "go.opentelemetry.io/otel/attribute"

// formatsBounded reports whether the values a call formats are all of a
// small, known set: an HTTP or gRPC status code (strconv.Itoa(statusCode),
// fmt.Sprint(resp.StatusCode)), a value of a small type (boundedValue) or
// a constant. Format strings are skipped.
func formatsBounded(info *types.Info, args []ast.Expr) bool {
	values := 0
	for _, a := range args {
		if tv, ok := info.Types[a]; ok && tv.Value != nil {
			continue // a constant, or the format string
		}
		values++
		if boundedValue(info, a) {
			continue
		}
		var name string
		switch e := ast.Unparen(a).(type) {
		case *ast.Ident:
			name = e.Name
		case *ast.SelectorExpr:
			name = e.Sel.Name
		case *ast.CallExpr:
			if fn := typesutil.Callee(info, e); fn != nil {
				name = fn.Name() // status.Code(err), resp.StatusCode()
			}
		}
		lower := strings.ToLower(name)
		if !strings.Contains(lower, "status") && !strings.HasSuffix(lower, "code") {
			return false
		}
	}
	return values > 0
}

// boundedValue reports whether e, or the value a conversion of it
// converts (int(connIndex), uint64(state)), has a type with few values:
// a bool, an 8-bit integer, or an enum-like named type, one whose package
// declares constants of it (type State int; const (Idle State = iota;
// Busy)). Formatting such a value makes a bounded label.
func boundedValue(info *types.Info, e ast.Expr) bool {
	for {
		if boundedType(info.TypeOf(e)) {
			return true
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || !info.Types[call.Fun].IsType() {
			return false
		}
		e = call.Args[0]
	}
}

func boundedType(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok {
		switch b.Kind() {
		case types.Bool, types.Int8, types.Uint8, types.UntypedBool:
			return true
		}
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	if b, ok := named.Underlying().(*types.Basic); !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
		return false
	}
	// The constants of an enumeration are few and small (iota); those of
	// a unit (time.Duration's Hour) or a bit set (fs.FileMode) are not.
	scope := named.Obj().Pkg().Scope()
	consts := 0
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(c.Type(), named) {
			continue
		}
		if v, ok := constant.Int64Val(constant.ToInt(c.Val())); c.Val().Kind() == constant.Int && (!ok || v < -1 || v > 1024) {
			return false
		}
		consts++
	}
	return consts >= 2
}
