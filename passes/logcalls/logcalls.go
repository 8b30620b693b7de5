// Package logcalls is the pass that finds a package's structured-logging
// calls and log keys, by type, for log/slog, zap, logrus, zerolog, logr,
// klog and the convention's own wrappers (logs.wrappers). The logkeys
// analyzer checks them; the coverage report counts its findings.
//
// Calls are recognised by the callee's package and signature, never by
// the receiver's variable name: a *zap.Logger held in a field named log
// is a zap logger. Keys are found in three shapes: alternating key/value
// arguments (slog, zap's sugared ...w methods, logr, klog's ...S
// functions, wrappers), constructors whose first parameter is the key
// (slog.String, zap.Int, zerolog's Str, logrus' WithField), and literals
// (logrus.Fields{...}, slog.Attr{Key: ...}).
package logcalls

import (
	"go/ast"
	"go/constant"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
)

// Loggers, by the import path prefix of their package.
const (
	Slog    = "slog"
	Zap     = "zap"
	Logrus  = "logrus"
	Zerolog = "zerolog"
	Logr    = "logr"
	Klog    = "klog"
)

var loggerPkgs = []struct{ prefix, name string }{
	{"log/slog", Slog},
	{"go.uber.org/zap", Zap},
	{"github.com/sirupsen/logrus", Logrus},
	{"github.com/rs/zerolog", Zerolog},
	{"github.com/go-logr/logr", Logr},
	{"k8s.io/klog", Klog},
}

// loggerOf names the logger whose package declares fn, or "".
func loggerOf(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	path := fn.Pkg().Path()
	for _, l := range loggerPkgs {
		if path == l.prefix || strings.HasPrefix(path, l.prefix+"/") {
			return l.name
		}
	}
	return ""
}

// Call is one logging call.
type Call struct {
	Call   *ast.CallExpr
	Logger string // see the constants, or the wrapper's name
	Func   *types.Func
	// Msg is the message argument, or nil; Printf is true when it is a
	// format (Infof, Msgf, …).
	Msg    ast.Expr
	Printf bool
	// KV are the alternating key/value arguments (slog's may hold Attrs).
	KV []ast.Expr
	// ContextVariant names the variant taking a context, when the call
	// has none and one exists (slog.Info -> InfoContext).
	ContextVariant string
}

// Key is a log key written in the code.
type Key struct {
	Expr   ast.Expr
	Logger string
	// Value is the key when it is a constant string (Const), folded
	// across packages.
	Value string
	Const bool
}

// Result lists the package's logging calls and the keys outside
// key/value arguments (constructors and literals), in source order.
type Result struct {
	Calls []*Call
	Keys  []*Key
	// Unstructured are calls of fmt.Print*, log.Print*/Fatal*/Panic*,
	// print and println.
	Unstructured []*ast.CallExpr
}

// New returns the pass. cfg is the config pass, for logs.wrappers.
func New(cfg *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintlogcalls",
		Doc:        "finds structured logging calls and log keys",
		Requires:   []*analysis.Analyzer{cfg},
		ResultType: reflect.TypeFor[*Result](),
		Run:        run,
	}
}

// shape says where a call's message and key/values are.
type shape struct {
	msg, kv int // argument indexes; -1 for none
	printf  bool
}

