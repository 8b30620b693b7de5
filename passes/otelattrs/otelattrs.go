// Package otelattrs is the pass that finds OpenTelemetry attributes where
// code builds them, and the spans it starts by name.
//
// Every API that sets attributes — Span.SetAttributes, trace.WithAttributes,
// metric.WithAttributes, attribute.NewSet, log records — takes
// attribute.KeyValue values, so the pass finds the values, not the calls
// that consume them: attribute.String("k", v) and its siblings,
// attribute.Key("k").Int(v) (and any constant of type attribute.Key, such
// as semconv.HTTPRequestMethodKey.String(v)), attribute.KeyValue{Key: k,
// Value: attribute.IntValue(v)}, and the helpers of the Go packages
// go.opentelemetry.io/otel/semconv/vX: semconv.HTTPResponseStatusCode(200)
// and enum members such as semconv.HTTPRequestMethodGet, mapped back to
// their key through the package's NAMEKey constant (internal/semconv
// documents the naming). Keys are folded from constants, which go/types
// carries across packages; a key that is not a constant is never guessed.
package otelattrs

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/semconv"
	"github.com/obslint/obslint/internal/typesutil"
)

// Import paths of the APIs the pass reads.
const (
	PkgAttribute = "go.opentelemetry.io/otel/attribute"
	PkgTrace     = "go.opentelemetry.io/otel/trace"
)

// Attr is one attribute built in code.
type Attr struct {
	Key string
	// KeyExpr is the expression that gives the key (for positions);
	// KeyLit is set when it is a string literal in this package that a fix
	// may rewrite.
	KeyExpr ast.Expr
	KeyLit  *ast.BasicLit
	// Kind is the kind of value the attribute gets, as its constructor
	// says; semconv.UnknownValue when nothing says.
	Kind  semconv.ValueKind
	Value ast.Expr // the value, when there is one expression for it
	// Via names the construction: "attribute.String", "attribute.Key.Int",
	// "attribute.KeyValue", "semconv.HTTPResponseStatusCode".
	Via string
	// Semconv is the release of the go.opentelemetry.io/otel/semconv/vX
	// package the key was taken from, zero when the key is the code's own.
	Semconv semconv.Version
	Node    ast.Node // the whole construction

	// Where the attribute goes, when it is handed over directly:
	// Instrument is the variable or field holding the metric instrument it
	// is recorded on (counter.Add(ctx, 1, metric.WithAttributes(a)));
	// SpanStart the tracer.Start call it is given to
	// (trace.WithAttributes(a)); SpanVar the span variable it is set on
	// (span.SetAttributes(a)).
	Instrument types.Object
	SpanStart  *ast.CallExpr
	SpanVar    types.Object
}

// Pos is where the attribute is built.
func (a *Attr) Pos() token.Pos { return a.Node.Pos() }

// Span is a span started with a constant name: tracer.Start(ctx, name).
type Span struct {
	Name     string
	NameExpr ast.Expr
	Call     *ast.CallExpr
	// Var is the variable the span is assigned to (ctx, span :=
	// tracer.Start(…)), or nil.
	Var types.Object
}

// Result lists the package's attributes and spans in source order.
type Result struct {
	Attrs []*Attr
	// Unfolded are attribute constructions whose key is not a constant.
	Unfolded []ast.Node
	Spans    []*Span
}

// New returns the pass.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintotelattrs",
		Doc:        "finds OpenTelemetry attributes where code builds them, and spans started by name",
		ResultType: reflect.TypeFor[*Result](),
		Run:        run,
	}
}

// Of returns the pass's result; the analyzer must Require the pass.
func Of(pass *analysis.Pass) *Result {
	return passresult.Of[*Result](pass, "OpenTelemetry attribute")
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	if !typesutil.Imports(pass.Files, func(p string) bool {
		return p == PkgAttribute || p == PkgTrace || strings.HasPrefix(p, semconv.GoSemconvPath)
	}) {
		return res, nil
	}
	f := &finder{info: pass.TypesInfo, pkg: pass.Pkg, res: res, sels: make(map[*ast.Ident]bool)}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			if n == nil {
				f.stack = f.stack[:len(f.stack)-1]
				return true
			}
			f.visit(n)
			f.stack = append(f.stack, n)
			return true
		})
	}
	return res, nil
}

type finder struct {
	info *types.Info
	pkg  *types.Package
	res  *Result
	// sels are the identifiers selected by a selector already looked at,
	// so that semconv.HTTPRequestMethodGet counts once.
	sels map[*ast.Ident]bool
	// stack holds the ancestors of the node visited.
	stack []ast.Node
}

