// Package logcalls is the pass that finds a package's structured log calls
// and the keys they write, by type rather than by name, on the loggers Go
// teams use:
//
//   - log/slog: the package functions and *slog.Logger methods (Info, …,
//     InfoContext, Log, LogAttrs, With, WithGroup), the Attr constructors
//     (slog.String, …, slog.Any, slog.Group) and slog.Attr literals;
//   - go.uber.org/zap: *zap.Logger methods with their Field constructors
//     (zap.String(key, …), …), *zap.SugaredLogger's …w methods and With;
//   - github.com/sirupsen/logrus: WithField, WithFields(logrus.Fields{…})
//     and the level methods, on the package, *Logger and *Entry;
//   - github.com/rs/zerolog: the field methods of *Event and Context (Str,
//     Int, Err, Dict, …) and Msg/Msgf/Send;
//   - github.com/go-logr/logr: Info, Error, WithValues;
//   - k8s.io/klog/v2: InfoS, ErrorS, their Depth forms, V(n).InfoS and
//     LoggerWithValues;
//   - github.com/go-kit/log (and github.com/go-kit/kit/log): Logger.Log
//     (also through level.Info(logger) and friends) and any method
//     Log(keyvals ...interface{}) error, whose message is the value of
//     the "msg" key; With, WithPrefix and WithSuffix;
//   - the convention's logs.wrappers, and wrappers found by the pass itself:
//     a function that hands its message parameter and its variadic
//     parameter on to one of the above (log(msg, args...)) is a wrapper,
//     exported as a fact so that calls in other packages are checked too.
//
// Keys are folded from constants, constant expressions and constants of
// other packages (go/types carries their values). The pass only describes;
// the logkeys analyzer judges.
package logcalls

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
)

// Libraries.
const (
	Slog    = "slog"
	Zap     = "zap"
	Sugar   = "zap-sugar" // *zap.SugaredLogger
	Logrus  = "logrus"
	Zerolog = "zerolog"
	Logr    = "logr"
	Klog    = "klog"
	GoKit   = "gokit"
	Wrapper = "wrapper" // a convention wrapper of an unknown library
)

// Import paths (any major version).
const (
	PkgSlog    = "log/slog"
	PkgZap     = "go.uber.org/zap"
	PkgLogrus  = "github.com/sirupsen/logrus"
	PkgZerolog = "github.com/rs/zerolog"
	PkgZlogLog = "github.com/rs/zerolog/log"
	PkgLogr    = "github.com/go-logr/logr"
	PkgKlog    = "k8s.io/klog" // v2 matched as a major version
	PkgGoKit   = "github.com/go-kit/log"
	PkgKitLog  = "github.com/go-kit/kit/log" // since kit v0.12 aliases of PkgGoKit
)

// GoKitMsgKey is the key go-kit code writes its message under, by
// convention: level.Info(logger).Log("msg", "…", "key", v).
const GoKitMsgKey = "msg"

// Key is one key written to a log record.
type Key struct {
	// Expr is the key expression.
	Expr ast.Expr
	// Name is the key's value when Const.
	Name  string
	Const bool
	// String is false when the expression in a key position is not of
	// type string (an error, a named string type): the library logs it
	// under a placeholder key such as slog's !BADKEY.
	String bool
	// Lit is the key when written as one string literal, which a fix may
	// rewrite.
	Lit *ast.BasicLit
	// Value is the key's value; nil for a key without one (Dangling) and
	// for keys of attribute constructors.
	Value    ast.Expr
	Dangling bool
	// Pair is true for keys of key/value lists (slog args, zap's sugared
	// …w methods, logr, klog, wrappers), false for attribute and field
	// constructors, field methods and map literals.
	Pair    bool
	Library string
	// Top is true for keys written directly on a record or a logger that
	// is not known to be in a group: those can clash with the handler's
	// own keys (time, level, msg, …).
	Top bool
	// Call is the log call the key is an argument of, or nil.
	Call *Call
	// Encl is the enclosing function's declaration or literal, if any.
	Encl ast.Node
	// Facade is true for a key passed to a key wrapper (a facade taking
	// the key, or a map of fields, and handing it to the logger).
	Facade bool
}

