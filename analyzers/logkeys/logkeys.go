// Package logkeys defines the analyzer that makes structured log calls
// follow the convention's logs section: key case, canonical and forbidden
// keys, keys that clash with the handler's own, keys without values or of
// the wrong type, static messages, unstructured printing, and context-free
// calls inside entry points. It reads the calls the logcalls pass finds on
// slog, zap, logrus, zerolog, logr, klog and the company's wrappers.
//
// Each rule is its own check ID, so teams can switch rules off one by one.
package logkeys

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/naming"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/logcalls"
)

const analyzerName = "logkeys"

// The analyzer's checks.
var (
	KeyCase        = &checks.Check{ID: "log-key-case", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key not in the convention's case (logs.key_case)"}
	CanonicalKey   = &checks.Check{ID: "log-canonical-key", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key is an alias of a canonical key (logs.canonical_keys)"}
	ForbiddenKey   = &checks.Check{ID: "log-forbidden-key", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key the convention forbids (logs.forbidden_keys)"}
	ReservedKey    = &checks.Check{ID: "log-reserved-key", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key the handler writes itself (time, level, msg, …)"}
	DanglingKey    = &checks.Check{ID: "log-dangling-key", Analyzer: analyzerName, Severity: checks.Error, Summary: "log key without a value at the end of a key/value list"}
	KeyType        = &checks.Check{ID: "log-key-type", Analyzer: analyzerName, Severity: checks.Error, Summary: "non-string at a key position of a key/value list (an error, a named string type)"}
	DynamicKey     = &checks.Check{ID: "log-dynamic-key", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key built at run time (fmt, concatenation, a variable assigned so)"}
	MixedArgs      = &checks.Check{ID: "log-mixed-args", Analyzer: analyzerName, Severity: checks.Warning, Summary: "key/value pairs and attributes mixed in one log call"}
	DynamicMessage = &checks.Check{ID: "log-dynamic-message", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log message built at run time (logs.static_message)"}
	PrintfMessage  = &checks.Check{ID: "log-printf-message", Analyzer: analyzerName, Severity: checks.Warning, Summary: "printf verb in the message of a structured log call, which does not format"}
	Unstructured   = &checks.Check{ID: "log-unstructured", Analyzer: analyzerName, Severity: checks.Warning, Summary: "fmt.Print*, log.Print* or println outside package main and tests (logs.unstructured: forbid)"}
	Context        = &checks.Check{ID: "log-context", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log call without the context inside an entry point, or where one is in scope (logs.context_variants, logs.context)"}
	ArgsKind       = &checks.Check{ID: "log-args-kind", Analyzer: analyzerName, Severity: checks.Warning, Summary: "attributes in a log call where the convention wants key/value pairs, or the other way round (logs.kv_only, logs.attr_only)"}
	Global         = &checks.Check{ID: "log-global", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log call through the default or a package-level logger (logs.no_global)"}
	MessageStyle   = &checks.Check{ID: "log-message-style", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log message not lowercased or capitalized as the convention wants (logs.message_style)"}
	AllowedKey     = &checks.Check{ID: "log-allowed-key", Analyzer: analyzerName, Severity: checks.Warning, Summary: "log key not in the convention's list of allowed keys (logs.allowed_keys)"}
	ArgsLines      = &checks.Check{ID: "log-args-lines", Analyzer: analyzerName, Severity: checks.Warning, Summary: "two arguments of a log call on one line (logs.args_on_separate_lines)"}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{KeyCase, CanonicalKey, ForbiddenKey, ReservedKey, DanglingKey, KeyType, DynamicKey, MixedArgs, DynamicMessage, PrintfMessage, Unstructured, Context, ArgsKind, Global, MessageStyle, AllowedKey, ArgsLines}

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      analyzerName,
		Doc:       "reports structured log calls whose keys or messages break the convention's logs rules",
		URL:       KeyCase.DocURL(),
		Requires:  []*analysis.Analyzer{set.Config, set.Directives, set.EntryPoints, set.LogCalls},
		FactTypes: []analysis.Fact{new(KeyConstFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			c := &checker{
				pass: pass, conv: config.Of(pass), r: diag.New(pass, directiveindex.Of(pass)),
				eps: entrypoints.Of(pass),
			}
			res := logcalls.Of(pass)
			c.styles, c.zapKeys = res.KeyStyles, res.ZapKeys
			c.run(res)
			return nil, nil
		},
	}
}

type checker struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
	eps  *entrypoints.Result
	// styles are the key-case counts for logs.key_case: detect.
	styles map[string]int
	// zapKeys are the keys the zap encoders in sight write, nil when
	// none is.
	zapKeys map[string]bool
	// consts are the findings of keys held in named constants, reported
	// once each (consts.go).
	consts     map[*types.Const]*constGroup
	constOrder []*constGroup
}

func (c *checker) run(res *logcalls.Result) {
	for _, k := range res.Keys {
		c.key(k)
	}
	c.reportConsts()
	for _, call := range res.Calls {
		c.call(call)
	}
	if c.conv.Logs.Unstructured == "forbid" {
		c.unstructured()
	}
	if c.conv.Logs.ContextMode() == "entrypoints" {
		c.contexts(res)
	} else if m := c.conv.Logs.ContextMode(); m != "" {
		c.scopeContexts(res, m)
	}
	if c.conv.Logs.NoGlobal != "" {
		c.globals(res)
	}
}

// libName is how messages name a library.
func libName(lib string) string {
	switch lib {
	case logcalls.Sugar:
		return "zap"
	case logcalls.Wrapper:
		return "the logger"
	case logcalls.GoKit:
		return "go-kit"
	}
	return lib
}

// badKey says what the library does with a bad key: one without a value
// (dangling) or one that is not a string.
func badKey(lib string, dangling bool) string {
	switch lib {
	case logcalls.GoKit:
		if dangling {
			return "go-kit logs it with the value (MISSING)"
		}
		return "go-kit writes its printed text as the key"
	case logcalls.Slog:
		return "slog logs it under !BADKEY"
	case logcalls.Sugar:
		return "zap drops it and logs an error"
	case logcalls.Logr, logcalls.Klog:
		return lib + " logs it as a malformed pair"
	}
	return "the record gets a malformed pair"
}

func (c *checker) text(e ast.Expr) string {
	var b strings.Builder
	if err := formatNode(&b, c.pass.Fset, e); err != nil || b.Len() > 40 {
		return "this argument"
	}
	return b.String()
}

func (c *checker) key(k *logcalls.Key) {
	switch {
	case !k.String:
		c.keyType(k)
		return
	case k.Dangling:
		what := "key"
		if k.Const {
			what = fmt.Sprintf("key %q", k.Name)
		}
		c.r.Report(DanglingKey, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("%s has no value; %s (add the value, or drop the key)", what, badKey(k.Library, true)))
		return
	case !k.Const:
		if c.handedOn(k) {
			return // a facade's key parameter: its callers' keys are checked
		}
		why := c.builtAtRunTime(k.Expr, k.Encl)
		if why == "" {
			return // a parameter, a field, a range variable: handed on, not built here
		}
		c.r.Report(DynamicKey, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("log key %s %s, so nobody can search for it and obslint cannot check it; use a constant key and put the variable part in the value", c.text(k.Expr), why))
		return
	}
	v := c.judgeName(k)
	if v == nil {
		return
	}
	if obj := namedConst(c.pass.TypesInfo, k.Expr); obj != nil {
		c.byConst(obj, k, v)
		return
	}
	var fixes []analysis.SuggestedFix
	if v.rename != "" {
		fixes = c.rename(k, v.rename)
	}
	c.r.Report(v.check, k.Expr.Pos(), k.Expr.End(), v.msg, fixes...)
}

// verdict is what a constant key's name breaks: the check, the message,
// and the key to rename it to, if a fix can.
type verdict struct {
	check  *checks.Check
	msg    string
	rename string
}

// judgeName applies the name rules to a constant key, or returns nil.
func (c *checker) judgeName(k *logcalls.Key) *verdict {
	name := k.Name
	logs := c.conv.Logs
	if to, ok := logs.CanonicalKeys[name]; ok && to != name {
		return &verdict{CanonicalKey, fmt.Sprintf("log key %q is an alias; the convention's key is %q (logs.canonical_keys)", name, to), to}
	}
	if f := c.forbidden(name); f != "" {
		return &verdict{ForbiddenKey, fmt.Sprintf("log key %q is forbidden by the convention (logs.forbidden_keys: %s); do not log this value", name, f), ""}
	}
	if k.Top && c.reserved(k.Library, name) {
		return &verdict{ReservedKey, fmt.Sprintf("log key %q is one %s writes itself, so the record gets it twice; choose another key", name, libName(k.Library)), ""}
	}
	if allowed := logs.AllowedKeys; len(allowed) > 0 && !slices.Contains(allowed, name) {
		return &verdict{AllowedKey, fmt.Sprintf("log key %q is not one of the keys the convention allows (logs.allowed_keys: %s)", name, strings.Join(allowed, ", ")), ""}
	}
	kc, why := logs.KeyCase, "(logs.key_case)"
	if kc == "detect" {
		style, n, total := logcalls.DominantKeyStyle(c.styles)
		if style == "" {
			return nil
		}
		kc = style
		why = fmt.Sprintf("(logs.key_case: detect; %s case inferred from %d of the %d keys in sight that show a case)", style, n, total)
	}
	if kc == "" || kc == "any" || naming.Is(name, kc) {
		return nil
	}
	want := naming.To(name, kc)
	if to, ok := logs.CanonicalKeys[want]; ok {
		want = to
	}
	if want == "" || !naming.Is(want, kc) {
		return &verdict{KeyCase, fmt.Sprintf("log key %q is not %s case %s", name, kc, why), ""}
	}
	return &verdict{KeyCase, fmt.Sprintf("log key %q is not %s case; use %q %s", name, kc, want, why), want}
}

// reserved are the keys each library's handler or encoder writes itself,
// at the top of a record.
var reserved = map[string]map[string]bool{
	logcalls.Slog:    {"time": true, "level": true, "msg": true, "source": true},
	logcalls.Zap:     {"ts": true, "level": true, "msg": true, "logger": true, "caller": true, "stacktrace": true},
	logcalls.Sugar:   {"ts": true, "level": true, "msg": true, "logger": true, "caller": true, "stacktrace": true},
	logcalls.Logrus:  {"time": true, "level": true, "msg": true},
	logcalls.Zerolog: {"time": true, "level": true, "message": true},
}

// reserved reports whether the library's handler or encoder writes the
// key itself: for zap, a key of the encoder configurations in sight
// (the package's and its imports'), else of zap's production encoder.
func (c *checker) reserved(lib, name string) bool {
	if (lib == logcalls.Zap || lib == logcalls.Sugar) && c.zapKeys != nil {
		return c.zapKeys[name]
	}
	return reserved[lib][name]
}

// forbidden returns the forbidden key name matches, compared by words
// (apiToken matches api_token), or "".
func (c *checker) forbidden(name string) string {
	n := naming.Normalize(name)
	for _, f := range c.conv.Logs.ForbiddenKeys {
		if f == name || naming.Normalize(f) == n {
			return f
		}
	}
	return ""
}

// rename offers to rewrite a key written as a literal.
func (c *checker) rename(k *logcalls.Key, to string) []analysis.SuggestedFix {
	if k.Lit == nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("rename key to %q", to),
		TextEdits: []analysis.TextEdit{{Pos: k.Lit.Pos(), End: k.Lit.End(), NewText: []byte(strconv.Quote(to))}},
	}}
}

// keyType reports a non-string at a key position. An error gets a key in
// front of it; a constant of a named string type is converted to string.
func (c *checker) keyType(k *logcalls.Key) {
	t := c.pass.TypesInfo.TypeOf(k.Expr)
	if k.Library == logcalls.GoKit && t != nil && isStringKind(t) {
		// go-kit prints every key: a key of a named string type
		// (type Role string) is written as its text, as a string is.
		return
	}
	tname := "untyped"
	if t != nil {
		tname = types.TypeString(t, types.RelativeTo(c.pass.Pkg))
	}
	var fixes []analysis.SuggestedFix
	var hint string
	switch {
	case t != nil && isError(t):
		key := "error"
		if to, ok := c.conv.Logs.CanonicalKeys[key]; ok {
			key = to
		}
		hint = fmt.Sprintf("; write a key before it: %q, %s", key, c.text(k.Expr))
		fixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("add the key %q", key),
			TextEdits: []analysis.TextEdit{{Pos: k.Expr.Pos(), End: k.Expr.Pos(), NewText: []byte(strconv.Quote(key) + ", ")}},
		}}
	case t != nil && isStringKind(t) && k.Const:
		hint = "; convert it: string(" + c.text(k.Expr) + ")"
		fixes = []analysis.SuggestedFix{{
			Message: "convert the key to string",
			TextEdits: []analysis.TextEdit{
				{Pos: k.Expr.Pos(), End: k.Expr.Pos(), NewText: []byte("string(")},
				{Pos: k.Expr.End(), End: k.Expr.End(), NewText: []byte(")")},
			},
		}}
	}
	c.r.Report(KeyType, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("%s (%s) is at a key position but is not a string, so %s%s", c.text(k.Expr), tname, badKey(k.Library, false), hint), fixes...)
}

func isError(t types.Type) bool {
	return types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
}

func isStringKind(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// printfVerb matches a printf directive as go vet's printf check reads
// one in a Print call: flags, width, precision and a verb letter.
var printfVerb = regexp.MustCompile(`%[+\-#]*(\d+|\*)?(\.(\d+|\*)?)?(\[\d+\])?[bcdefgopqstvwxEFGTUX]`)

func (c *checker) call(call *logcalls.Call) {
	if call.Mixed != nil {
		what := "this call"
		if call.Library != logcalls.Wrapper {
			what = "this " + libName(call.Library) + " call"
		}
		c.r.Report(MixedArgs, call.Mixed.Pos(), call.Mixed.End(), what+" mixes key/value pairs and attributes; write all of them one way")
	}
	c.argsKind(call)
	if c.conv.Logs.ArgsOnSeparateLines {
		c.argsLines(call)
	}
	if !call.Record || call.Msg == nil {
		return
	}
	if c.conv.Logs.MessageStyle != "" {
		c.messageStyle(call)
	}
	info := c.pass.TypesInfo
	if tv := info.Types[call.Msg]; tv.Value != nil && !call.Format && !call.Print {
		if s := constantString(tv); s != "" {
			if v := printfVerb.FindString(s); v != "" {
				c.r.Report(PrintfMessage, call.Msg.Pos(), call.Msg.End(), fmt.Sprintf("the message has the printf verb %s but %s does not format it; put the value in a key", v, typesutil.ShortName(call.Func)))
			}
		}
	}
	if c.conv.Logs.StaticMessage {
		if why := c.dynamic(call); why != "" {
			c.r.Report(DynamicMessage, call.Msg.Pos(), call.Msg.End(), fmt.Sprintf("the log message %s; keep messages constant and put the values in keys (logs.static_message)", why))
		}
	}
}

// dynamic says why the call's message is built at run time, or "".
// Messages handed on from the enclosing function's parameters are the
// caller's business (the wrapper's call site is checked), and a variable
// only counts when something not constant is assigned to it.
func (c *checker) dynamic(call *logcalls.Call) string {
	name := typesutil.ShortName(call.Func)
	if call.Format {
		if len(call.Args) > 0 && !(call.Spread && c.forwarded(call, call.Args[len(call.Args)-1])) {
			return "is formatted by " + name
		}
		return ""
	}
	if call.Print && len(call.Args) > 1 {
		return "is built from several arguments by " + name
	}
	return c.builtAtRunTime(call.Msg, call.Encl)
}

// builtAtRunTime says how e, a string expression, is built at run time:
// with fmt, by concatenation, from an error's text or another call, or in
// a local variable assigned such a value; "" for constants and for values
// handed on (parameters, fields, range variables), which are the
// business of whoever built them.
func (c *checker) builtAtRunTime(e ast.Expr, encl ast.Node) string {
	info := c.pass.TypesInfo
	e = ast.Unparen(e)
	if info.Types[e].Value != nil {
		return ""
	}
	switch m := e.(type) {
	case *ast.CallExpr:
		if fn := typesutil.Callee(info, m); fn != nil {
			switch {
			case typesutil.FuncPkgIs(fn, "fmt"):
				return "is built with fmt." + fn.Name()
			case (fn.Name() == "Error" || fn.Name() == "String") && len(m.Args) == 0 && recvOf(fn) != nil:
				if fn.Name() == "Error" {
					return "is an error's text"
				}
				return "is a value's text (" + typesutil.ShortName(fn) + ")"
			case typesutil.FuncPkgIs(fn, "strings") || typesutil.FuncPkgIs(fn, "strconv") || typesutil.FuncPkgIs(fn, "bytes"):
				return "is built with " + fn.Pkg().Name() + "." + fn.Name()
			}
			// Another function may well return one of a few constant
			// messages (a classifier): not reported.
			return ""
		}
		if tv := info.Types[m.Fun]; tv.IsType() {
			if len(m.Args) == 1 {
				if s := c.builtAtRunTime(m.Args[0], encl); s != "" {
					return s
				}
				if t := info.TypeOf(m.Args[0]); t != nil && !isStringKind(t) {
					if v, ok := ast.Unparen(m.Args[0]).(*ast.Ident); ok && c.assignedDynamic(encl, v) {
						return "is converted from data read at run time"
					}
				}
			}
			return ""
		}
		return ""
	case *ast.BinaryExpr:
		if m.Op == token.ADD {
			return "is built by concatenation"
		}
	case *ast.Ident:
		if c.assignedDynamic(encl, m) {
			return "is a variable built at run time"
		}
	}
	return ""
}

// handedOn reports whether a key is a parameter of the function writing
// it, converted as a facade converts a key of type any (fmt.Sprint(key),
// key.(string)): the key is its caller's, not built here.
func (c *checker) handedOn(k *logcalls.Key) bool {
	id := logcalls.HandedOnKey(c.pass.TypesInfo, k.Expr)
	if id == nil || k.Encl == nil {
		return false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && isParam(k.Encl, v)
}

// forwarded reports whether e is a parameter of the function enclosing
// call.
func (c *checker) forwarded(call *logcalls.Call, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	obj, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || call.Encl == nil {
		return false
	}
	return isParam(call.Encl, obj)
}

// isParam reports whether v is a parameter (or result) of the function
// declaration or literal encl.
func isParam(encl ast.Node, v *types.Var) bool {
	var ft *ast.FuncType
	switch f := encl.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	return ft != nil && v.Pos() >= ft.Pos() && v.Pos() < ft.End()
}

// assignedDynamic reports whether the local variable id is assigned a
// value built at run time in the function encl. Parameters are handed on,
// and range variables walk over data built elsewhere.
func (c *checker) assignedDynamic(encl ast.Node, id *ast.Ident) bool {
	info := c.pass.TypesInfo
	obj, ok := info.Uses[id].(*types.Var)
	if !ok || encl == nil || obj.Pkg() != c.pass.Pkg || obj.Parent() == nil || obj.Parent() == c.pass.Pkg.Scope() || isParam(encl, obj) {
		return false
	}
	dyn := false
	check := func(lhs, rhs []ast.Expr) {
		if len(lhs) != len(rhs) {
			// v, err := f(): dynamic when f builds text (fmt.Sscan, …),
			// data read (io.ReadAll) or anything else but a string.
			for _, l := range lhs {
				if typesutil.ObjectOf(info, l) == obj && len(rhs) == 1 {
					if t := info.TypeOf(l); t != nil && !isStringKind(t) {
						dyn = true
					} else if c.builtAtRunTime(rhs[0], nil) != "" {
						dyn = true
					}
				}
			}
			return
		}
		for i, l := range lhs {
			if typesutil.ObjectOf(info, l) == obj && c.builtAtRunTime(rhs[i], nil) != "" {
				dyn = true
			}
		}
	}
	ast.Inspect(encl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			check(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, nm := range n.Names {
				lhs[i] = nm
			}
			if len(n.Values) > 0 {
				check(lhs, n.Values)
			}
		}
		return !dyn
	})
	return dyn
}

// contexts reports, inside entry points, records written without the
// request's context where a variant carrying it exists.
func (c *checker) contexts(res *logcalls.Result) {
	if len(c.eps.EntryPoints) == 0 {
		return
	}
	var bodies []*entrypoints.EntryPoint
	for _, ep := range c.eps.EntryPoints {
		if ep.Decl != nil && ep.Decl.Body != nil {
			bodies = append(bodies, ep)
		}
	}
	sort.Slice(bodies, func(i, j int) bool { return bodies[i].Decl.Pos() < bodies[j].Decl.Pos() })
	for _, call := range res.Calls {
		if !call.Record {
			continue
		}
		background := call.Ctx != nil && c.isBackground(call.Ctx)
		if !background && (call.Variant == "" || call.Ctx != nil) {
			continue
		}
		var ep *entrypoints.EntryPoint
		for _, b := range bodies {
			if call.Call.Pos() >= b.Decl.Body.Pos() && call.Call.End() <= b.Decl.Body.End() {
				ep = b
			}
		}
		if ep == nil {
			continue
		}
		ctx := c.contextAt(call.Call.Pos(), ep)
		if background {
			var fixes []analysis.SuggestedFix
			if ctx != "" {
				fixes = []analysis.SuggestedFix{{
					Message:   "pass " + ctx,
					TextEdits: []analysis.TextEdit{{Pos: call.Ctx.Pos(), End: call.Ctx.End(), NewText: []byte(ctx)}},
				}}
			} else {
				ctx = "the request's context"
			}
			c.r.Report(Context, call.Ctx.Pos(), call.Ctx.End(), fmt.Sprintf("%s inside the entry point %s drops the request's context (and its trace ID); pass %s (logs.context_variants)", c.text(call.Ctx), ep.Func.Name(), ctx), fixes...)
			continue
		}
		var fixes []analysis.SuggestedFix
		if ctx != "" && call.VariantAt.IsValid() {
			fixes = c.contextFix(call, ctx)
		}
		where := "the request's context"
		if ctx != "" {
			where = ctx
		}
		var msg string
		switch call.Library {
		case logcalls.Slog:
			msg = fmt.Sprintf("%s inside the entry point %s drops the request's context (and its trace ID); use %s(%s, …) (logs.context_variants)", typesutil.ShortName(call.Func), ep.Func.Name(), call.Variant, where)
		case logcalls.Logrus:
			msg = fmt.Sprintf("this logrus entry inside the entry point %s carries no context (and so no trace ID for hooks); add .WithContext(%s) (logs.context_variants)", ep.Func.Name(), where)
		case logcalls.Zerolog:
			msg = fmt.Sprintf("this zerolog event inside the entry point %s carries no context (and so no trace ID for hooks); add .Ctx(%s) (logs.context_variants)", ep.Func.Name(), where)
		default:
			continue
		}
		c.r.Report(Context, call.Call.Pos(), call.Call.Lparen, msg, fixes...)
	}
}

// isBackground reports whether e is context.Background() or
// context.TODO().
func (c *checker) isBackground(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := typesutil.Callee(c.pass.TypesInfo, call)
	return fn != nil && typesutil.FuncPkgIs(fn, "context") && (fn.Name() == "Background" || fn.Name() == "TODO")
}

// contextFix switches a slog call to its Context variant, or adds
// .WithContext(ctx) (logrus) or .Ctx(ctx) (zerolog) to the chain.
func (c *checker) contextFix(call *logcalls.Call, ctx string) []analysis.SuggestedFix {
	switch call.Library {
	case logcalls.Slog:
		sel, ok := ast.Unparen(call.Call.Fun).(*ast.SelectorExpr)
		if !ok || len(call.Call.Args) == 0 {
			return nil
		}
		return []analysis.SuggestedFix{{
			Message: "use " + call.Variant,
			TextEdits: []analysis.TextEdit{
				{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(call.Variant)},
				{Pos: call.Call.Args[0].Pos(), End: call.Call.Args[0].Pos(), NewText: []byte(ctx + ", ")},
			},
		}}
	case logcalls.Logrus:
		return []analysis.SuggestedFix{{
			Message:   "add .WithContext(" + ctx + ")",
			TextEdits: []analysis.TextEdit{{Pos: call.VariantAt, End: call.VariantAt, NewText: []byte(".WithContext(" + ctx + ")")}},
		}}
	case logcalls.Zerolog:
		return []analysis.SuggestedFix{{
			Message:   "add .Ctx(" + ctx + ")",
			TextEdits: []analysis.TextEdit{{Pos: call.VariantAt, End: call.VariantAt, NewText: []byte(".Ctx(" + ctx + ")")}},
		}}
	}
	return nil
}

// contextAt returns an expression for the context in scope at pos inside
// the entry point: the innermost variable of type context.Context declared
// before pos (ctx preferred), else the request's context from a handler
// parameter (r.Context(), c.Request.Context() for gin, c.Request().Context()
// for echo); "" when there is none.
func (c *checker) contextAt(pos token.Pos, ep *entrypoints.EntryPoint) string {
	inner := c.pass.Pkg.Scope().Innermost(pos)
	if inner == nil {
		return ""
	}
	for s := inner; s != nil && s != c.pass.Pkg.Scope() && s != types.Universe; s = s.Parent() {
		names := s.Names() // sorted
		sort.SliceStable(names, func(i, j int) bool { return names[i] == "ctx" && names[j] != "ctx" })
		for _, name := range names {
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || name == "_" || v.Pos() >= pos || !typesutil.IsNamed(v.Type(), "context", "Context") {
				continue
			}
			if !c.fromRequest(v, ep, make(map[*types.Var]bool)) {
				continue // ctx := context.Background(): passing it keeps the bug
			}
			if _, found := inner.LookupParent(name, pos); found != v {
				continue // shadowed
			}
			return name
		}
	}
	params := ep.Decl.Type.Params
	if params == nil {
		return ""
	}
	for _, f := range params.List {
		t := c.pass.TypesInfo.TypeOf(f.Type)
		for _, n := range f.Names {
			if n.Name == "_" {
				continue
			}
			if _, found := inner.LookupParent(n.Name, pos); found != c.pass.TypesInfo.Defs[n] {
				continue
			}
			switch {
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

// fromRequest reports whether the context variable v, in scope inside
// the entry point ep, carries the request's context: a parameter of ep,
// or a variable of ep whose every assignment derives from one
// (r.Context(), context.WithTimeout(ctx, d), tracer.Start(ctx, name)). A
// context made from context.Background() or TODO(), or from anything
// obslint cannot follow, does not.
func (c *checker) fromRequest(v *types.Var, ep *entrypoints.EntryPoint, seen map[*types.Var]bool) bool {
	if seen[v] {
		// ctx = context.WithValue(ctx, k, v): derived if its other
		// assignments are (each variable has a declaring one).
		return true
	}
	seen[v] = true
	info := c.pass.TypesInfo
	if ep.Decl.Type.Params != nil {
		for _, f := range ep.Decl.Type.Params.List {
			for _, n := range f.Names {
				if info.Defs[n] == v {
					return true
				}
			}
		}
	}
	body := ep.Decl.Body
	if v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return false
	}
	assigned, derived := 0, true
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		return obj == v
	}
	rhs := func(lhs, values []ast.Expr, i int) ast.Expr {
		switch {
		case len(values) == len(lhs):
			return values[i]
		case len(values) == 1:
			return values[0] // ctx, span := tracer.Start(ctx, …)
		}
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if is(l) {
					assigned++
					derived = derived && c.requestExpr(rhs(n.Lhs, n.Rhs, i), ep, seen)
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v {
					assigned++
					var lhs []ast.Expr
					for _, n := range n.Names {
						lhs = append(lhs, n)
					}
					derived = derived && c.requestExpr(rhs(lhs, n.Values, i), ep, seen)
				}
			}
		case *ast.RangeStmt:
			if n.Key != nil && is(n.Key) || n.Value != nil && is(n.Value) {
				assigned++
				derived = false
			}
		case *ast.FuncLit:
			if n.Type.Params != nil {
				for _, f := range n.Type.Params.List {
					for _, name := range f.Names {
						if info.Defs[name] == v {
							assigned++
							derived = false // a closure's parameter: who calls it?
						}
					}
				}
			}
		}
		return true
	})
	return assigned > 0 && derived
}

// requestExpr reports whether the expression e, inside the entry point
// ep, yields a context derived from the request's.
func (c *checker) requestExpr(e ast.Expr, ep *entrypoints.EntryPoint, seen map[*types.Var]bool) bool {
	if e == nil {
		return false
	}
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		return ok && typesutil.IsNamed(v.Type(), "context", "Context") && c.fromRequest(v, ep, seen)
	case *ast.CallExpr:
		if c.isBackground(e) {
			return false
		}
		if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" &&
			typesutil.IsPointerTo(info.TypeOf(sel.X), "net/http", "Request") {
			return true // r.Context(), c.Request.Context(), c.Request().Context()
		}
		for _, arg := range e.Args {
			if t := info.TypeOf(arg); t != nil && typesutil.IsNamed(t, "context", "Context") && c.requestExpr(arg, ep, seen) {
				return true // context.WithTimeout(ctx, d), tracer.Start(ctx, name)
			}
		}
	}
	return false
}

// cliPkgs are command-line frameworks: a package importing one implements
// commands, whose printing is their output, as in package main.
var cliPkgs = []string{
	"github.com/spf13/cobra", "github.com/urfave/cli", "github.com/alecthomas/kingpin",
	"gopkg.in/alecthomas/kingpin.v2", "github.com/alecthomas/kong", "github.com/peterbourgon/ff",
}

// unstructured reports printing that bypasses the structured logger,
// outside package main, tests and command packages.
func (c *checker) unstructured() {
	if c.pass.Pkg.Name() == "main" {
		return
	}
	if typesutil.Imports(c.pass.Files, func(path string) bool {
		for _, p := range cliPkgs {
			if typesutil.PkgPathIs(path, p) || path == p {
				return true
			}
		}
		return false
	}) {
		return
	}
	info := c.pass.TypesInfo
	for _, f := range c.pass.Files {
		if strings.HasSuffix(c.pass.Fset.Position(f.Package).Filename, "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var what string
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && (b.Name() == "print" || b.Name() == "println") {
					what = b.Name()
				}
			}
			if fn := typesutil.Callee(info, call); fn != nil && fn.Pkg() != nil {
				name := fn.Name()
				printing := strings.HasPrefix(name, "Print") || strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
				switch {
				case fn.Pkg().Path() == "fmt" && strings.HasPrefix(name, "Print"):
					what = "fmt." + name
				case fn.Pkg().Path() == "fmt" && strings.HasPrefix(name, "Fprint") && len(call.Args) > 0 && c.stdStream(call.Args[0]):
					what = "fmt." + name + " to " + c.text(call.Args[0])
				case fn.Pkg().Path() == "log" && printing:
					what = typesutil.FullName(fn)
					if recvOf(fn) != nil {
						what = "(*log.Logger)." + name
					}
				}
			}
			if what != "" {
				c.r.Report(Unstructured, call.Pos(), call.Lparen, fmt.Sprintf("%s writes an unstructured line outside package main; use the structured logger (logs.unstructured: forbid)", what))
			}
			return true
		})
	}
}

func recvOf(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return nil
}

// stdStream reports whether e is os.Stdout or os.Stderr.
func (c *checker) stdStream(e ast.Expr) bool {
	v, ok := typesutil.ObjectOf(c.pass.TypesInfo, e).(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == "os" && (v.Name() == "Stdout" || v.Name() == "Stderr")
}

func formatNode(b *strings.Builder, fset *token.FileSet, e ast.Expr) error {
	return format.Node(b, fset, e)
}

func constantString(tv types.TypeAndValue) string {
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	return constant.StringVal(tv.Value)
}
