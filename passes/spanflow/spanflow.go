// Package spanflow is the pass that follows every span a package starts —
// OpenTelemetry, OpenTracing and OpenCensus, and spans returned by helper
// functions — through the control-flow graph of the function that starts
// it, in SSA form, and records what happens to it on each path: where it
// is ended, marked failed, handed on, or left open; which context the
// calls below receive; what it is named. The spans analyzer reports on
// the result; the coverage report asks it whether an entry point's span is
// ended.
//
// What helper functions do with spans crosses packages as facts (FuncFact):
// a function that returns a span it started (return tracer.Start(ctx,
// name), return ctx, span, or a context or a func that ends it), one that
// ends or marks the span or context it is given (finish(span, err)), and one
// whose parameter becomes the span's name. Their callers are judged
// instead, with the helper's facts.
//
// A span's ownership moves, and the function is no longer responsible for
// ending it, when the span is returned, stored in a struct field, map,
// slice or global, sent on a channel, passed to a function value, or
// captured by a closure that ends it and is run as a goroutine, deferred,
// registered or returned.
package spanflow

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/config"
)

// FuncFact says what a function does with spans, for its callers. Indexes
// are 1-based (0: none), parameters counted as SSA counts them: the
// receiver of a method first.
type FuncFact struct {
	// Starts: the function returns a span it started, or that a start
	// helper gave it, for the caller to end: the span itself (SpanResult),
	// the context carrying it (CtxResult), or a func that ends it
	// (EndResult, which also marks it failed when given the error if
	// EndMarks).
	Starts                           bool
	Lib                              Library
	SpanResult, CtxResult, EndResult int
	EndMarks                         bool
	// CtxParam is the parameter the span's parent context comes from;
	// NameParam the parameter that becomes the span's name (also for a
	// function that starts and ends the span itself: traced(ctx, name, fn)).
	CtxParam, NameParam int
	// Ends lists span parameters (or pointers to spans) the function ends
	// or hands on, on every path; Marks those it marks failed
	// (SetStatus(codes.Error, …)) on some path, Records those it calls
	// RecordError on.
	Ends, Marks, Records []int
	// EndsCtx, MarksCtx, RecordsCtx: the same for the span a context
	// parameter carries (trace.SpanFromContext(ctx).End()).
	EndsCtx, MarksCtx, RecordsCtx []int
	// Finisher: the function ends the span of a context parameter it
	// passes to nothing else; it is a finishing helper, not a borrower.
	Finisher bool
	// Traces: the function may start spans (itself, through the functions
	// it calls, or through an interface method or function value given a
	// context), so the context it is given matters.
	Traces bool
}

// AFact implements analysis.Fact.
func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var parts []string
	if f.Starts {
		var got []string
		if f.CtxResult > 0 {
			got = append(got, fmt.Sprintf("ctx#%d", f.CtxResult))
		}
		if f.SpanResult > 0 {
			got = append(got, fmt.Sprintf("span#%d", f.SpanResult))
		}
		if f.EndResult > 0 {
			s := fmt.Sprintf("end#%d", f.EndResult)
			if f.EndMarks {
				s += "+marks"
			}
			got = append(got, s)
		}
		parts = append(parts, "starts "+f.Lib.String()+" span ("+strings.Join(got, " ")+")")
	}
	if f.CtxParam > 0 {
		parts = append(parts, fmt.Sprintf("parent ctx param %d", f.CtxParam))
	}
	if f.NameParam > 0 {
		parts = append(parts, fmt.Sprintf("name param %d", f.NameParam))
	}
	for _, l := range []struct {
		what string
		ix   []int
	}{{"ends", f.Ends}, {"marks", f.Marks}, {"records", f.Records}, {"ends ctx", f.EndsCtx}, {"marks ctx", f.MarksCtx}, {"records ctx", f.RecordsCtx}} {
		if len(l.ix) > 0 {
			parts = append(parts, fmt.Sprintf("%s param %v", l.what, l.ix))
		}
	}
	if f.Finisher {
		parts = append(parts, "finisher")
	}
	if f.Traces {
		parts = append(parts, "traces")
	}
	return "spans: " + strings.Join(parts, "; ")
}

func (f *FuncFact) empty() bool {
	return !f.Starts && !f.Traces && f.NameParam == 0 && f.CtxParam == 0 && len(f.Ends)+len(f.Marks)+len(f.Records)+len(f.EndsCtx)+len(f.MarksCtx)+len(f.RecordsCtx) == 0
}

func has(ix []int, i int) bool {
	for _, x := range ix {
		if x == i+1 {
			return true
		}
	}
	return false
}

// tracingFact marks a package from which a tracing library is reachable
// through imports: only such packages, and those importing them, can
// start a span.
type tracingFact struct{}