// Call is one call of a logging API that writes a record (Record) or
// derives a logger carrying keys (With, WithValues, WithField, …).
type Call struct {
	Call    *ast.CallExpr
	Func    *types.Func
	Library string
	Record  bool
	// Msg is the message argument, nil when the call has none. Format is
	// true when it is a printf format (Infof, Msgf); Print when the
	// message is the concatenation of all the Args (logrus.Info(a, b)).
	Msg    ast.Expr
	Format bool
	Print  bool
	// Args are the arguments after the message: the key/value list, the
	// fields or attributes, or the format's operands.
	Args []ast.Expr
	// Spread is true when Args end in a slice passed with "..." (args...):
	// the keys in it are not known.
	Spread bool
	// Keys are the key/value pairs of Args (not the keys written by
	// attribute constructors among them, which are in Result.Keys).
	Keys []*Key
	// Attrs are the arguments of a key/value list that are attributes or
	// fields (slog.Attr, zap.Field). Mixed is the first argument where
	// pairs and attributes meet, nil when the list holds only one kind.
	Attrs []ast.Expr
	Mixed ast.Expr
	// Ctx is the context argument, or the argument of a .Ctx(ctx) or
	// .WithContext(ctx) in the call chain; nil when the call carries none.
	Ctx ast.Expr
	// Variant, for a record written without a context, names what carries
	// one: "InfoContext" (slog), "WithContext" (logrus), "Ctx" (zerolog).
	// VariantAt is where a fix inserts it: the selector to rename for
	// slog, the position after which ".WithContext(ctx)" or ".Ctx(ctx)"
	// goes for the others (token.NoPos when no mechanical fix exists).
	Variant   string
	VariantAt token.Pos
	// Encl is the enclosing function's declaration or literal, if any.
	Encl ast.Node
}

// Result is the pass's result for one package.
type Result struct {
	Calls []*Call // in source order
	Keys  []*Key  // every key, in source order
	// KeyStyles counts the distinct constant keys per case (KeyStyle) of
	// this package and the packages of its module it imports, directly
	// or not, for logs.key_case: detect.
	KeyStyles map[string]int
	// ZapKeys are the keys the zap encoders this package and its imports
	// build write themselves (their configurations' TimeKey, LevelKey,
	// …); nil when no configuration is in sight, and zap's production
	// keys apply.
	ZapKeys map[string]bool
}

// WrapperFact marks a function that forwards a message and key/value list
// to a logging API, with the 0-based indexes of the message parameter (-1
// when the message is fixed inside) and of the variadic key/value
// parameter.
type WrapperFact struct {
	Library string
	Msg, KV int
	Record  bool
	Format  bool // the message is a printf format (a wrapper of Infof)
}

// AFact implements analysis.Fact.
func (*WrapperFact) AFact() {}

// String is "logwrapper(LIB) msg=I kv=J", then "record" when the wrapper
// writes a record and "format" when its message is a printf format.
func (f *WrapperFact) String() string {
	s := "logwrapper(" + f.Library + ") msg=" + strconv.Itoa(f.Msg) + " kv=" + strconv.Itoa(f.KV)
	if f.Record {
		s += " record"
	}
	if f.Format {
		s += " format"
	}
	return s
}

// hasWrappers marks a package that declares wrappers or imports one that
// does, so that importers know to look.
type hasWrappers struct{}

func (*hasWrappers) AFact()         {}
func (*hasWrappers) String() string { return "haslogwrappers" }

// New returns the pass. cfg is the config pass (passes/config).
func New(cfg *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintlogcalls",
		Doc:        "finds structured log calls (slog, zap, logrus, zerolog, logr, klog, wrappers) and their keys",
		Requires:   []*analysis.Analyzer{cfg},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(WrapperFact), new(hasWrappers), new(KeyStyleFact), new(ZapKeysFact), new(KeyWrapperFact)},
		Run:        run,
	}
}

func isLogPkg(path string) bool {
	for _, p := range []string{PkgSlog, PkgZap, PkgLogrus, PkgZerolog, PkgZlogLog, PkgLogr, PkgKlog, PkgGoKit, PkgKitLog, PkgGoKit + "/level", PkgKitLog + "/level"} {
		if typesutil.PkgPathIs(path, p) {
			return true
		}
	}
	return false
}

// reachesLogPkg reports whether a logging package is among pkg's imports,
// direct or not: code may call the methods of a *slog.Logger that another
// package hands it without importing log/slog itself.
func reachesLogPkg(pkg *types.Package) bool {
	seen := make(map[*types.Package]bool)
	var walk func(p *types.Package) bool
	walk = func(p *types.Package) bool {
		for _, imp := range p.Imports() {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if isLogPkg(imp.Path()) || walk(imp) {
				return true
			}
		}
		return false
	}
	return walk(pkg)
}

type scanner struct {
	pass     *analysis.Pass
	res      *Result
	wrappers map[string]convention.Wrapper // by function name
	local    map[*types.Func]*WrapperFact  // wrappers declared here
	keyLocal map[*types.Func]*KeyWrapperFact
	// direct maps an argument expression of a call to the call, so that
	// constructors written directly in a log call are Top.
	direct map[ast.Expr]*directArg
	// grouped are the variables and fields holding a logger derived with
	// WithGroup or zap.Namespace: their keys are not top-level.
	grouped map[types.Object]bool
	withCtx map[types.Object]*ast.CallExpr
	// encl is the function enclosing the node being scanned.
	encl ast.Node
}

