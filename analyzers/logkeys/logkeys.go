// Package logkeys defines the analyzer that keeps structured logs in the
// company's language: keys in one case, canonical names instead of
// aliases, no secrets, no keys the handler reserves, every key with a
// value, constant messages with values in keys, no unstructured printing,
// and, inside entry points, calls that carry the request's context.
//
// Calls and keys come from passes/logcalls, which recognises slog, zap,
// logrus, zerolog, logr, klog and the convention's wrappers by type.
package logkeys

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/naming"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directives"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/logcalls"
)

const analyzerName = "logkeys"

// Check IDs.
const (
	KeyCase        = "log-key-case"
	CanonicalKey   = "log-canonical-key"
	ForbiddenKey   = "log-forbidden-key"
	ReservedKey    = "log-reserved-key"
	DanglingKey    = "log-dangling-key"
	KeyType        = "log-key-type"
	MixedArgs      = "log-mixed-args"
	DynamicMessage = "log-dynamic-message"
	PrintfMessage  = "log-printf-message"
	Unstructured   = "log-unstructured"
	Context        = "log-context"
)

// Checks are the checks of this analyzer.
var Checks = []checks.Check{
	{ID: KeyCase, Analyzer: analyzerName, Summary: "log key not in the convention's case (logs.key_case)"},
	{ID: CanonicalKey, Analyzer: analyzerName, Summary: "log key is an alias of a canonical key (logs.canonical_keys)"},
	{ID: ForbiddenKey, Analyzer: analyzerName, Summary: "log key the convention forbids, such as a secret (logs.forbidden_keys)"},
	{ID: ReservedKey, Analyzer: analyzerName, Summary: "log key the logger's handler writes itself (time, level, msg, …)"},
	{ID: DanglingKey, Analyzer: analyzerName, Summary: "log key without a value"},
	{ID: KeyType, Analyzer: analyzerName, Summary: "log key that is not a string, or not a constant"},
	{ID: MixedArgs, Analyzer: analyzerName, Summary: "slog call mixing key/value pairs and slog.Attr arguments"},
	{ID: DynamicMessage, Analyzer: analyzerName, Summary: "log message built at run time (logs.static_message)"},
	{ID: PrintfMessage, Analyzer: analyzerName, Summary: "printf verb in the message of a logger that does not format"},
	{ID: Unstructured, Analyzer: analyzerName, Summary: "fmt.Print*, log.Print* or println outside package main and tests (logs.unstructured: forbid)"},
	{ID: Context, Analyzer: analyzerName, Summary: "log call without the request's context inside an entry point (logs.context_variants)"},
}

// New returns the analyzer.
func New(cfg, eps, calls *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      "checks structured log keys and log calls against the convention's logs section",
		URL:      checks.DocBase + "/log-key-case.md",
		Requires: []*analysis.Analyzer{cfg, eps, calls, directives.Analyzer},
		Run: func(pass *analysis.Pass) (any, error) {
			c := &checker{
				pass: pass,
				conv: config.Of(pass),
				r:    diag.New(pass),
				eps:  pass.ResultOf[eps].(*entrypoints.Result),
				res:  pass.ResultOf[calls].(*logcalls.Result),
			}
			c.run()
			return nil, nil
		},
	}
}

type checker struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
	eps  *entrypoints.Result
	res  *logcalls.Result
}

func (c *checker) run() {
	keys := append([]*logcalls.Key(nil), c.res.Keys...)
	for _, call := range c.res.Calls {
		keys = append(keys, c.pairs(call)...)
		c.message(call)
		c.context(call)
	}
	for _, k := range keys {
		c.key(k)
	}
	c.unstructured()
}

// pairs checks a call's alternating key/value arguments and returns the
// keys.
func (c *checker) pairs(call *logcalls.Call) []*logcalls.Key {
	info := c.pass.TypesInfo
	var keys []*logcalls.Key
	sawAttr, sawPair := false, false
	for i := 0; i < len(call.KV); i++ {
		e := call.KV[i]
		if call.Logger == logcalls.Slog && logcalls.IsAttr(info, e) {
			sawAttr = true
			continue
		}
		if !isString(info.TypeOf(e)) {
			c.r.Report(KeyType, e.Pos(), e.End(), fmt.Sprintf("%s is in a key position but is a %s, not a string key; %s", render(c.pass.Fset, e), info.TypeOf(e), badKey(call.Logger)))
			i++ // assume a key/value pair, to keep later keys aligned
			continue
		}
		if i+1 >= len(call.KV) {
			c.r.Report(DanglingKey, e.Pos(), e.End(), fmt.Sprintf("key %s has no value; %s", render(c.pass.Fset, e), badKey(call.Logger)))
			continue
		}
		sawPair = true
		keys = append(keys, logcalls.KeyOf(info, e, call.Logger))
		i++
	}
	if sawAttr && sawPair {
		c.r.Report(MixedArgs, call.Call.Pos(), call.Call.End(), "slog call mixes key/value pairs and slog.Attr values; use one style per call (pairs, or attributes as with LogAttrs)")
	}
	return keys
}

