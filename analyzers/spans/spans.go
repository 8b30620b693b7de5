// Package spans defines the analyzer that checks what code does with its
// spans: each started span is ended on every path, marked failed on the
// paths that return an error, the parent of the calls below it (their
// context is its context), part of the caller's trace rather than a new
// one, ended only by the function that started it, and named with a
// bounded name. OpenTelemetry, OpenTracing and OpenCensus spans are
// checked, and so are spans returned by helper functions, which the
// spanflow pass knows through facts across packages.
//
// The work — following each span through the control-flow graph — is the
// spanflow pass's; this analyzer turns its result into findings, as the
// convention's spans section asks, with suggested fixes where the fix is
// mechanical.
package spans

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/naming"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/spanflow"
)

const analyzerName = "spans"

// The checks.
var (
	NotEnded    = &checks.Check{ID: "span-not-ended", Analyzer: analyzerName, Severity: checks.Error, Summary: "span not ended on every path (leaks, and never reaches the backend)"}
	ErrorStatus = &checks.Check{ID: "span-error-status", Analyzer: analyzerName, Severity: checks.Warning, Summary: "error returned while the span is open without SetStatus(codes.Error, …), or with SetStatus(codes.Ok, …)"}
	LostContext = &checks.Check{ID: "span-lost-context", Analyzer: analyzerName, Severity: checks.Warning, Summary: "context returned by Start discarded or shadowed: the calls below get the parent context, their spans are not children"}
	BrokenTrace = &checks.Check{ID: "span-broken-trace", Analyzer: analyzerName, Severity: checks.Warning, Summary: "span started from context.Background()/TODO() while a request context is in scope: a new trace"}
	BorrowedEnd = &checks.Check{ID: "span-borrowed-end", Analyzer: analyzerName, Severity: checks.Error, Summary: "End of a span the function did not start (trace.SpanFromContext): ends the caller's span early"}
	Name        = &checks.Check{ID: "span-name", Analyzer: analyzerName, Severity: checks.Warning, Summary: "span name built at run time from unbounded values, or not in the convention's spans.name_style"}
	RecordError = &checks.Check{ID: "span-record-error", Analyzer: analyzerName, Severity: checks.Info, Summary: "error returned while the span is open without span.RecordError(err) (with spans.record_error)"}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{NotEnded, ErrorStatus, LostContext, BrokenTrace, BorrowedEnd, Name, RecordError}

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      "checks that spans are ended, marked failed on error paths, parents of the calls below, part of the caller's trace, ended by their owner and named with bounded names",
		URL:      NotEnded.DocURL(),
		Requires: []*analysis.Analyzer{set.Config, set.Directives, set.SpanFlow},
		Run: func(pass *analysis.Pass) (any, error) {
			r := &run{pass: pass, conv: config.Of(pass), r: diag.New(pass, directiveindex.Of(pass)), res: spanflow.Of(pass)}
			r.report()
			return nil, nil
		},
	}
}

type run struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
	res  *spanflow.Result
}

func (a *run) report() {
	sc := a.conv.Spans
	for _, sp := range a.res.Spans {
		if convention.SpanCheck(sc.NotEnded) && sp.Leak != nil {
			a.notEnded(sp)
		}
		if convention.SpanCheck(sc.ErrorStatus) {
			for _, er := range sp.ErrorReturns {
				a.errorStatus(sp, er)
			}
		}
		if sc.RecordError {
			for _, er := range sp.RecordReturns {
				a.r.Report(RecordError, er.Pos, token.NoPos, fmt.Sprintf("returns an error while %s (started at line %d) is open without %s.RecordError(err): the error's message and type are not on the span (spans.record_error)", a.label(sp), a.line(sp.Call.Pos()), a.varName(sp)))
			}
		}
		if convention.SpanCheck(sc.LostContext) && sp.Lost != nil {
			a.lost(sp)
		}
		if convention.SpanCheck(sc.BrokenTrace) && sp.Broken != nil {
			a.r.Report(BrokenTrace, sp.Call.Pos(), sp.Call.End(), fmt.Sprintf("%s starts a new trace from %s although %s is in scope: start it from %s so that it joins the caller's trace", a.label(sp), sp.Broken.Root, sp.Broken.InScope, sp.Broken.InScope))
		}
	}
	if convention.SpanCheck(sc.BorrowedEnd) {
		for _, b := range a.res.Borrowed {
			msg := fmt.Sprintf("%s ends the span of %s, which this function did not start: that is the caller's span, ended early; start a span of your own to end, or leave ending to its owner", b.Method, b.Via)
			if b.Helper != nil {
				msg = fmt.Sprintf("%s ends the span of a context this function did not start a span in: that is the caller's span, ended early; start a span of your own to end, or leave ending to its owner", typesutil.ShortName(b.Helper))
			}
			a.r.Report(BorrowedEnd, b.Pos, b.End, msg)
		}
	}
	if convention.SpanCheck(sc.Name) {
		for _, n := range a.res.Names {
			a.name(n)
		}
	}
}

// label names a span for a message: its constant name, or where it starts.
func (a *run) label(sp *spanflow.Span) string {
	for _, n := range a.res.Names {
		if n.IsConst && n.Const != "" && n.Expr.Pos() >= sp.Call.Pos() && n.Expr.End() <= sp.Call.End() {
			return fmt.Sprintf("span %q", n.Const)
		}
	}
	if sp.Helper != nil {
		return "the span from " + sp.Helper.Name()
	}
	return "the span"
}

// varName is how the span is called in the source, for messages.
func (a *run) varName(sp *spanflow.Span) string {
	if sp.Var != nil {
		return sp.Var.Name()
	}
	return "span"
}