type directArg struct {
	call *Call
	top  bool
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	conv := config.Of(pass)
	if conv.Logs.KeyCase == "detect" {
		defer exportKeyStyles(pass, res)
	}
	s := &scanner{
		pass: pass, res: res,
		wrappers: make(map[string]convention.Wrapper),
		local:    make(map[*types.Func]*WrapperFact),
		keyLocal: make(map[*types.Func]*KeyWrapperFact),
		direct:   make(map[ast.Expr]*directArg),
		grouped:  make(map[types.Object]bool),
		withCtx:  make(map[types.Object]*ast.CallExpr),
	}
	for _, w := range conv.Logs.Wrappers {
		if pw, err := convention.ParseWrapper(w); err == nil {
			s.wrappers[pw.Func] = pw
		}
	}
	// Wrappers may be reached through an import's import (a method of a
	// type another package returns), so the marker travels up the import
	// graph.
	importsWrappers := false
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasWrappers)) {
			importsWrappers = true
			break
		}
	}
	if !importsWrappers && len(s.wrappers) == 0 && !reachesLogPkg(pass.Pkg) {
		return res, nil
	}
	findZapKeys(pass, res)
	s.findWrappers()
	s.findKeyWrappers()
	if len(s.local) > 0 || len(s.keyLocal) > 0 || importsWrappers {
		pass.ExportPackageFact(&hasWrappers{})
	}
	s.findGrouped()
	for _, f := range pass.Files {
		s.scanFile(f)
	}
	return res, nil
}

// scanFile finds the calls and keys of one file, tracking the enclosing
// function.
func (s *scanner) scanFile(f *ast.File) {
	var stack []ast.Node // enclosing function declarations and literals
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		for len(stack) > 0 && n.Pos() >= stack[len(stack)-1].End() {
			stack = stack[:len(stack)-1]
		}
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			stack = append(stack, n)
		}
		s.encl = nil
		if len(stack) > 0 {
			s.encl = stack[len(stack)-1]
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			s.call(n, s.encl)
		case *ast.CompositeLit:
			s.composite(n)
		}
		return true
	})
}