func (*tracingFact) AFact()         {}
func (*tracingFact) String() string { return "tracing" }

// Result is what the pass found in a package.
type Result struct {
	// Spans are the spans started in the package, by a tracing library
	// or a start helper, in source order.
	Spans []*Span
	// Borrowed are Ends of spans the function did not start.
	Borrowed []*Borrowed
	// Names are the span names given at starts and at calls of helpers
	// whose parameter becomes the name, in source order.
	Names []*Name
}

// Span is one started span and what happens to it.
type Span struct {
	// Func is the declared function the start is in (closures included),
	// or nil in a package-level initializer.
	Func *types.Func
	// Call is the call that starts the span: the library's, or a start
	// helper's (Helper).
	Call   *ast.CallExpr
	Helper *types.Func
	Lib    Library
	// Var is the variable the span is assigned to, nil when the span is
	// discarded or not held in a plain variable; Stmt is the statement
	// holding Call.
	Var  *types.Var
	Stmt ast.Stmt
	// EndFunc: Var holds a func that ends the span (a start helper's),
	// not the span.
	EndFunc bool
	// InLoop: the start is in a loop body of its function.
	InLoop bool
	// Ended: ended on every path (or handed on); otherwise Leak says where.
	Leak *Leak
	// Explicit: an End (not deferred) is called on some path.
	Explicit bool
	// ErrorReturns are returns of a non-nil error while the span is
	// open, without marking it failed on the way; RecordReturns the same
	// without RecordError.
	ErrorReturns  []ErrorReturn
	RecordReturns []ErrorReturn
	Lost          *Lost
	Broken        *Broken
}

// Ended reports whether the span is ended on every path.
func (s *Span) Ended() bool { return s.Leak == nil }

// LeakKind says how a span is left open.
type LeakKind uint8

const (
	LeakReturn    LeakKind = iota // a return leaves it open
	LeakLoop                      // the next loop iteration starts another before it ends
	LeakDiscarded                 // the span was never kept (assigned to _ or not at all)
)

// Leak is a path on which a span is not ended.
type Leak struct {
	Kind LeakKind
	At   token.Pos // the return (or closing brace), or the start again
	// Implicit: At is the closing brace of a function without a return
	// there.
	Implicit bool
}

// ErrorReturn is a return of an error while the span is open.
type ErrorReturn struct {
	Return *ast.ReturnStmt // nil for the implicit return at a closing brace
	Pos    token.Pos
	// Err is the returned error expression when the return names it.
	Err ast.Expr
	// Ok is a SetStatus(codes.Ok, …) on the path, or NoPos.
	Ok token.Pos
	// Ended is the End that closed the span on the path before the
	// return, when the error returned was computed while it was open;
	// NoPos when the span is open at the return.
	Ended token.Pos
}

// Lost is a call below a Start that receives the old context.
type Lost struct {
	Use      token.Pos // the call receiving the parent context
	Callee   string
	Shadowed bool // the new context is declared in an inner scope under the same name
}

// Broken is a span started from context.Background() or TODO() while a
// request context is in scope.
type Broken struct {
	Root    string // "context.Background()"
	InScope string // how to reach the context in scope: "ctx", "r.Context()"
}

// Borrowed is an End of a span the function did not start.
type Borrowed struct {
	Pos, End token.Pos
	// Via is the call the span comes from, "trace.SpanFromContext(ctx)";
	// Helper, when set, is the finishing helper called with the context
	// instead.
	Via    string
	Helper *types.Func
	Method string // "End" or "Finish"
}

// Name is a span name given at a start or at a call of a helper that
// names the span after a parameter.
type Name struct {
	Expr   ast.Expr    // the name argument
	Helper *types.Func // the helper called, or nil
	// Const is the name when it is a constant (IsConst).
	Const   string
	IsConst bool
	// Unbounded explains why the name is unbounded; "" when it is not.
	Unbounded string
}

// Traced reports, for a declared function, whether it starts a span
// itself (closures included) and whether one of those spans is ended on
// every path.
func (r *Result) Traced(fn *types.Func) (starts, ended bool) {
	if r == nil {
		return false, false
	}
	for _, s := range r.Spans {
		if s.Func == fn {
			starts = true
			if s.Ended() {
				ended = true
			}
		}
	}
	return starts, ended
}

// New returns the pass, reading the convention through the config pass.
func New(cfg *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintspanflow",
		Doc:        "follows spans through the control-flow graph: ended, marked, handed on, named",
		Requires:   []*analysis.Analyzer{cfg},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(FuncFact), new(tracingFact)},
		Run:        run,
	}
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if libraryInternal(pass.Pkg.Path()) {
		return res, nil
	}
	conv := config.FactsOf(pass)
	helperPkgs := make(map[string]bool)
	for _, h := range append(append([]string(nil), conv.Spans.StartHelpers...), conv.Spans.EndHelpers...) {
		helperPkgs[helperPkg(h)] = true
	}
	if !reachesTracing(pass, helperPkgs) {
		return res, nil
	}
	pass.ExportPackageFact(new(tracingFact))
	if !usesTracing(pass, helperPkgs) {
		return res, nil
	}
	s := newState(pass, conv, res)
	s.analyse()
	return res, nil
}