// kvShapes are the calls with alternating key/value arguments, by logger
// and function or method name.
var kvShapes = map[string]map[string]shape{
	Slog: {
		"Debug": {0, 1, false}, "Info": {0, 1, false}, "Warn": {0, 1, false}, "Error": {0, 1, false},
		"DebugContext": {1, 2, false}, "InfoContext": {1, 2, false}, "WarnContext": {1, 2, false}, "ErrorContext": {1, 2, false},
		"Log": {2, 3, false}, "LogAttrs": {2, 3, false}, "With": {-1, 0, false}, "Group": {-1, 1, false},
	},
	Zap: {
		// SugaredLogger
		"Debugw": {0, 1, false}, "Infow": {0, 1, false}, "Warnw": {0, 1, false}, "Errorw": {0, 1, false},
		"DPanicw": {0, 1, false}, "Panicw": {0, 1, false}, "Fatalw": {0, 1, false},
		"Debugf": {0, -1, true}, "Infof": {0, -1, true}, "Warnf": {0, -1, true}, "Errorf": {0, -1, true},
		"DPanicf": {0, -1, true}, "Panicf": {0, -1, true}, "Fatalf": {0, -1, true},
		// Logger (fields are constructor calls, found as keys)
		"Debug": {0, -1, false}, "Info": {0, -1, false}, "Warn": {0, -1, false}, "Error": {0, -1, false},
		"DPanic": {0, -1, false}, "Panic": {0, -1, false}, "Fatal": {0, -1, false},
	},
	Logrus: {
		"Trace": {0, -1, false}, "Debug": {0, -1, false}, "Info": {0, -1, false}, "Print": {0, -1, false},
		"Warn": {0, -1, false}, "Warning": {0, -1, false}, "Error": {0, -1, false}, "Fatal": {0, -1, false}, "Panic": {0, -1, false},
		"Tracef": {0, -1, true}, "Debugf": {0, -1, true}, "Infof": {0, -1, true}, "Printf": {0, -1, true},
		"Warnf": {0, -1, true}, "Warningf": {0, -1, true}, "Errorf": {0, -1, true}, "Fatalf": {0, -1, true}, "Panicf": {0, -1, true},
	},
	Zerolog: {
		"Msg": {0, -1, false}, "Msgf": {0, -1, true},
	},
	Logr: {
		"Info": {0, 1, false}, "Error": {1, 2, false}, "WithValues": {-1, 0, false},
	},
	Klog: {
		"InfoS": {0, 1, false}, "ErrorS": {1, 2, false}, "InfoSDepth": {1, 2, false}, "ErrorSDepth": {2, 3, false},
		"LoggerWithValues": {-1, 1, false},
	},
}

// zapSugarOnly are names of kvShapes[Zap] that are SugaredLogger-only
// meanings; "With" differs: Logger.With takes fields, Sugared.With pairs.
func zapShape(fn *types.Func) (shape, bool) {
	recv := recvName(fn)
	if fn.Name() == "With" {
		if recv == "SugaredLogger" {
			return shape{-1, 0, false}, true
		}
		return shape{}, false
	}
	s, ok := kvShapes[Zap][fn.Name()]
	if !ok || recv == "" {
		return shape{}, false
	}
	if recv == "Logger" && (s.kv >= 0 || s.printf) {
		return shape{}, false
	}
	if recv == "SugaredLogger" && s.kv < 0 && !s.printf {
		// Sugared Info(args ...any) concatenates: its first argument is
		// the message only when it is the only one.
		return shape{0, -1, false}, true
	}
	return s, true
}

func recvName(fn *types.Func) string {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if n := typesutil.NamedOf(recv.Type()); n != nil {
			return n.Obj().Name()
		}
	}
	return ""
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	conv := config.Of(pass)
	wrappers := make(map[string]convention.Wrapper)
	for _, w := range conv.Logs.Wrappers {
		if pw, err := convention.ParseWrapper(w); err == nil {
			wrappers[pw.Func] = pw
		}
	}
	if len(wrappers) == 0 && !importsLogging(pass) {
		return res, nil
	}
	info := pass.TypesInfo
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if isUnstructured(info, n) {
					res.Unstructured = append(res.Unstructured, n)
				}
				fn := typesutil.Callee(info, n)
				if fn == nil {
					return true
				}
				if w, ok := wrappers[typesutil.FullName(fn)]; ok {
					c := &Call{Call: n, Logger: typesutil.FullName(fn), Func: fn}
					if w.Msg > 0 && w.Msg <= len(n.Args) {
						c.Msg = n.Args[w.Msg-1]
					}
					if w.KV <= len(n.Args) && n.Ellipsis == 0 {
						c.KV = n.Args[w.KV-1:]
					}
					res.Calls = append(res.Calls, c)
					return true
				}
				logger := loggerOf(fn)
				if logger == "" {
					return true
				}
				if k := keyParam(fn, n); k != nil {
					res.Keys = append(res.Keys, key(info, k, logger))
				}
				if c := call(info, fn, n, logger); c != nil {
					res.Calls = append(res.Calls, c)
				}
			case *ast.CompositeLit:
				res.Keys = append(res.Keys, literalKeys(info, n)...)
			}
			return true
		})
	}
	return res, nil
}