// call classifies one call: a log call, a key constructor, or neither.
func (s *scanner) call(call *ast.CallExpr, encl ast.Node) {
	fn := typesutil.Callee(s.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	if c := s.logCall(fn, call); c != nil {
		c.Encl = encl
		s.res.Calls = append(s.res.Calls, c)
		s.addPairs(c)
		return
	}
	if s.keyWrapperCall(fn, call) {
		return
	}
	s.constructor(fn, call)
}

// recvOf returns the receiver type of a method, or nil.
func recvOf(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return nil
}

// levels are the level method names of logrus, zap, and slog.
var (
	slogRecord  = set("Debug", "Info", "Warn", "Error")
	zapRecord   = set("Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal")
	logrusLevel = set("Trace", "Debug", "Info", "Print", "Warn", "Warning", "Error", "Fatal", "Panic")
	klogPrint   = set("Info", "Warning", "Error", "Fatal", "Exit")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// logCall recognises a call that writes a record or derives a logger.
func (s *scanner) logCall(fn *types.Func, call *ast.CallExpr) *Call {
	if fn.Pkg() == nil {
		return nil
	}
	path := fn.Pkg().Path()
	recv := recvOf(fn)
	name := fn.Name()
	c := &Call{Call: call, Func: fn}
	switch {
	case path == PkgSlog && (recv == nil || typesutil.IsNamed(recv, PkgSlog, "Logger")):
		c.Library = Slog
		switch {
		case slogRecord[name]:
			c.Record = true
			s.positional(c, 0, 1)
			c.Variant = name + "Context"
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				c.VariantAt = sel.Sel.Pos()
			}
		case strings.HasSuffix(name, "Context") && slogRecord[strings.TrimSuffix(name, "Context")]:
			c.Record = true
			s.positional(c, 1, 2)
			c.Ctx = arg(call, 0)
		case name == "Log" || name == "LogAttrs":
			c.Record = true
			s.positional(c, 2, 3)
			c.Ctx = arg(call, 0)
		case name == "With":
			s.positional(c, -1, 0)
		default:
			return nil
		}
	case typesutil.PkgPathIs(path, PkgZap) && typesutil.IsNamed(recv, PkgZap, "Logger"):
		c.Library = Zap
		switch {
		case zapRecord[name]:
			c.Record = true
			s.positional(c, 0, 1)
		case name == "Log":
			c.Record = true
			s.positional(c, 1, 2)
		case name == "With" || name == "WithLazy":
			s.positional(c, -1, 0)
		default:
			return nil
		}
	case typesutil.PkgPathIs(path, PkgZap) && typesutil.IsNamed(recv, PkgZap, "SugaredLogger"):
		c.Library = Sugar
		base, suffix := splitSuffix(name, "w", "f", "ln")
		switch {
		case zapRecord[base] && suffix == "w":
			c.Record = true
			s.positional(c, 0, 1)
		case base == "Log" && suffix == "w":
			c.Record = true
			s.positional(c, 1, 2)
		case (zapRecord[base] || base == "Log") && suffix == "f":
			c.Record, c.Format = true, true
			if base == "Log" {
				s.positional(c, 1, 2)
			} else {
				s.positional(c, 0, 1)
			}
		case (zapRecord[base] || base == "Log") && (suffix == "" || suffix == "ln"):
			c.Record, c.Print = true, true
			if base == "Log" {
				s.printArgs(c, 1)
			} else {
				s.printArgs(c, 0)
			}
		case name == "With" || name == "WithLazy":
			s.positional(c, -1, 0)
		default:
			return nil
		}
	case typesutil.PkgPathIs(path, PkgLogrus) && (recv == nil || typesutil.IsNamed(recv, PkgLogrus, "Logger") || typesutil.IsNamed(recv, PkgLogrus, "Entry")):
		c.Library = Logrus
		base, suffix := splitSuffix(name, "f", "ln")
		lvl := 0
		if base == "Log" {
			base, lvl = "Info", 1
		}
		if !logrusLevel[base] {
			return nil // WithField and WithFields are constructors
		}
		c.Record = true
		if suffix == "f" {
			c.Format = true
			s.positional(c, lvl, lvl+1)
		} else {
			c.Print = true
			s.printArgs(c, lvl)
		}
		s.chainContext(c, "WithContext")
	case (typesutil.PkgPathIs(path, PkgZerolog) && typesutil.IsNamed(recv, PkgZerolog, "Event")):
		c.Library = Zerolog
		switch name {
		case "Msg":
			c.Record = true
			s.positional(c, 0, -1)
		case "Msgf":
			c.Record, c.Format = true, true
			s.positional(c, 0, 1)
		case "Send", "MsgFunc":
			c.Record = true
		default:
			return nil
		}
		s.chainContext(c, "Ctx")
	case typesutil.PkgPathIs(path, PkgLogr) && typesutil.IsNamed(recv, PkgLogr, "Logger"):
		c.Library = Logr
		switch name {
		case "Info":
			c.Record = true
			s.positional(c, 0, 1)
		case "Error":
			c.Record = true
			s.positional(c, 1, 2)
		case "WithValues":
			s.positional(c, -1, 0)
		default:
			return nil
		}
	case typesutil.PkgPathIs(path, PkgKlog) && (recv == nil || typesutil.IsNamed(recv, PkgKlog, "Verbose")):
		c.Library = Klog
		switch name {
		case "InfoS":
			c.Record = true
			s.positional(c, 0, 1)
		case "ErrorS", "InfoSDepth":
			c.Record = true
			s.positional(c, 1, 2)
		case "ErrorSDepth":
			c.Record = true
			s.positional(c, 2, 3)
		case "LoggerWithValues":
			s.positional(c, -1, 1)
		default:
			base, suffix := splitSuffix(name, "f", "ln", "Depth")
			if !klogPrint[base] {
				return nil
			}
			c.Record = true
			switch suffix {
			case "f":
				c.Format = true
				s.positional(c, 0, 1)
			case "Depth":
				c.Print = true
				s.printArgs(c, 1)
			default:
				c.Print = true
				s.printArgs(c, 0)
			}
		}
	case isGoKitPkg(path) && recv == nil && (name == "With" || name == "WithPrefix" || name == "WithSuffix"):
		c.Library = GoKit
		s.positional(c, -1, 1)
	case isGoKitLog(fn):
		c.Library, c.Record = GoKit, true
		s.positional(c, -1, 0)
	default:
		return s.wrapperCall(fn, c)
	}
	return c
}

func isGoKitPkg(path string) bool { return path == PkgGoKit || path == PkgKitLog }

// isGoKitLog recognises the go-kit Log method: Logger.Log of go-kit's
// packages, and any method Log(keyvals ...interface{}) error, the
// contract every go-kit logger implements (LoggerFunc, a team's own
// logger types).
func isGoKitLog(fn *types.Func) bool {
	if fn.Name() != "Log" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !sig.Variadic() || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	elem := sig.Params().At(0).Type().(*types.Slice).Elem()
	it, ok := elem.Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return false
	}
	return types.Identical(sig.Results().At(0).Type(), types.Universe.Lookup("error").Type())
}