func badKey(logger string) string {
	switch logger {
	case logcalls.Slog:
		return "slog logs it under !BADKEY"
	case logcalls.Zap:
		return "zap logs it under an \"ignored\" key and reports a DPanic"
	case logcalls.Logr, logcalls.Klog:
		return "logr and klog drop it with an error"
	}
	return "the pairs are misaligned"
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// key checks one key: forbidden, canonical, reserved, then case.
func (c *checker) key(k *logcalls.Key) {
	if !k.Const {
		if isString(c.pass.TypesInfo.TypeOf(k.Expr)) {
			c.r.Report(KeyType, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %s is not a constant: nobody can grep for it and obslint cannot check it; use a constant key", render(c.pass.Fset, k.Expr)))
		}
		return
	}
	key := k.Value
	logs := c.conv.Logs
	for _, f := range logs.ForbiddenKeys {
		if naming.To(naming.Snake, key) == naming.To(naming.Snake, f) {
			c.r.Report(ForbiddenKey, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %q is forbidden by the convention (logs.forbidden_keys: %s); do not log it", key, f))
			return
		}
	}
	if canon, ok := logs.CanonicalKeys[key]; ok && canon != key {
		c.r.Report(CanonicalKey, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %q is an alias; the convention's key is %q (logs.canonical_keys)", key, canon), c.rename(k, canon)...)
		return
	}
	if reserved[k.Logger][key] {
		c.r.Report(ReservedKey, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %q is written by the %s handler itself; the record ends up with two %s fields: rename it", key, k.Logger, key))
		return
	}
	if kc := logs.KeyCase; kc != "" && !naming.Is(kc, key) {
		want := naming.To(kc, key)
		var fixes []analysis.SuggestedFix
		if want != key && naming.Is(kc, want) {
			fixes = c.rename(k, want)
		}
		hint := ""
		if want != key {
			hint = fmt.Sprintf("; write %q", want)
		}
		c.r.Report(KeyCase, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %q is not %s case (logs.key_case)%s", key, kc, hint), fixes...)
	}
}

// reserved are the keys each logger's default handler or encoder writes.
var reserved = map[string]map[string]bool{
	logcalls.Slog:    {"time": true, "level": true, "msg": true, "source": true},
	logcalls.Zap:     {"ts": true, "level": true, "msg": true, "caller": true, "stacktrace": true, "logger": true},
	logcalls.Logrus:  {"time": true, "level": true, "msg": true},
	logcalls.Zerolog: {"time": true, "level": true, "message": true},
}

// rename suggests replacing a string-literal key; keys named by a
// constant are fixed at the constant, which may serve other uses.
func (c *checker) rename(k *logcalls.Key, to string) []analysis.SuggestedFix {
	lit, ok := ast.Unparen(k.Expr).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Rename the key to %q", to),
		TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(to))}},
	}}
}

var printfVerb = regexp.MustCompile(`%[-+# 0]*[0-9*]*(\.[0-9*]+)?[vTtbcdoOqxXUeEfFgGsp]`)

// message checks the message: no printf verbs where nothing formats, and,
// with logs.static_message, a constant.
func (c *checker) message(call *logcalls.Call) {
	if call.Msg == nil {
		return
	}
	info := c.pass.TypesInfo
	if call.Printf {
		if c.conv.Logs.StaticMessage {
			c.r.Report(DynamicMessage, call.Call.Pos(), call.Msg.End(), fmt.Sprintf("%s formats its message; log a constant message and put the values in keys (logs.static_message)", name(call)))
		}
		return
	}
	tv := info.Types[call.Msg]
	if tv.Value != nil {
		if s := tv.Value.ExactString(); printfVerb.MatchString(s) {
			c.r.Report(PrintfMessage, call.Msg.Pos(), call.Msg.End(), fmt.Sprintf("message has the printf verb %s, but %s does not format it; put the value in a key", printfVerb.FindString(s), name(call)))
		}
		return
	}
	if !c.conv.Logs.StaticMessage {
		return
	}
	if isSprint(info, call.Msg) || isConcat(info, call.Msg) {
		c.r.Report(DynamicMessage, call.Msg.Pos(), call.Msg.End(), "message is built at run time; log a constant message and put the values in keys (logs.static_message)")
	}
}

func name(call *logcalls.Call) string {
	if r := call.Func.Type().(*types.Signature).Recv(); r != nil {
		if n := typesutil.NamedOf(r.Type()); n != nil {
			return n.Obj().Name() + "." + call.Func.Name()
		}
	}
	if call.Func.Pkg() != nil {
		return call.Func.Pkg().Name() + "." + call.Func.Name()
	}
	return call.Func.Name()
}

func isSprint(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typesutil.Callee(info, call)
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && strings.HasPrefix(fn.Name(), "Sprint")
}

func isConcat(info *types.Info, e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	return ok && b.Op == token.ADD && info.Types[b].Value == nil
}

// context reports slog calls without a context inside an entry point that
// has one, with a fix switching to the Context variant.
func (c *checker) context(call *logcalls.Call) {
	if !c.conv.Logs.ContextVariant || call.ContextVariant == "" {
		return
	}
	for _, ep := range c.eps.EntryPoints {
		if ep.Decl == nil || ep.Decl.Body == nil || call.Call.Pos() < ep.Decl.Body.Pos() || call.Call.End() > ep.Decl.Body.End() {
			continue
		}
		ctx := contextIn(c.pass.TypesInfo, ep.Decl)
		if ctx == "" {
			return
		}
		sel, ok := ast.Unparen(call.Call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		edits := []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(call.ContextVariant)}}
		edits = append(edits, analysis.TextEdit{Pos: call.Call.Lparen + 1, End: call.Call.Lparen + 1, NewText: []byte(ctx + ", ")})
		c.r.Report(Context, call.Call.Pos(), call.Call.End(), fmt.Sprintf("%s inside entry point %s drops the request's context (and its trace ID); call %s(%s, …) (logs.context_variants)", name(call), ep.Func.Name(), call.ContextVariant, ctx),
			analysis.SuggestedFix{Message: "Use " + call.ContextVariant, TextEdits: edits})
		return
	}
}