// call describes a logging call, or returns nil.
func call(info *types.Info, fn *types.Func, n *ast.CallExpr, logger string) *Call {
	var s shape
	var ok bool
	if logger == Zap {
		s, ok = zapShape(fn)
	} else {
		s, ok = kvShapes[logger][fn.Name()]
	}
	if !ok {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if logger == Logrus && s.msg == 0 && !s.printf && len(n.Args) != 1 {
		s.msg = -1 // Info(a, b, c) concatenates its arguments
	}
	if logger == Zap && recvName(fn) == "SugaredLogger" && s.kv < 0 && !s.printf && len(n.Args) != 1 {
		s.msg = -1
	}
	if logger == Logr && recvName(fn) != "Logger" {
		return nil
	}
	if logger == Zerolog && recvName(fn) != "Event" {
		return nil
	}
	c := &Call{Call: n, Logger: logger, Func: fn, Printf: s.printf}
	if s.msg >= 0 && s.msg < len(n.Args) {
		c.Msg = n.Args[s.msg]
	}
	if s.kv >= 0 && s.kv <= len(n.Args) && n.Ellipsis == 0 && sig.Variadic() {
		c.KV = n.Args[s.kv:]
	}
	if logger == Slog && !strings.HasSuffix(fn.Name(), "Context") {
		switch fn.Name() {
		case "Debug", "Info", "Warn", "Error":
			c.ContextVariant = fn.Name() + "Context"
		}
	}
	return c
}

// keyParam returns the key argument of a constructor whose first
// parameter is named key and is a string: slog.String, zap.Int,
// zerolog's Event.Str, logrus' WithField, ….
func keyParam(fn *types.Func, n *ast.CallExpr) ast.Expr {
	params := fn.Type().(*types.Signature).Params()
	if params.Len() == 0 || len(n.Args) == 0 {
		return nil
	}
	p := params.At(0)
	if p.Name() != "key" && p.Name() != "k" {
		return nil
	}
	if b, ok := p.Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return nil
	}
	return n.Args[0]
}

// literalKeys returns the keys of logrus.Fields{...} and slog.Attr{Key: ...}.
func literalKeys(info *types.Info, lit *ast.CompositeLit) []*Key {
	t := info.TypeOf(lit)
	n := typesutil.NamedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return nil
	}
	var keys []*Key
	switch {
	case n.Obj().Pkg().Path() == "github.com/sirupsen/logrus" && n.Obj().Name() == "Fields":
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				keys = append(keys, key(info, kv.Key, Logrus))
			}
		}
	case n.Obj().Pkg().Path() == "log/slog" && n.Obj().Name() == "Attr":
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
					keys = append(keys, key(info, kv.Value, Slog))
				}
			}
		}
	}
	return keys
}

// key describes a key expression, folding constants.
func key(info *types.Info, e ast.Expr, logger string) *Key {
	k := &Key{Expr: e, Logger: logger}
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		k.Value, k.Const = constant.StringVal(tv.Value), true
	}
	return k
}

// KeyOf describes a key/value argument used as a key.
func KeyOf(info *types.Info, e ast.Expr, logger string) *Key { return key(info, e, logger) }

// IsAttr reports whether e is a slog.Attr value (which takes one slot of
// slog's key/value arguments).
func IsAttr(info *types.Info, e ast.Expr) bool {
	return typesutil.IsNamed(info.TypeOf(e), "log/slog", "Attr")
}

// importsLogging is a cheap test to skip packages that log with none of
// the known loggers and print nothing.
func importsLogging(pass *analysis.Pass) bool {
	return typesutil.Imports(pass.Files, func(p string) bool {
		if p == "fmt" || p == "log" {
			return true
		}
		for _, l := range loggerPkgs {
			if p == l.prefix || strings.HasPrefix(p, l.prefix+"/") {
				return true
			}
		}
		return false
	})
}

// isUnstructured recognises fmt.Print*, log.Print*/Fatal*/Panic* (the
// standard library's log package) and the print/println builtins.
func isUnstructured(info *types.Info, n *ast.CallExpr) bool {
	switch fun := ast.Unparen(n.Fun).(type) {
	case *ast.Ident:
		if b, ok := info.Uses[fun].(*types.Builtin); ok {
			return b.Name() == "print" || b.Name() == "println"
		}
	}
	fn := typesutil.Callee(info, n)
	if fn == nil || fn.Pkg() == nil || recvName(fn) != "" && fn.Pkg().Path() == "fmt" {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "fmt":
		return name == "Print" || name == "Printf" || name == "Println"
	case "log":
		for _, p := range []string{"Print", "Fatal", "Panic"} {
			if strings.HasPrefix(name, p) {
				return true
			}
		}
	}
	return false
}