// wrapperCall recognises a call of a wrapper: one named in the convention,
// one of this package, or one of another package known by its fact.
func (s *scanner) wrapperCall(fn *types.Func, c *Call) *Call {
	if w, ok := s.wrappers[typesutil.FullName(fn)]; ok {
		c.Library, c.Record = Wrapper, true
		s.positional(c, w.Msg-1, w.KV-1)
		return c
	}
	f := s.local[fn.Origin()]
	if f == nil && fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var imported WrapperFact
		if s.pass.ImportObjectFact(fn.Origin(), &imported) {
			f = &imported
		}
	}
	if f == nil {
		return nil
	}
	c.Library, c.Record, c.Format = f.Library, f.Record, f.Format
	s.positional(c, f.Msg, f.KV)
	return c
}

// splitSuffix splits one of the suffixes off name.
func splitSuffix(name string, suffixes ...string) (string, string) {
	for _, suf := range suffixes {
		if base, ok := strings.CutSuffix(name, suf); ok && base != "" {
			return base, suf
		}
	}
	return name, ""
}

func arg(call *ast.CallExpr, i int) ast.Expr {
	if i >= 0 && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// positional sets the message (msg, or -1 for none) and the variadic
// arguments (from kv, or -1 for none).
func (s *scanner) positional(c *Call, msg, kv int) {
	c.Msg = arg(c.Call, msg)
	if kv >= 0 && kv <= len(c.Call.Args) {
		c.Args = c.Call.Args[kv:]
		c.Spread = c.Call.Ellipsis.IsValid() && len(c.Args) > 0
	}
}

// printArgs sets the arguments of a Print-style call (logrus.Info(a, b)):
// the message is their concatenation.
func (s *scanner) printArgs(c *Call, from int) {
	if from <= len(c.Call.Args) {
		c.Args = c.Call.Args[from:]
		c.Spread = c.Call.Ellipsis.IsValid() && len(c.Args) > 0
	}
	if len(c.Args) == 1 && !c.Spread {
		c.Msg = c.Args[0]
	} else if len(c.Args) > 0 {
		c.Msg = c.Args[0] // the first part; the others make it dynamic
	}
}

// chainContext looks along a builder chain (logrus entries, zerolog
// events) for the method carrying a context, and else records where one
// would go.
func (s *scanner) chainContext(c *Call, method string) {
	c.Variant = method
	var levelEnd token.Pos
	x := c.Call.Fun
	for {
		sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if c.Library == Logrus && levelEnd == token.NoPos {
			levelEnd = sel.X.End() // logger.Info(...) -> logger.WithContext(ctx).Info(...)
		}
		inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			// The chain starts at a variable: one assigned an entry,
			// event or logger with a context carries it.
			if obj := typesutil.ObjectOf(s.pass.TypesInfo, sel.X); obj != nil && s.withCtx[obj] != nil {
				c.Ctx, c.Variant = arg(s.withCtx[obj], 0), ""
				return
			}
			break
		}
		fn := typesutil.Callee(s.pass.TypesInfo, inner)
		if fn == nil {
			break
		}
		if carriesContext(fn) {
			// .WithContext(ctx), .Ctx(ctx), or zerolog.Ctx(ctx) / log.Ctx(ctx),
			// the logger the request's middleware put in the context.
			c.Ctx, c.Variant = arg(inner, 0), ""
			return
		}
		if c.Library == Zerolog && levelEnd == token.NoPos && !typesutil.IsNamed(recvOf(fn), PkgZerolog, "Event") {
			levelEnd = inner.End() // log.Info() -> log.Info().Ctx(ctx)
		}
		x = inner.Fun
	}
	c.VariantAt = levelEnd
}

// addPairs reads the key/value list of a call, and marks the attribute
// constructors written directly in it.
func (s *scanner) addPairs(c *Call) {
	top := s.topLevel(c)
	if len(c.Args) == 0 || c.Print || c.Format {
		return
	}
	kvList := false
	var attr func(types.Type) bool
	switch c.Library {
	case Slog:
		kvList = !strings.HasPrefix(c.Func.Name(), "LogAttrs")
		attr = isSlogAttr
	case Zap:
		attr = isZapField
	case Sugar:
		kvList, attr = true, isZapField
	case Logr, Klog, GoKit:
		kvList = true
	case Wrapper:
		kvList = true
		attr = func(t types.Type) bool { return isSlogAttr(t) || isZapField(t) }
	case Logrus, Zerolog:
		return
	}
	if !kvList {
		// Fields or attributes only.
		for _, a := range c.Args {
			s.direct[ast.Unparen(a)] = &directArg{call: c, top: top}
			if c.Library == Zap && isNamespace(s.pass.TypesInfo, a) {
				top = false // zap.Namespace nests the fields after it
			}
		}
		return
	}
	if c.Spread {
		return
	}
	c.Keys, c.Attrs, c.Mixed = s.pairs(c.Args, c.Library, attr, top, c)
	if c.Library == GoKit && c.Record && c.Msg == nil {
		for _, k := range c.Keys {
			if k.Const && k.Name == GoKitMsgKey && k.Value != nil {
				c.Msg = k.Value
				break
			}
		}
	}
	for _, a := range c.Attrs {
		s.direct[ast.Unparen(a)] = &directArg{call: c, top: top}
	}
	s.res.Keys = append(s.res.Keys, c.Keys...)
}

