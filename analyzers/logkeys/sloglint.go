package logkeys

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/logcalls"
)

// sloglint's options (go-simpler.org/sloglint), with the same meaning,
// on every logger the logcalls pass reads: logs.kv_only, attr_only,
// no_global, context, message_style, allowed_keys (in key) and
// args_on_separate_lines.

// hasAttributes reports whether a call's key/value list may hold
// attributes: slog (not LogAttrs, which takes nothing else), zap's
// sugared logger, and wrappers of them.
func hasAttributes(call *logcalls.Call) bool {
	switch call.Library {
	case logcalls.Slog:
		return !strings.HasPrefix(call.Func.Name(), "LogAttrs")
	case logcalls.Sugar:
		return true
	}
	return false
}

// argsKind reports the first attribute of a call under kv_only (slog.Group
// is allowed, as sloglint allows it), or its first key/value pair under
// attr_only.
func (c *checker) argsKind(call *logcalls.Call) {
	logs := c.conv.Logs
	if !logs.KVOnly && !logs.AttrOnly || !hasAttributes(call) {
		return
	}
	if logs.KVOnly {
		for _, a := range call.Attrs {
			if logcalls.IsSlogGroup(c.pass.TypesInfo, a) {
				continue
			}
			c.r.Report(ArgsKind, a.Pos(), a.End(), fmt.Sprintf("%s is an attribute; the convention writes key/value pairs (logs.kv_only)", c.text(a)))
			return
		}
		return
	}
	if len(call.Keys) > 0 {
		k := call.Keys[0]
		what := "a key/value pair"
		if k.Const {
			what = fmt.Sprintf("the key/value pair %q", k.Name)
		}
		ctor := "slog.Any"
		if call.Library == logcalls.Sugar {
			ctor = "zap.Any"
		}
		c.r.Report(ArgsKind, k.Expr.Pos(), k.Expr.End(), fmt.Sprintf("%s is not an attribute; the convention writes attributes (%s(key, value), …) (logs.attr_only)", what, ctor))
	}
}

// argsLines reports the first argument of a call that starts on the line
// of the one before it; a key/value pair is one argument, and a call
// with one argument is fine.
func (c *checker) argsLines(call *logcalls.Call) {
	var args []ast.Expr
	switch {
	case len(call.Keys) > 0 || len(call.Attrs) > 0:
		for _, k := range call.Keys {
			args = append(args, k.Expr)
		}
		args = append(args, call.Attrs...)
	case call.Library == logcalls.Zap && !call.Spread:
		args = call.Args // zap.Logger's fields
	default:
		return
	}
	if len(args) < 2 {
		return
	}
	sort.Slice(args, func(i, j int) bool { return args[i].Pos() < args[j].Pos() })
	prev := c.pass.Fset.Position(args[0].Pos()).Line
	for _, a := range args[1:] {
		line := c.pass.Fset.Position(a.Pos()).Line
		if line == prev {
			c.r.Report(ArgsLines, a.Pos(), a.End(), "put each argument of this log call on its own line (logs.args_on_separate_lines)")
			return
		}
		prev = line
	}
}

// messageStyle reports a constant message whose first letter breaks
// logs.message_style, as sloglint reads it: messages of fewer than two
// letters, or starting with something else than a letter, are fine; so
// is "HTTP …" or "U.S. …" when lowercased is wanted, and "iPhone …" when
// capitalized is.
func (c *checker) messageStyle(call *logcalls.Call) {
	tv := c.pass.TypesInfo.Types[call.Msg]
	msg := constantString(tv)
	if msg == "" {
		return
	}
	rs := []rune(strings.TrimSpace(msg))
	if len(rs) < 2 || !unicode.IsLetter(rs[0]) {
		return
	}
	first, second := rs[0], rs[1]
	style := c.conv.Logs.MessageStyle
	var want rune
	switch style {
	case "lowercased":
		if unicode.IsLower(first) || unicode.IsPunct(second) || unicode.IsUpper(second) {
			return
		}
		want = unicode.ToLower(first)
	case "capitalized":
		if unicode.IsUpper(first) || unicode.IsUpper(second) {
			return
		}
		want = unicode.ToUpper(first)
	default:
		return
	}
	var fixes []analysis.SuggestedFix
	if lit, ok := ast.Unparen(call.Msg).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		if s, err := strconv.Unquote(lit.Value); err == nil && strings.HasPrefix(s, string(first)) {
			fixed := string(want) + s[utf8.RuneLen(first):]
			fixes = []analysis.SuggestedFix{{
				Message:   "write the message " + style,
				TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(fixed))}},
			}}
		}
	}
	c.r.Report(MessageStyle, call.Msg.Pos(), call.Msg.End(), fmt.Sprintf("the log message starts with %q; the convention wants messages %s (logs.message_style)", string(first), style), fixes...)
}