// helperPkg returns the package path of a function named
// "import/path.Func" or "import/path.Type.Method".
func helperPkg(name string) string {
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return name
	}
	return name[:slash+1+dot]
}

// reachesTracing reports whether a tracing library (or a configured
// helper's package) is among the package's imports, directly or through
// packages that carry the tracing fact.
func reachesTracing(pass *analysis.Pass, helperPkgs map[string]bool) bool {
	if tracingPackage(pass.Pkg.Path()) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if tracingPackage(imp.Path()) || helperPkgs[imp.Path()] || pass.ImportPackageFact(imp, new(tracingFact)) {
			return true
		}
	}
	return false
}

// usesTracing reports whether the package's code names anything of a
// tracing library, a configured helper, or a function known to deal in
// spans: the packages worth building SSA for.
func usesTracing(pass *analysis.Pass, helperPkgs map[string]bool) bool {
	for _, obj := range pass.TypesInfo.Uses {
		pkg := obj.Pkg()
		if pkg == nil || pkg == pass.Pkg {
			continue
		}
		if tracingPackage(pkg.Path()) {
			return true
		}
		if fn, ok := obj.(*types.Func); ok {
			if helperPkgs[pkg.Path()] || pass.ImportObjectFact(fn, new(FuncFact)) {
				return true
			}
		}
	}
	return false
}

// state is one run of the pass over a package.
type state struct {
	pass *analysis.Pass
	conv *convention.FactInputs
	res  *Result

	prog *ssa.Program
	pkg  *ssa.Package

	facts        map[*types.Func]*FuncFact // this package's, as computed
	startHelpers map[string]bool
	endHelpers   map[string]bool

	calls   map[token.Pos]*ast.CallExpr   // by Lparen
	returns map[token.Pos]*ast.ReturnStmt // by the return keyword
	stmtOf  map[*ast.CallExpr]ast.Stmt    // the statement a call is the whole right-hand side or expression of
	inLoop  map[*ast.CallExpr]bool

	summaries map[summaryKey]*summary
	index     map[ssa.Instruction]int // position of an instruction in its block
}

func newState(pass *analysis.Pass, conv *convention.FactInputs, res *Result) *state {
	s := &state{
		pass: pass, conv: conv, res: res,
		facts:        make(map[*types.Func]*FuncFact),
		startHelpers: make(map[string]bool),
		endHelpers:   make(map[string]bool),
		calls:        make(map[token.Pos]*ast.CallExpr),
		returns:      make(map[token.Pos]*ast.ReturnStmt),
		stmtOf:       make(map[*ast.CallExpr]ast.Stmt),
		inLoop:       make(map[*ast.CallExpr]bool),
		summaries:    make(map[summaryKey]*summary),
		index:        make(map[ssa.Instruction]int),
	}
	for _, h := range conv.Spans.StartHelpers {
		s.startHelpers[h] = true
	}
	for _, h := range conv.Spans.EndHelpers {
		s.endHelpers[h] = true
	}
	s.indexSyntax()
	s.buildSSA()
	return s
}

// buildSSA builds the package's SSA form, as the buildssa pass does, but
// only for the packages that need it.
func (s *state) buildSSA() {
	s.prog = ssa.NewProgram(s.pass.Fset, ssa.BuilderMode(0))
	s.prog.SetNoReturn(noReturn)
	for _, p := range s.pass.Pkg.Imports() {
		s.prog.CreatePackage(p, nil, nil, true)
	}
	s.pkg = s.prog.CreatePackage(s.pass.Pkg, s.pass.Files, s.pass.TypesInfo, false)
	s.pkg.Build()
}