// pairs splits a key/value list the way the libraries read it: an
// attribute stands alone, a string is a key followed by its value, and
// anything else at a key position is a bad key.
func (s *scanner) pairs(args []ast.Expr, lib string, attr func(types.Type) bool, top bool, c *Call) (keys []*Key, attrs []ast.Expr, mixed ast.Expr) {
	info := s.pass.TypesInfo
	first := ""
	note := func(kind string, e ast.Expr) {
		if first == "" {
			first = kind
		} else if kind != first && mixed == nil {
			mixed = e
		}
	}
	for i := 0; i < len(args); {
		a := args[i]
		t := info.TypeOf(a)
		if attr != nil && t != nil && attr(t) {
			attrs = append(attrs, a)
			if !IsSlogGroup(info, a) {
				// slog.Group goes with pairs as with attributes, as
				// sloglint has it.
				note("attr", a)
			}
			i++
			continue
		}
		if t != nil && types.IsInterface(t) && types.AssignableTo(types.Typ[types.String], t) {
			if attr != nil {
				// An any may hold a key or an attribute: where the pairs
				// fall from here on is known only at run time.
				break
			}
			// A key/value list without attributes: a key of unknown
			// value (go-kit's level.Key()), then its value.
			note("pair", a)
			i += 2
			continue
		}
		k := s.key(a, lib, top)
		k.Pair, k.Call = true, c
		note("pair", a)
		keys = append(keys, k)
		switch {
		case !k.String && lib == Slog && !stringKind(t):
			// slog logs the argument alone under !BADKEY. A constant of a
			// named string type is a key of the wrong type: read on as
			// if it were one.
			i++
		case i+1 == len(args):
			k.Dangling = true
			i++
		default:
			k.Value = args[i+1]
			i += 2
		}
	}
	return keys, attrs, mixed
}

// key describes the key expression e.
func (s *scanner) key(e ast.Expr, lib string, top bool) *Key {
	info := s.pass.TypesInfo
	k := &Key{Expr: e, Library: lib, Top: top, Encl: s.encl}
	tv := info.Types[e]
	k.String = tv.Type != nil && isString(tv.Type)
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		k.Name, k.Const = constant.StringVal(tv.Value), true
	}
	if bl, ok := ast.Unparen(e).(*ast.BasicLit); ok && bl.Kind == token.STRING {
		k.Lit = bl
	}
	return k
}

// isString reports whether t is string itself (or an untyped string): the
// libraries test keys with a type switch or assertion on string, so a
// named string type is not a key to them.
func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

func stringKind(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isSlogAttr(t types.Type) bool { return typesutil.IsNamed(t, PkgSlog, "Attr") && !isPointer(t) }

// isZapField matches zap.Field, an alias of zapcore.Field.
func isZapField(t types.Type) bool {
	return !isPointer(t) && typesutil.IsNamed(t, PkgZap+"/zapcore", "Field")
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// IsSlogGroup reports whether e is a call of slog.Group.
func IsSlogGroup(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typesutil.Callee(info, call)
	return fn != nil && fn.Name() == "Group" && fn.Pkg() != nil && fn.Pkg().Path() == PkgSlog
}

func isNamespace(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typesutil.Callee(info, call)
	return fn != nil && fn.Name() == "Namespace" && typesutil.FuncPkgIs(fn, PkgZap)
}

// topLevel reports whether keys written on c land at the top of the
// record: not on a logger derived with WithGroup or zap.Namespace.
func (s *scanner) topLevel(c *Call) bool {
	sel, ok := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	x := ast.Expr(sel.X)
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			if fn := typesutil.Callee(s.pass.TypesInfo, e); fn != nil && s.groups(fn, e) {
				return false
			}
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				x = sel.X
				continue
			}
			return true
		case *ast.SelectorExpr:
			if obj := s.pass.TypesInfo.ObjectOf(e.Sel); obj != nil && s.grouped[obj] {
				return false
			}
			if _, isPkg := s.pass.TypesInfo.ObjectOf(e.Sel).(*types.PkgName); isPkg {
				return true
			}
			x = e.X
			continue
		case *ast.Ident:
			return !s.grouped[s.pass.TypesInfo.ObjectOf(e)]
		}
		return true
	}
}