// globals reports records and derived loggers made from the library's
// default logger (logs.no_global: default and all) or from a logger held
// in a package-level variable (all).
func (c *checker) globals(res *logcalls.Result) {
	calls := make(map[*ast.CallExpr]bool)
	for _, call := range res.Calls {
		calls[call.Call] = true
	}
	all := c.conv.Logs.NoGlobal == "all"
	for _, call := range res.Calls {
		what, at := c.globalLogger(call, calls, all)
		if what == "" {
			continue
		}
		c.r.Report(Global, at.Pos(), at.End(), fmt.Sprintf("%s; pass the logger in (a parameter or a field) so callers and tests choose it (logs.no_global: %s)", what, c.conv.Logs.NoGlobal))
	}
}

// defaultLogger reports whether the package function f returns (a
// logger, entry or event of) its library's default logger: slog.Default,
// zap.L and zap.S, logrus's package functions (WithField, …,
// StandardLogger), zerolog's log package (log.Info(), log.With(), …, not
// log.Ctx) and klog.V.
func defaultLogger(f *types.Func) bool {
	path, name := f.Pkg().Path(), f.Name()
	switch {
	case path == logcalls.PkgSlog:
		return name == "Default"
	case typesutil.PkgPathIs(path, logcalls.PkgZap):
		return name == "L" || name == "S"
	case typesutil.PkgPathIs(path, logcalls.PkgLogrus):
		return name != "New" && name != "NewEntry"
	case typesutil.PkgPathIs(path, logcalls.PkgZlogLog):
		return name != "Ctx"
	case typesutil.PkgPathIs(path, logcalls.PkgKlog):
		return name == "V"
	}
	return false
}

// globalLogger says which global logger call writes to, and where it is
// named; "" when none (or when another log call in the chain, reported
// itself, made the logger).
func (c *checker) globalLogger(call *logcalls.Call, calls map[*ast.CallExpr]bool, all bool) (string, ast.Expr) {
	info := c.pass.TypesInfo
	fn := call.Func
	if recvOf(fn) == nil && fn.Pkg() != nil {
		path := fn.Pkg().Path()
		switch {
		case path == logcalls.PkgSlog, typesutil.PkgPathIs(path, logcalls.PkgLogrus), typesutil.PkgPathIs(path, logcalls.PkgKlog), typesutil.PkgPathIs(path, logcalls.PkgZlogLog):
			return qualified(fn) + " writes to the default logger", call.Call.Fun
		}
	}
	sel, ok := ast.Unparen(call.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", nil
	}
	x := ast.Expr(sel.X)
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			if calls[e] {
				return "", nil // a log call of its own (slog.With(…).Info)
			}
			f := typesutil.Callee(info, e)
			if f != nil && f.Pkg() != nil && recvOf(f) == nil {
				if defaultLogger(f) {
					return qualified(f) + " uses the default logger", e.Fun
				}
				if (f.Pkg().Path() == logcalls.PkgGoKit+"/level" || f.Pkg().Path() == logcalls.PkgKitLog+"/level") && len(e.Args) == 1 {
					x = e.Args[0] // level.Info(logger)
					continue
				}
			}
			s, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			if !ok {
				return "", nil
			}
			if _, isPkg := info.ObjectOf(selIdent(s.X)).(*types.PkgName); isPkg {
				return "", nil // another package's function: not followed
			}
			x = s.X
		case *ast.SelectorExpr:
			if obj := info.ObjectOf(e.Sel); obj != nil {
				if _, isPkg := info.ObjectOf(selIdent(e.X)).(*types.PkgName); isPkg {
					return c.globalVar(obj, e, all)
				}
			}
			return "", nil // a field: injected
		case *ast.Ident:
			return c.globalVar(info.ObjectOf(e), e, all)
		default:
			return "", nil
		}
	}
}

func selIdent(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}