// contextIn returns an expression for the request context in fd's
// parameters: a context.Context, r.Context() of an *http.Request,
// c.Request.Context() of a *gin.Context, c.Request().Context() of an
// echo.Context; "" when there is none.
func contextIn(info *types.Info, fd *ast.FuncDecl) string {
	for _, field := range fd.Type.Params.List {
		t := info.TypeOf(field.Type)
		for _, n := range field.Names {
			switch {
			case n.Name == "_":
			case typesutil.IsNamed(t, "context", "Context"):
				return n.Name
			case typesutil.IsPointerTo(t, "net/http", "Request"):
				return n.Name + ".Context()"
			case typesutil.IsPointerTo(t, "github.com/gin-gonic/gin", "Context"):
				return n.Name + ".Request.Context()"
			case typesutil.IsNamed(t, "github.com/labstack/echo", "Context"):
				return n.Name + ".Request().Context()"
			}
		}
	}
	return ""
}

// cliPkgs are command-line frameworks: a package importing one writes
// its output for a user at a terminal, as package main does.
var cliPkgs = []string{
	"github.com/spf13/cobra", "github.com/urfave/cli", "github.com/alecthomas/kingpin",
	"gopkg.in/alecthomas/kingpin", "github.com/alecthomas/kong", "github.com/peterbourgon/ff",
}

// unstructured reports fmt.Print*, log.Print* and println outside package
// main, tests and command-line packages when the convention forbids them.
func (c *checker) unstructured() {
	if c.conv.Logs.Unstructured != "forbid" || c.pass.Pkg.Name() == "main" {
		return
	}
	if typesutil.Imports(c.pass.Files, func(p string) bool {
		for _, cli := range cliPkgs {
			if p == cli || strings.HasPrefix(p, cli+"/") || strings.HasPrefix(p, cli+".") {
				return true
			}
		}
		return false
	}) {
		return
	}
	for _, call := range c.res.Unstructured {
		if strings.HasSuffix(c.pass.Fset.Position(call.Pos()).Filename, "_test.go") {
			continue
		}
		c.r.Report(Unstructured, call.Pos(), call.End(), fmt.Sprintf("%s writes unstructured output; log with the structured logger, keys and values (logs.unstructured: forbid)", render(c.pass.Fset, call.Fun)))
	}
}

// render prints a short expression as written.
func render(fset *token.FileSet, e ast.Expr) string {
	var b strings.Builder
	if err := printer.Fprint(&b, fset, e); err != nil {
		return "?"
	}
	s := b.String()
	if len(s) > 40 {
		s = s[:37] + "…"
	}
	return s
}