// groups reports whether call derives a logger whose later keys are
// nested: slog's WithGroup, a zap With holding zap.Namespace.
func (s *scanner) groups(fn *types.Func, call *ast.CallExpr) bool {
	switch {
	case fn.Name() == "WithGroup" && typesutil.FuncPkgIs(fn, PkgSlog):
		return true
	case fn.Name() == "With" && typesutil.FuncPkgIs(fn, PkgZap):
		for _, a := range call.Args {
			if isNamespace(s.pass.TypesInfo, a) {
				return true
			}
		}
	}
	return false
}

// carriesContext reports whether fn puts a context on a logrus entry or a
// zerolog event, or takes zerolog's logger from a context.
func carriesContext(fn *types.Func) bool {
	switch {
	case fn.Name() == "WithContext" && typesutil.FuncPkgIs(fn, PkgLogrus):
		return true
	case fn.Name() == "Ctx" && (typesutil.FuncPkgIs(fn, PkgZerolog) || typesutil.FuncPkgIs(fn, PkgZlogLog)):
		return true
	}
	return false
}

// findGrouped records the variables and fields assigned a grouped logger,
// and those assigned an entry, event or logger carrying a context.
func (s *scanner) findGrouped() {
	info := s.pass.TypesInfo
	mark := func(lhs []ast.Expr, rhs []ast.Expr) {
		for i, r := range rhs {
			if i >= len(lhs) {
				break
			}
			obj := typesutil.ObjectOf(info, lhs[i])
			if obj == nil {
				continue
			}
			ast.Inspect(r, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if fn := typesutil.Callee(info, call); fn != nil {
						if s.groups(fn, call) {
							s.grouped[obj] = true
						}
						if carriesContext(fn) {
							s.withCtx[obj] = call
						}
					}
				}
				return true
			})
		}
	}
	for _, f := range s.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				mark(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				mark(lhs, n.Values)
			case *ast.KeyValueExpr:
				mark([]ast.Expr{n.Key}, []ast.Expr{n.Value})
			}
			return true
		})
	}
}

// constructor recognises a call writing one key: slog's Attr constructors,
// zap's Field constructors, zerolog's field methods and logrus's
// WithField. Their key is the parameter named key.
func (s *scanner) constructor(fn *types.Func, call *ast.CallExpr) {
	if fn.Pkg() == nil {
		return
	}
	path := fn.Pkg().Path()
	sig := fn.Type().(*types.Signature)
	recv := recvOf(fn)
	var lib string
	switch {
	case path == PkgSlog && recv == nil && sig.Results().Len() == 1 && isSlogAttr(sig.Results().At(0).Type()):
		lib = Slog
	case path == PkgSlog && typesutil.IsNamed(recv, PkgSlog, "Logger") && fn.Name() == "WithGroup":
		lib = Slog // the group's name is a key
	case typesutil.PkgPathIs(path, PkgZap) && recv == nil && sig.Results().Len() == 1 && isZapField(sig.Results().At(0).Type()):
		lib = Zap
	case typesutil.PkgPathIs(path, PkgZap+"/zapcore") && typesutil.IsNamed(recv, PkgZap+"/zapcore", "ObjectEncoder"):
		lib = Zap // enc.AddString(key, …) in a MarshalLogObject: nested keys
	case typesutil.PkgPathIs(path, PkgZerolog) && (typesutil.IsNamed(recv, PkgZerolog, "Event") || typesutil.IsNamed(recv, PkgZerolog, "Context")):
		lib = Zerolog
		if fn.Name() == "Fields" && len(call.Args) == 1 {
			s.zerologFields(call.Args[0], s.zerologTop(call))
			return
		}
	case typesutil.PkgPathIs(path, PkgLogrus) && fn.Name() == "WithField":
		lib = Logrus
	default:
		return
	}
	params := sig.Params()
	if params.Len() == 0 || len(call.Args) == 0 {
		return
	}
	if p := params.At(0); p.Name() != "key" && p.Name() != "name" || !isString(p.Type()) {
		return
	}
	top := false
	switch lib {
	case Slog, Zap:
		if d := s.direct[call]; d != nil {
			top = d.top
		}
	case Zerolog:
		top = s.zerologTop(call)
	case Logrus:
		top = true // logrus keeps fields in one map
	}
	k := s.key(call.Args[0], lib, top)
	if d := s.direct[call]; d != nil {
		k.Call = d.call
	}
	if len(call.Args) > 1 {
		k.Value = call.Args[1]
	}
	s.res.Keys = append(s.res.Keys, k)
	if lib == Slog && fn.Name() == "Group" && !call.Ellipsis.IsValid() {
		// The group's members: a key/value list of their own, nested.
		keys, _, _ := s.pairs(call.Args[1:], Slog, isSlogAttr, false, nil)
		s.res.Keys = append(s.res.Keys, keys...)
	}
}