func (f *finder) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		f.call(n)
	case *ast.CompositeLit:
		f.composite(n)
	case *ast.SelectorExpr:
		f.sels[n.Sel] = true
		f.member(n, n.Sel)
	case *ast.Ident:
		if !f.sels[n] {
			f.member(n, n) // a dot import
		}
	}
	return true
}

func (f *finder) call(call *ast.CallExpr) {
	fn := typesutil.Callee(f.info, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	path := fn.Pkg().Path()
	switch {
	case path == PkgAttribute && sig.Recv() == nil:
		// attribute.String("k", v), attribute.Int64Slice("k", vs), …
		kind, ok := semconv.AttributeValueKinds[fn.Name()]
		if !ok || len(call.Args) != 2 {
			return
		}
		f.add(call, call.Args[0], kind, call.Args[1], "attribute."+fn.Name(), semconv.Version{})
	case path == PkgAttribute && typesutil.IsNamed(sig.Recv().Type(), PkgAttribute, "Key"):
		// attribute.Key("k").Int(v), semconv.HTTPRequestMethodKey.String(v)
		kind, ok := semconv.AttributeValueKinds[fn.Name()]
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !isSel || len(call.Args) != 1 {
			return
		}
		f.add(call, sel.X, kind, call.Args[0], "attribute.Key."+fn.Name(), f.semconvOf(sel.X))
	case path == PkgTrace && fn.Name() == "Start" && sig.Recv() != nil && typesutil.IsNamed(sig.Recv().Type(), PkgTrace, "Tracer"):
		if len(call.Args) >= 2 {
			if name, ok := f.constString(call.Args[1]); ok {
				sp := &Span{Name: name, NameExpr: call.Args[1], Call: call}
				if as, ok := f.parent(0).(*ast.AssignStmt); ok && len(as.Rhs) == 1 && as.Rhs[0] == call && len(as.Lhs) == 2 {
					sp.Var = typesutil.ObjectOf(f.info, as.Lhs[1])
				}
				f.res.Spans = append(f.res.Spans, sp)
			}
		}
	default:
		// semconv.HTTPResponseStatusCode(200): NAME(val) returns
		// NAMEKey.T(val).
		v, ok := semconv.GoPackageVersion(path)
		if !ok || sig.Recv() != nil || sig.Results().Len() != 1 || !typesutil.IsNamed(sig.Results().At(0).Type(), PkgAttribute, "KeyValue") {
			return
		}
		if sig.Params().Len() != 1 || len(call.Args) == 0 {
			return // templates take (key, value) and have no key constant
		}
		key, ok := keyConst(fn.Pkg(), semconv.GoKeyConstNames(fn.Name())[:1])
		if !ok {
			return
		}
		var value ast.Expr
		if len(call.Args) == 1 && !call.Ellipsis.IsValid() {
			value = call.Args[0]
		}
		f.addAttr(&Attr{Key: key, KeyExpr: call.Fun, Kind: semconv.KindOfGoType(sig.Params().At(0).Type()),
			Value: value, Via: "semconv." + fn.Name(), Semconv: v, Node: call})
	}
}

// add records an attribute whose key is the constant value of keyExpr.
func (f *finder) add(node ast.Node, keyExpr ast.Expr, kind semconv.ValueKind, value ast.Expr, via string, sc semconv.Version) {
	key, ok := f.constString(keyExpr)
	if !ok {
		f.res.Unfolded = append(f.res.Unfolded, node)
		return
	}
	f.addAttr(&Attr{Key: key, KeyExpr: keyExpr, KeyLit: literal(f.info, keyExpr), Kind: kind, Value: value, Via: via, Semconv: sc, Node: node})
}

// literal returns the string literal that spells the key where it is
// used: "k" itself, or the argument of the conversion attribute.Key("k").
func literal(info *types.Info, e ast.Expr) *ast.BasicLit {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0])
		}
	}
	if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
		return lit
	}
	return nil
}

// composite finds attribute.KeyValue{Key: k, Value: attribute.IntValue(v)}.
func (f *finder) composite(lit *ast.CompositeLit) {
	tv, ok := f.info.Types[lit]
	if !ok || !typesutil.IsNamed(tv.Type, PkgAttribute, "KeyValue") || len(lit.Elts) == 0 {
		return
	}
	var keyExpr, valExpr ast.Expr
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			switch id, _ := kv.Key.(*ast.Ident); {
			case id == nil:
			case id.Name == "Key":
				keyExpr = kv.Value
			case id.Name == "Value":
				valExpr = kv.Value
			}
			continue
		}
		switch i { // positional: Key, Value
		case 0:
			keyExpr = e
		case 1:
			valExpr = e
		}
	}
	if keyExpr == nil {
		return
	}
	kind, value := semconv.UnknownValue, ast.Expr(nil)
	if call, ok := ast.Unparen(valExpr).(*ast.CallExpr); ok {
		if fn := typesutil.Callee(f.info, call); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == PkgAttribute {
			if k, ok := semconv.AttributeValueKinds[strings.TrimSuffix(fn.Name(), "Value")]; ok && strings.HasSuffix(fn.Name(), "Value") && len(call.Args) == 1 {
				kind, value = k, call.Args[0]
			}
		}
	}
	f.add(lit, keyExpr, kind, value, "attribute.KeyValue", f.semconvOf(keyExpr))
}