// indexSyntax indexes calls and returns by position, and the statement
// each call is the value of.
func (s *state) indexSyntax() {
	for _, f := range s.pass.Files {
		var stack []ast.Node
		loops := 0
		var loopAt []int // stack depth of enclosing loop bodies, reset in closures
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				switch top.(type) {
				case *ast.ForStmt, *ast.RangeStmt:
					loops--
				case *ast.FuncLit:
					loops = loopAt[len(loopAt)-1]
					loopAt = loopAt[:len(loopAt)-1]
				}
				return true
			}
			switch n := n.(type) {
			case *ast.CallExpr:
				s.calls[n.Lparen] = n
				if loops > 0 {
					s.inLoop[n] = true
				}
				if len(stack) > 0 {
					switch p := stack[len(stack)-1].(type) {
					case *ast.AssignStmt, *ast.ExprStmt, *ast.ReturnStmt, *ast.DeferStmt, *ast.GoStmt:
						s.stmtOf[n] = p.(ast.Stmt)
					case *ast.ValueSpec:
						if len(stack) > 2 {
							if d, ok := stack[len(stack)-3].(*ast.DeclStmt); ok {
								s.stmtOf[n] = d
							}
						}
					}
				}
			case *ast.ReturnStmt:
				s.returns[n.Return] = n
			case *ast.ForStmt, *ast.RangeStmt:
				loops++
			case *ast.FuncLit:
				loopAt = append(loopAt, loops)
				loops = 0
			}
			stack = append(stack, n)
			return true
		})
	}
}

// analyse computes the facts of the package's functions, callees first,
// and judges every span they start.
func (s *state) analyse() {
	for _, fn := range s.functions() {
		s.function(fn)
	}
	for fn, f := range s.facts {
		if !f.empty() {
			s.pass.ExportObjectFact(fn, f)
		}
	}
	sort.SliceStable(s.res.Spans, func(i, j int) bool { return s.res.Spans[i].Call.Pos() < s.res.Spans[j].Call.Pos() })
	sort.SliceStable(s.res.Borrowed, func(i, j int) bool { return s.res.Borrowed[i].Pos < s.res.Borrowed[j].Pos })
	sort.SliceStable(s.res.Names, func(i, j int) bool { return s.res.Names[i].Expr.Pos() < s.res.Names[j].Expr.Pos() })
}

// functions lists the package's declared functions, callees before
// callers within the package (recursion broken arbitrarily), each
// followed by its closures.
func (s *state) functions() []*ssa.Function {
	var decls []*ssa.Function
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := s.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			if fn := s.prog.FuncValue(obj); fn != nil {
				decls = append(decls, fn)
			}
		}
	}
	if init := s.pkg.Func("init"); init != nil {
		decls = append(decls, init)
	}
	done := make(map[*ssa.Function]bool)
	var order []*ssa.Function
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		if done[fn] {
			return
		}
		done[fn] = true
		forEachInstr(fn, true, func(in ssa.Instruction) {
			if c, ok := in.(ssa.CallInstruction); ok {
				if callee := c.Common().StaticCallee(); callee != nil && callee.Pkg == s.pkg && callee.Parent() == nil {
					visit(callee)
				}
			}
		})
		order = append(order, fn)
	}
	for _, fn := range decls {
		visit(fn)
	}
	var out []*ssa.Function
	var withAnons func(fn *ssa.Function)
	withAnons = func(fn *ssa.Function) {
		out = append(out, fn)
		for _, a := range fn.AnonFuncs {
			withAnons(a)
		}
	}
	for _, fn := range order {
		if fn.Synthetic != "" && fn.Name() != "init" {
			continue
		}
		withAnons(fn)
	}
	return out
}

// forEachInstr calls f on every instruction of fn, and of its closures
// when anons is set.
func forEachInstr(fn *ssa.Function, anons bool, f func(ssa.Instruction)) {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			f(in)
		}
	}
	if anons {
		for _, a := range fn.AnonFuncs {
			forEachInstr(a, true, f)
		}
	}
}

// declared returns the declared function fn is or is inside of.
func declared(fn *ssa.Function) *types.Func {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}

// factOf returns what is known of fn: computed here for this package's
// functions, imported otherwise, plus the convention's helpers.
func (s *state) factOf(fn *types.Func) *FuncFact {
	if fn == nil {
		return nil
	}
	if fn.Pkg() == s.pass.Pkg {
		return s.facts[fn]
	}
	f := new(FuncFact)
	if s.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// posOf maps an instruction to a position in the source: its own, or its
// function's closing brace for an implicit return.
func posOf(in ssa.Instruction) token.Pos {
	if p := in.Pos(); p.IsValid() {
		return p
	}
	switch syn := in.Parent().Syntax().(type) {
	case *ast.FuncDecl:
		if syn.Body != nil {
			return syn.Body.Rbrace
		}
	case *ast.FuncLit:
		return syn.Body.Rbrace
	}
	return token.NoPos
}

// callName names the function a call calls, for messages.
func callName(common *ssa.CallCommon) string {
	if common.IsInvoke() {
		return common.Method.Name()
	}
	if callee := common.StaticCallee(); callee != nil {
		if obj, ok := callee.Object().(*types.Func); ok {
			if sig := obj.Type().(*types.Signature); sig.Recv() != nil {
				return typesutil.ShortName(obj)
			}
			return obj.Pkg().Name() + "." + obj.Name()
		}
		return callee.Name()
	}
	return "a function value"
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "span flow") }