// zerologTop reports whether a field method writes at the top of the
// event: not on an event made by zerolog.Dict().
func (s *scanner) zerologTop(call *ast.CallExpr) bool {
	x := ast.Expr(call)
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return true
		}
		fn := typesutil.Callee(s.pass.TypesInfo, c)
		if fn != nil && fn.Name() == "Dict" && recvOf(fn) == nil && typesutil.FuncPkgIs(fn, PkgZerolog) {
			return false
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		x = sel.X
	}
}

// zerologFields reads Fields(map[string]any{…}) and Fields([]any{k, v, …}).
func (s *scanner) zerologFields(e ast.Expr, top bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return
	}
	switch t := types.Unalias(s.pass.TypesInfo.TypeOf(lit)).Underlying().(type) {
	case *types.Map:
		s.mapKeys(lit, Zerolog, top)
	case *types.Slice:
		if _, ok := t.Elem().Underlying().(*types.Interface); ok {
			keys, _, _ := s.pairs(lit.Elts, Zerolog, nil, top, nil)
			s.res.Keys = append(s.res.Keys, keys...)
		}
	}
}

// composite reads slog.Attr{Key: …} and logrus.Fields{…} literals.
func (s *scanner) composite(lit *ast.CompositeLit) {
	t := s.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	switch {
	case isSlogAttr(t):
		for i, elt := range lit.Elts {
			var v ast.Expr
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); !ok || id.Name != "Key" {
					continue
				}
				v = kv.Value
			} else if i == 0 {
				v = elt
			} else {
				continue
			}
			top := false
			if d := s.direct[lit]; d != nil {
				top = d.top
			}
			s.res.Keys = append(s.res.Keys, s.key(v, Slog, top))
		}
	case typesutil.IsNamed(t, PkgLogrus, "Fields"):
		s.mapKeys(lit, Logrus, true)
	}
}

// mapKeys adds the keys of a map literal.
func (s *scanner) mapKeys(lit *ast.CompositeLit, lib string, top bool) {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			k := s.key(kv.Key, lib, top)
			k.Value = kv.Value
			s.res.Keys = append(s.res.Keys, k)
		}
	}
}

// findWrappers finds the package's functions that forward their message
// and variadic parameter to a logging API, until no new one turns up (a
// wrapper of a wrapper), and exports them as facts.
func (s *scanner) findWrappers() {
	info := s.pass.TypesInfo
	for round := 0; round < 4; round++ {
		found := false
		for _, f := range s.pass.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				fn, _ := info.Defs[fd.Name].(*types.Func)
				if fn == nil || s.local[fn] != nil {
					continue
				}
				sig := fn.Type().(*types.Signature)
				if !sig.Variadic() {
					continue
				}
				params := sig.Params()
				variadic := params.At(params.Len() - 1)
				if _, ok := variadic.Type().(*types.Slice).Elem().Underlying().(*types.Interface); !ok {
					continue
				}
				if fact := s.forwarding(fd, fn, params, variadic); fact != nil {
					s.local[fn] = fact
					found = true
					if fn.Exported() || recvOf(fn) != nil {
						s.pass.ExportObjectFact(fn, fact)
					}
				}
			}
		}
		if !found {
			break
		}
	}
}

// forwarding returns the wrapper fact of fd when its body hands its
// variadic parameter on, spread, as the key/value list of a log call.
func (s *scanner) forwarding(fd *ast.FuncDecl, fn *types.Func, params *types.Tuple, variadic *types.Var) *WrapperFact {
	info := s.pass.TypesInfo
	var fact *WrapperFact
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if fact != nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !call.Ellipsis.IsValid() {
			return true
		}
		last, ok := ast.Unparen(call.Args[len(call.Args)-1]).(*ast.Ident)
		if !ok || info.Uses[last] != variadic {
			return true
		}
		callee := typesutil.Callee(info, call)
		if callee == nil || callee == fn {
			return true
		}
		c := s.logCall(callee, call)
		if c == nil || c.Print || len(c.Args) == 0 || c.Args[len(c.Args)-1] != call.Args[len(call.Args)-1] || len(c.Args) != 1 {
			return true
		}
		if !c.Format && (c.Library == Zap || c.Library == Logrus || c.Library == Zerolog) {
			return true // fields, not key/value lists
		}
		if c.Library == Slog && strings.HasPrefix(callee.Name(), "LogAttrs") {
			return true
		}
		f := &WrapperFact{Library: c.Library, Msg: -1, KV: params.Len() - 1, Record: c.Record, Format: c.Format}
		if c.Msg != nil {
			if id, ok := ast.Unparen(c.Msg).(*ast.Ident); ok {
				for i := 0; i < params.Len(); i++ {
					if info.Uses[id] == params.At(i) {
						f.Msg = i
					}
				}
			}
		}
		if f.Format && f.Msg < 0 {
			return true // a fixed format: nothing to check at the call sites
		}
		fact = f
		return false
	})
	return fact
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "log call") }