func (a *run) line(pos token.Pos) int { return a.pass.Fset.Position(pos).Line }

func (a *run) notEnded(sp *spanflow.Span) {
	end := sp.Lib.EndMethod()
	var msg string
	var fixes []analysis.SuggestedFix
	kind := sp.Leak.Kind
	if kind == spanflow.LeakDiscarded && sp.Var != nil {
		kind = spanflow.LeakReturn // assigned, then dropped (_ = span)
	}
	switch kind {
	case spanflow.LeakDiscarded:
		msg = fmt.Sprintf("%s is discarded and never ended: it leaks and is never exported; keep it and end it (defer span.%s())", a.label(sp), end)
	case spanflow.LeakLoop:
		msg = fmt.Sprintf("%s is not ended before the loop starts the next one: call %s.%s() at the end of each iteration, on every path (continue included)", a.label(sp), a.varName(sp), end)
	default:
		where := fmt.Sprintf("the return at line %d", a.line(sp.Leak.At))
		if sp.Leak.Implicit {
			where = fmt.Sprintf("the end of the function at line %d", a.line(sp.Leak.At))
		}
		how := fmt.Sprintf("defer %s.%s() after the start", a.varName(sp), end)
		if sp.EndFunc {
			how = fmt.Sprintf("call %s (or defer it) on every path", a.varName(sp))
		}
		msg = fmt.Sprintf("%s is not ended on every path: %s leaves it open, so it leaks and is never exported; %s", a.label(sp), where, how)
		if fix, ok := a.deferEndFix(sp); ok {
			fixes = append(fixes, fix)
		}
	}
	a.r.Report(NotEnded, sp.Call.Pos(), sp.Call.End(), msg, fixes...)
}

func (a *run) errorStatus(sp *spanflow.Span, er spanflow.ErrorReturn) {
	if er.Ok.IsValid() {
		a.r.Report(ErrorStatus, er.Ok, token.NoPos, fmt.Sprintf("SetStatus(codes.Ok) on a path that returns an error (line %d): %s (started at line %d) reads as a success; mark it with codes.Error there", a.line(er.Pos), a.label(sp), a.line(sp.Call.Pos())))
		return
	}
	how := map[spanflow.Library]string{
		spanflow.OpenTelemetry: "SetStatus(codes.Error, …)",
		spanflow.OpenCensus:    "SetStatus(trace.Status{Code: …})",
		spanflow.OpenTracing:   "ext.Error.Set(span, true)",
	}[sp.Lib]
	msg := fmt.Sprintf("returns an error while %s (started at line %d) is open without %s: the failed operation shows as a success in the trace; mark the span failed on this path", a.label(sp), a.line(sp.Call.Pos()), how)
	if er.Ended.IsValid() {
		msg = fmt.Sprintf("returns an error that happened while %s (started at line %d) was open, ended at line %d without %s: the failed operation shows as a success in the trace; mark the span failed before ending it", a.label(sp), a.line(sp.Call.Pos()), a.line(er.Ended), how)
	}
	var fixes []analysis.SuggestedFix
	if fix, ok := a.setStatusFix(sp, er); ok {
		fixes = append(fixes, fix)
	}
	end := token.NoPos
	if er.Return != nil {
		end = er.Return.End()
	}
	a.r.Report(ErrorStatus, er.Pos, end, msg, fixes...)
}

func (a *run) lost(sp *spanflow.Span) {
	var msg string
	if sp.Lost.Shadowed {
		msg = fmt.Sprintf("the context returned with %s is declared anew (:=) and not seen after this block: %s at line %d gets the outer context while the span is open, so its spans are not children; assign the outer variable (=)", a.label(sp), sp.Lost.Callee, a.line(sp.Lost.Use))
	} else {
		msg = fmt.Sprintf("the context returned with %s is discarded: %s at line %d gets the parent context, so its spans are not children of this one; pass on the context Start returned", a.label(sp), sp.Lost.Callee, a.line(sp.Lost.Use))
	}
	a.r.Report(LostContext, sp.Call.Pos(), sp.Call.End(), msg)
}

func (a *run) name(n *spanflow.Name) {
	via := ""
	if n.Helper != nil {
		via = " (the span name of " + n.Helper.Name() + ")"
	}
	if n.Unbounded != "" {
		a.r.Report(Name, n.Expr.Pos(), n.Expr.End(), fmt.Sprintf("span name%s is unbounded: %s; every distinct value makes a new span name, which backends group and index by; use a constant name and put the value in an attribute", via, n.Unbounded))
		return
	}
	style := a.conv.Spans.NameStyle
	if !n.IsConst || n.Const == "" || style == "" || style == "any" || naming.Is(n.Const, style) {
		return
	}
	want := naming.To(n.Const, style)
	if want == "" || !naming.Is(want, style) {
		a.r.Report(Name, n.Expr.Pos(), n.Expr.End(), fmt.Sprintf("span name %q%s is not %s case (spans.name_style)", n.Const, via, style))
		return
	}
	var fixes []analysis.SuggestedFix
	if lit, ok := ast.Unparen(n.Expr).(*ast.BasicLit); ok && lit.Kind == token.STRING {
		fixes = append(fixes, analysis.SuggestedFix{
			Message:   fmt.Sprintf("rename the span %q", want),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: fmt.Appendf(nil, "%q", want)}},
		})
	}
	a.r.Report(Name, n.Expr.Pos(), n.Expr.End(), fmt.Sprintf("span name %q%s is not %s case; use %q (spans.name_style)", n.Const, via, style, want), fixes...)
}

// inScope reports whether v is what name means at pos.
func (a *run) inScope(v types.Object, pos token.Pos) bool {
	scope := a.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(v.Name(), pos)
	return obj == v
}