// globalVar describes a package-level variable holding a logger: zerolog's
// log.Logger is the default logger; others count with no_global: all.
func (c *checker) globalVar(obj types.Object, at ast.Expr, all bool) (string, ast.Expr) {
	v, ok := obj.(*types.Var)
	if !ok || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return "", nil
	}
	if typesutil.PkgPathIs(v.Pkg().Path(), logcalls.PkgZlogLog) && v.Name() == "Logger" {
		return "zerolog's log.Logger is the default logger", at
	}
	if !all {
		return "", nil
	}
	return fmt.Sprintf("%s is a package-level logger", c.text(at)), at
}

// scopeContexts reports, under logs.context: scope, records written
// without a context where one is in scope, and under all, every record
// written without one (with a fix when one is in scope).
func (c *checker) scopeContexts(res *logcalls.Result, mode string) {
	for _, call := range res.Calls {
		if !call.Record {
			continue
		}
		ctx := c.scopeContext(call.Call.Pos())
		if call.Ctx != nil {
			if ctx != "" && c.isBackground(call.Ctx) {
				c.r.Report(Context, call.Ctx.Pos(), call.Ctx.End(), fmt.Sprintf("%s drops the context in scope (and its trace ID); pass %s (logs.context: %s)", c.text(call.Ctx), ctx, mode),
					analysis.SuggestedFix{Message: "pass " + ctx, TextEdits: []analysis.TextEdit{{Pos: call.Ctx.Pos(), End: call.Ctx.End(), NewText: []byte(ctx)}}})
			}
			continue
		}
		if call.Variant == "" || ctx == "" && mode == "scope" {
			continue
		}
		var fixes []analysis.SuggestedFix
		where := "the context"
		if ctx != "" {
			where = ctx
			if call.VariantAt.IsValid() {
				fixes = c.contextFix(call, ctx)
			}
		}
		inScope := ""
		if ctx != "" {
			inScope = fmt.Sprintf(" though %s is in scope", ctx)
		}
		var msg string
		switch call.Library {
		case logcalls.Slog:
			msg = fmt.Sprintf("%s writes no context%s (and so no trace ID); use %s(%s, …) (logs.context: %s)", typesutil.ShortName(call.Func), inScope, call.Variant, where, mode)
		case logcalls.Logrus:
			msg = fmt.Sprintf("this logrus entry carries no context%s (and so no trace ID for hooks); add .WithContext(%s) (logs.context: %s)", inScope, where, mode)
		case logcalls.Zerolog:
			msg = fmt.Sprintf("this zerolog event carries no context%s (and so no trace ID for hooks); add .Ctx(%s) (logs.context: %s)", inScope, where, mode)
		default:
			continue
		}
		c.r.Report(Context, call.Call.Pos(), call.Call.Lparen, msg, fixes...)
	}
}

// scopeContext returns an expression for a context in scope at pos: the
// innermost variable of type context.Context declared before pos (ctx
// preferred), else the context of a request parameter of an enclosing
// function (r.Context(), c.Request.Context() for gin,
// c.Request().Context() for echo); "" when there is none. A variable
// assigned context.Background() or TODO() is a context too: passing it
// is the caller's choice.
func (c *checker) scopeContext(pos token.Pos) string {
	inner := c.pass.Pkg.Scope().Innermost(pos)
	if inner == nil {
		return ""
	}
	var req string
	for s := inner; s != nil && s != c.pass.Pkg.Scope() && s != types.Universe; s = s.Parent() {
		names := s.Names() // sorted
		sort.SliceStable(names, func(i, j int) bool { return names[i] == "ctx" && names[j] != "ctx" })
		for _, name := range names {
			v, ok := s.Lookup(name).(*types.Var)
			if !ok || name == "_" || v.Pos() >= pos {
				continue
			}
			if _, found := inner.LookupParent(name, pos); found != v {
				continue // shadowed
			}
			t := v.Type()
			switch {
			case typesutil.IsNamed(t, "context", "Context"):
				return name
			case req != "":
			case typesutil.IsPointerTo(t, "net/http", "Request"):
				req = name + ".Context()"
			case typesutil.IsPointerTo(t, "github.com/gin-gonic/gin", "Context"):
				req = name + ".Request.Context()"
			case typesutil.IsNamed(t, "github.com/labstack/echo", "Context"):
				req = name + ".Request().Context()"
			}
		}
	}
	return req
}

// qualified names a package function as its callers write it (slog.Info)
// and a method as Type.Method.
func qualified(fn *types.Func) string {
	if recvOf(fn) == nil && fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return typesutil.ShortName(fn)
}