// member finds a semconv enum member used as a value:
// semconv.HTTPRequestMethodGet, a package-level attribute.KeyValue
// variable of a semconv package, set to NAMEKey.String("GET").
func (f *finder) member(e ast.Expr, id *ast.Ident) {
	v, ok := f.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !typesutil.IsNamed(v.Type(), PkgAttribute, "KeyValue") {
		return
	}
	rel, ok := semconv.GoPackageVersion(v.Pkg().Path())
	if !ok || v.Pkg() == f.pkg {
		return // the semconv package itself is not checked
	}
	key, ok := keyConst(v.Pkg(), semconv.GoKeyConstNames(v.Name()))
	if !ok {
		return
	}
	f.addAttr(&Attr{Key: key, KeyExpr: e, Kind: semconv.UnknownValue, Via: "semconv." + v.Name(), Semconv: rel, Node: e})
}

// keyConst returns the value of the first of names that is a constant of
// type attribute.Key in pkg.
func keyConst(pkg *types.Package, names []string) (string, bool) {
	for _, name := range names {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if ok && typesutil.IsNamed(c.Type(), PkgAttribute, "Key") && c.Val().Kind() == constant.String {
			return constant.StringVal(c.Val()), true
		}
	}
	return "", false
}

// semconvOf returns the release of the semconv package whose constant e
// names, or zero.
func (f *finder) semconvOf(e ast.Expr) semconv.Version {
	if c, ok := typesutil.ObjectOf(f.info, e).(*types.Const); ok && c.Pkg() != nil {
		v, _ := semconv.GoPackageVersion(c.Pkg().Path())
		return v
	}
	return semconv.Version{}
}

func (f *finder) constString(e ast.Expr) (string, bool) {
	tv, ok := f.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// parent returns the i'th ancestor of the node visited (0: its parent),
// parentheses skipped, or nil.
func (f *finder) parent(i int) ast.Node {
	for k := len(f.stack) - 1; k >= 0; k-- {
		if _, paren := f.stack[k].(*ast.ParenExpr); paren {
			continue
		}
		if i == 0 {
			return f.stack[k]
		}
		i--
	}
	return nil
}

// addAttr records a, linked to the instrument or span it is handed to.
// The node visited is a itself, or (for a semconv enum member's
// identifier) inside it; links are made only for direct arguments.
func (f *finder) addAttr(a *Attr) {
	f.res.Attrs = append(f.res.Attrs, a)
	up := 0
	if f.parent(0) == a.Node { // visiting the selector's identifier
		up = 1
	}
	call, ok := f.parent(up).(*ast.CallExpr)
	if !ok || !isArg(call, a.Node) {
		return
	}
	fn := typesutil.Callee(f.info, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch {
	case fn.Name() == "SetAttributes" && isMethodOf(fn, PkgTrace, "Span"):
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			a.SpanVar = typesutil.ObjectOf(f.info, sel.X)
		}
	case fn.Name() == "WithAttributes" && (fn.Pkg().Path() == PkgTrace || fn.Pkg().Path() == pkgMetric):
		outer, ok := f.parent(up + 1).(*ast.CallExpr)
		if !ok || !isArg(outer, call) {
			return
		}
		ofn := typesutil.Callee(f.info, outer)
		if ofn == nil || ofn.Pkg() == nil {
			return
		}
		sel, _ := ast.Unparen(outer.Fun).(*ast.SelectorExpr)
		switch {
		case ofn.Name() == "Start" && isMethodOf(ofn, PkgTrace, "Tracer"):
			a.SpanStart = outer
		case (ofn.Name() == "Add" || ofn.Name() == "Record") && ofn.Pkg().Path() == pkgMetric && sel != nil:
			a.Instrument = typesutil.ObjectOf(f.info, sel.X)
		}
	}
}

// pkgMetric is the OpenTelemetry metric API.
const pkgMetric = "go.opentelemetry.io/otel/metric"

func isArg(call *ast.CallExpr, n ast.Node) bool {
	for _, a := range call.Args {
		if ast.Unparen(a) == n {
			return true
		}
	}
	return false
}

func isMethodOf(fn *types.Func, pkg, name string) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil && typesutil.IsNamed(sig.Recv().Type(), pkg, name)
}
