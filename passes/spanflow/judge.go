package spanflow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
)

// function follows every span fn starts, records the findings, and
// computes fn's fact when it is a declared function.
func (s *state) function(fn *ssa.Function) {
	obj, _ := fn.Object().(*types.Func)
	var fact *FuncFact
	if fn.Parent() == nil && obj != nil {
		fact = &FuncFact{}
	}
	own := make(map[ssa.Value]bool)    // spans from contexts of spans fn starts
	ownCtx := make(map[ssa.Value]bool) // contexts of spans fn starts
	var helperCalls []ssa.CallInstruction
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			ci, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			call, ok := in.(*ssa.Call)
			if !ok {
				helperCalls = append(helperCalls, ci)
				continue
			}
			if st := s.siteOf(call.Common()); st != nil {
				t := s.start(fn, call, st, fact)
				for v, k := range t.seen {
					switch k {
					case kSpan:
						own[v] = true
					case kCtx:
						ownCtx[v] = true
					}
				}
				continue
			}
			helperCalls = append(helperCalls, call)
		}
	}
	for _, call := range helperCalls {
		s.helperCall(fn, call, fact, own, ownCtx)
	}
	if fact == nil {
		return
	}
	fact.Traces = s.traces(fn)
	for i, p := range fn.Params {
		switch {
		case spanLib(p.Type()) != 0 || isPointerToSpan(p.Type()):
			k := kSpan
			if isPointerToSpan(p.Type()) {
				k = kCell
			}
			lib := spanLib(p.Type())
			if lib == 0 {
				lib = spanLib(p.Type().(*types.Pointer).Elem())
			}
			sum := s.paramSummary(fn, obj, i, k, lib)
			if sum.endsAlways {
				fact.Ends = append(fact.Ends, i+1)
			}
			if sum.marks {
				fact.Marks = append(fact.Marks, i+1)
			}
			if sum.records {
				fact.Records = append(fact.Records, i+1)
			}
		case isContext(p.Type()):
			sum := s.paramSummary(fn, obj, i, kCtx, OpenTelemetry)
			if sum.endsAlways {
				fact.EndsCtx = append(fact.EndsCtx, i+1)
			}
			if sum.marks {
				fact.MarksCtx = append(fact.MarksCtx, i+1)
			}
			if sum.records {
				fact.RecordsCtx = append(fact.RecordsCtx, i+1)
			}
			if sum.endsSome && s.finisher(p) {
				fact.Finisher = true
			}
		}
	}
	s.facts[obj] = fact
}

func isPointerToSpan(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && spanLib(p.Elem()) != 0
}

// siteOf recognises a call that starts a span: a tracing library's start,
// a start helper known by fact, or one named in spans.start_helpers.
func (s *state) siteOf(common *ssa.CallCommon) *site {
	if st := librarySite(common); st != nil {
		st.options(common)
		return st
	}
	var obj *types.Func
	offset := 0
	if common.IsInvoke() {
		obj = common.Method
	} else if callee := common.StaticCallee(); callee != nil {
		obj, _ = callee.Object().(*types.Func)
		if obj == nil && callee.Origin() != nil {
			obj, _ = callee.Origin().Object().(*types.Func)
		}
	}
	if obj == nil {
		return nil
	}
	sig := obj.Type().(*types.Signature)
	if sig.Recv() != nil && !common.IsInvoke() {
		offset = 1
	}
	if f := s.factOf(obj); f != nil && f.Starts {
		return &site{lib: f.Lib, helper: obj,
			ctxArg: f.CtxParam - 1, nameArg: f.NameParam - 1,
			span: f.SpanResult - 1, ctx: f.CtxResult - 1, end: f.EndResult - 1, endMarks: f.EndMarks}
	}
	if !s.startHelpers[typesutil.FullName(obj)] {
		return nil
	}
	st := &site{helper: obj, ctxArg: -1, nameArg: -1, span: -1, ctx: -1, end: -1}
	for i := 0; i < sig.Params().Len(); i++ {
		switch t := sig.Params().At(i).Type(); {
		case isContext(t) && st.ctxArg < 0:
			st.ctxArg = i + offset
		case types.Identical(t, types.Typ[types.String]) && st.nameArg < 0:
			st.nameArg = i + offset
		}
	}
	for i := 0; i < sig.Results().Len(); i++ {
		t := sig.Results().At(i).Type()
		switch {
		case isContext(t) && st.ctx < 0:
			st.ctx = i
		case spanLib(t) != 0 && st.span < 0:
			st.span, st.lib = i, spanLib(t)
		case isEndFunc(t) && st.end < 0:
			st.end = i
			st.endMarks = endFuncTakesError(t)
		case hasEndMethod(t) && st.span < 0:
			st.span, st.lib = i, Custom
		}
	}
	if st.span < 0 && st.ctx < 0 && st.end < 0 {
		return nil
	}
	if st.lib == 0 {
		st.lib = OpenTelemetry
	}
	return st
}

// options notes WithNewRoot and WithLinks among an OpenTelemetry start's
// options, which make a new root deliberate.
func (st *site) options(common *ssa.CallCommon) {
	if len(common.Args) == 0 {
		return
	}
	for _, v := range varargValues(common.Args[len(common.Args)-1]) {
		if mi, ok := v.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		if c, ok := v.(*ssa.Call); ok {
			if callee := c.Common().StaticCallee(); callee != nil {
				switch callee.Name() {
				case "WithNewRoot":
					st.withNewRoot = true
				case "WithLinks", "FollowsFrom":
					st.withLinks = true
				}
			}
		}
	}
}

func isEndFunc(t types.Type) bool {
	sig, ok := types.Unalias(t).Underlying().(*types.Signature)
	return ok && sig.Results().Len() == 0 && sig.Params().Len() <= 1
}

func endFuncTakesError(t types.Type) bool {
	sig := types.Unalias(t).Underlying().(*types.Signature)
	if sig.Params().Len() != 1 {
		return false
	}
	pt := sig.Params().At(0).Type()
	if p, ok := types.Unalias(pt).(*types.Pointer); ok {
		pt = p.Elem()
	}
	return isError(pt)
}

// hasEndMethod reports whether values of t have an End or Finish method:
// a span type of your own.
func hasEndMethod(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		switch ms.At(i).Obj().Name() {
		case "End", "Finish":
			return true
		}
	}
	return false
}

// start follows the span started by call in fn and records it.
func (s *state) start(fn *ssa.Function, call *ssa.Call, st *site, fact *FuncFact) *tracked {
	t := s.newTracked(fn, st.lib)
	t.endMarks = st.endMarks
	kept := false
	real := func(v ssa.Value) bool {
		if v.Referrers() == nil {
			return false
		}
		for _, r := range *v.Referrers() {
			if _, ok := r.(*ssa.DebugRef); !ok {
				return true
			}
		}
		return false
	}
	if _, tuple := call.Type().(*types.Tuple); tuple {
		if st.span >= 0 {
			extracts(call, st.span, func(x *ssa.Extract) {
				kept = kept || real(x)
				t.add(x, kSpan)
			})
		}
		if st.ctx >= 0 {
			extracts(call, st.ctx, func(x *ssa.Extract) { t.add(x, kCtx) })
		}
		if st.end >= 0 {
			extracts(call, st.end, func(x *ssa.Extract) {
				kept = kept || real(x)
				t.add(x, kEnd)
			})
		}
		tup := call.Type().(*types.Tuple)
		for i := 0; i < tup.Len(); i++ {
			if isError(tup.At(i).Type()) {
				extracts(call, i, func(x *ssa.Extract) { t.errs[x] = true })
			}
		}
	} else {
		switch {
		case st.span == 0:
			kept = real(call)
			t.add(call, kSpan)
		case st.end == 0:
			kept = real(call)
			t.add(call, kEnd)
		case st.ctx == 0:
			t.add(call, kCtx)
		}
	}
	t.ctxOnly = !kept
	t.solve()

	ce := s.calls[call.Common().Pos()]
	if ce == nil {
		return t // no syntax (generated wrapper)
	}
	sp := &Span{
		Func:     declared(fn),
		Call:     ce,
		Helper:   st.helper,
		Lib:      st.lib,
		Stmt:     s.stmtOf[ce],
		InLoop:   s.inLoop[ce],
		Explicit: t.explicit,
	}
	sp.Var = s.spanVar(ce, st, call)
	sp.EndFunc = st.span < 0 && st.end >= 0
	if !t.deferredBefore(call, evDeferEnd|evMoved) {
		sp.Leak = t.leak(call, closesAll)
		if sp.Leak != nil && !kept && sp.Leak.Kind == LeakReturn {
			sp.Leak.Kind = LeakDiscarded
		}
	}
	if st.lib != Custom && !t.deferredBefore(call, evDeferMark) {
		sp.ErrorReturns = t.errorPaths(call, closesStatus)
	}
	if st.lib == OpenTelemetry && !t.deferredBefore(call, evDeferRecord) {
		sp.RecordReturns = t.errorPaths(call, closesRecord)
	}
	var parent ssa.Value
	if st.ctxArg >= 0 && st.ctxArg < len(call.Common().Args) {
		parent = call.Common().Args[st.ctxArg]
		if ci, ok := parent.(*ssa.ChangeInterface); ok {
			parent = ci.X
		}
	}
	if parent != nil && st.ctx >= 0 {
		s.lostContext(t, call, st, parent, ce, sp)
	}
	if parent != nil && !st.withNewRoot && !st.withLinks && !linksTraces(fn) {
		if root := backgroundCall(parent); root != "" {
			if in := ctxInScope(fn); in != "" {
				sp.Broken = &Broken{Root: root, InScope: in}
			}
		}
	}
	s.res.Spans = append(s.res.Spans, sp)

	// The name.
	if st.nameArg >= 0 && st.nameArg < len(call.Common().Args) {
		s.name(fn, call.Common(), st.nameArg, st.helper, ce, fact)
	}

	// A helper returning what it started.
	if fact != nil && len(t.returned) > 0 && !fact.Starts {
		for i, k := range t.returned {
			switch k {
			case kSpan:
				fact.SpanResult = i + 1
			case kCtx:
				fact.CtxResult = i + 1
			case kEnd:
				fact.EndResult = i + 1
				fact.EndMarks = t.endMarks
			}
		}
		if fact.SpanResult > 0 || fact.EndResult > 0 || fact.CtxResult > 0 && t.ctxOnly {
			fact.Starts = true
			fact.Lib = st.lib
			if p, ok := parent.(*ssa.Parameter); ok {
				fact.CtxParam = paramIndex(fn, p) + 1
			}
		} else {
			fact.SpanResult, fact.CtxResult, fact.EndResult, fact.EndMarks = 0, 0, 0, false
		}
	}
	return t
}

func paramIndex(fn *ssa.Function, p *ssa.Parameter) int {
	for i, q := range fn.Params {
		if q == p {
			return i
		}
	}
	return -1
}

// spanVar returns the variable the start's span is assigned to.
func (s *state) spanVar(ce *ast.CallExpr, st *site, call *ssa.Call) *types.Var {
	idx := st.span
	if idx < 0 {
		idx = st.end
	}
	if idx < 0 {
		return nil
	}
	var lhs []ast.Expr
	switch stmt := s.stmtOf[ce].(type) {
	case *ast.AssignStmt:
		if len(stmt.Rhs) != 1 {
			return nil
		}
		lhs = stmt.Lhs
	case *ast.DeclStmt:
		gd := stmt.Decl.(*ast.GenDecl)
		for _, spec := range gd.Specs {
			if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) == 1 && vs.Values[0] == ce {
				for _, n := range vs.Names {
					lhs = append(lhs, n)
				}
			}
		}
	default:
		return nil
	}
	n := 1
	if tup, ok := call.Type().(*types.Tuple); ok {
		n = tup.Len()
	}
	if len(lhs) != n || idx >= len(lhs) {
		return nil
	}
	id, ok := lhs[idx].(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := s.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v
}

// lostContext checks that the calls below the start receive the context it
// returned: it is neither discarded nor declared anew in an inner scope
// (:=) while the parent context goes on to the calls after it.
func (s *state) lostContext(t *tracked, call *ssa.Call, st *site, parent ssa.Value, ce *ast.CallExpr, sp *Span) {
	used := false
	extracts(call, st.ctx, func(x *ssa.Extract) {
		if x.Referrers() != nil {
			for _, r := range *x.Referrers() {
				if _, ok := r.(*ssa.DebugRef); !ok {
					used = true
				}
			}
		}
	})
	if _, tuple := call.Type().(*types.Tuple); !tuple {
		return
	}
	shadowed := s.shadowsParent(ce, st)
	if used && !shadowed {
		return
	}
	derived := map[ssa.Value]bool{parent: true}
	work := []ssa.Value{parent}
	for len(work) > 0 {
		v := work[len(work)-1]
		work = work[:len(work)-1]
		if v.Referrers() == nil {
			continue
		}
		for _, r := range *v.Referrers() {
			var nv ssa.Value
			switch r := r.(type) {
			case *ssa.ChangeInterface:
				nv = r
			case *ssa.MakeInterface:
				nv = r
			case *ssa.Call:
				if r == call {
					continue
				}
				if fn, _ := calleeObj(r.Common()); derivesContext(fn) && len(r.Common().Args) > 0 && r.Common().Args[0] == v {
					if _, tuple := r.Type().(*types.Tuple); tuple {
						extracts(r, 0, func(x *ssa.Extract) {
							if !derived[x] {
								derived[x] = true
								work = append(work, x)
							}
						})
						continue
					}
					nv = r
				}
			}
			if nv != nil && !derived[nv] {
				derived[nv] = true
				work = append(work, nv)
			}
		}
	}
	use := t.firstUse(call, func(c ssa.CallInstruction) bool {
		if _, ok := c.(*ssa.Defer); ok {
			return false
		}
		common := c.Common()
		fn, _ := calleeObj(common)
		if readsContext(fn) || derivesContext(fn) || fromContext(fn) || !s.mayTrace(fn) {
			return false
		}
		for _, a := range common.Args {
			if derived[a] {
				return true
			}
		}
		return false
	})
	if use == nil {
		return
	}
	pos, name := use.Pos(), callName(use.Common())
	if ue := s.calls[use.Common().Pos()]; ue != nil {
		pos, name = ue.Pos(), types.ExprString(ue.Fun)
	}
	sp.Lost = &Lost{Use: pos, Callee: name, Shadowed: used && shadowed}
}

// shadowsParent reports whether the start's new context is declared with
// := in an inner scope under the name of the parent context it was
// started from.
func (s *state) shadowsParent(ce *ast.CallExpr, st *site) bool {
	as, ok := s.stmtOf[ce].(*ast.AssignStmt)
	if !ok || st.ctx >= len(as.Lhs) {
		return false
	}
	newID, ok := as.Lhs[st.ctx].(*ast.Ident)
	if !ok || s.pass.TypesInfo.Defs[newID] == nil {
		return false
	}
	argIx := st.ctxArg
	if sel, ok := ce.Fun.(*ast.SelectorExpr); ok && !isInvokeSyntax(s.pass.TypesInfo, sel) {
		if sl := s.pass.TypesInfo.Selections[sel]; sl != nil && sl.Kind() == types.MethodVal {
			argIx-- // the receiver is not among the syntax's arguments
		}
	}
	if argIx < 0 || argIx >= len(ce.Args) {
		return false
	}
	oldID, ok := ast.Unparen(ce.Args[argIx]).(*ast.Ident)
	return ok && oldID.Name == newID.Name && s.pass.TypesInfo.Uses[oldID] != s.pass.TypesInfo.Defs[newID]
}

// isInvokeSyntax reports whether sel calls an interface method.
func isInvokeSyntax(info *types.Info, sel *ast.SelectorExpr) bool {
	sl := info.Selections[sel]
	return sl != nil && types.IsInterface(sl.Recv())
}

// calleeObj returns the declared function or method a call calls.
func calleeObj(common *ssa.CallCommon) (*types.Func, *ssa.Function) {
	if common.IsInvoke() {
		return common.Method, nil
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil, nil
	}
	obj, _ := callee.Object().(*types.Func)
	if obj == nil && callee.Origin() != nil {
		obj, _ = callee.Origin().Object().(*types.Func)
	}
	return obj, callee
}

// backgroundCall returns "context.Background()" or "context.TODO()" when
// v is such a call.
func backgroundCall(v ssa.Value) string {
	c, ok := v.(*ssa.Call)
	if !ok {
		return ""
	}
	fn, _ := calleeObj(c.Common())
	if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "context" && (fn.Name() == "Background" || fn.Name() == "TODO") {
		return "context." + fn.Name() + "()"
	}
	return ""
}

// ctxInScope names how fn (or a function it is inside of) reaches a
// request context through its parameters: "ctx", "r.Context()", or "".
func ctxInScope(fn *ssa.Function) string {
	for f := fn; f != nil; f = f.Parent() {
		params := f.Params
		if f.Signature.Recv() != nil && len(params) > 0 {
			params = params[1:]
		}
		for _, p := range params {
			if p.Name() == "_" || p.Name() == "" {
				continue
			}
			if how := contextOf(p.Name(), p.Type()); how != "" {
				return how
			}
		}
	}
	return ""
}

// contextOf says how a parameter called name of type t gives a context.
func contextOf(name string, t types.Type) string {
	switch {
	case isContext(t):
		return name
	case typesutil.IsPointerTo(t, "net/http", "Request"):
		return name + ".Context()"
	case typesutil.IsPointerTo(t, "github.com/gin-gonic/gin", "Context"):
		return name + ".Request.Context()"
	case typesutil.IsNamed(t, "github.com/labstack/echo", "Context"):
		return name + ".Request().Context()"
	case typesutil.IsPointerTo(t, "github.com/gofiber/fiber", "Ctx"):
		return name + ".UserContext()"
	case typesutil.IsPointerTo(t, "testing", "T") || typesutil.IsPointerTo(t, "testing", "B") || typesutil.IsPointerTo(t, "testing", "F"):
		return ""
	}
	ms := types.NewMethodSet(t)
	if p, ok := types.Unalias(t).(*types.Pointer); !ok || p == nil {
		if !types.IsInterface(t) {
			ms = types.NewMethodSet(types.NewPointer(t))
		}
	}
	for i := 0; i < ms.Len(); i++ {
		m := ms.At(i).Obj().(*types.Func)
		sig := m.Type().(*types.Signature)
		if m.Name() == "Context" && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isContext(sig.Results().At(0).Type()) {
			return name + ".Context()"
		}
	}
	return ""
}

// name judges the span name passed as argument i of a start or of a
// helper naming the span after a parameter.
func (s *state) name(fn *ssa.Function, common *ssa.CallCommon, i int, helper *types.Func, ce *ast.CallExpr, fact *FuncFact) {
	nc := s.classifyName(common.Args[i])
	if len(nc.params) > 0 && fact != nil && fn.Parent() == nil {
		if fact.NameParam == 0 {
			fact.NameParam = nc.params[0] + 1
		}
		return
	}
	argIx := i
	if sel, ok := ce.Fun.(*ast.SelectorExpr); ok && !common.IsInvoke() {
		if sl := s.pass.TypesInfo.Selections[sel]; sl != nil && sl.Kind() == types.MethodVal {
			argIx--
		}
	}
	if argIx < 0 || argIx >= len(ce.Args) {
		return
	}
	n := &Name{Expr: ce.Args[argIx], Helper: helper, IsConst: nc.constant, Const: nc.value}
	// A name built from values neither constant nor known to be
	// unbounded (an enumeration's string, a schema's relation, a field set
	// once) is bounded in practice more often than not: only what is known
	// to be unbounded is reported.
	n.Unbounded = nc.unbounded
	if tv, ok := s.pass.TypesInfo.Types[n.Expr]; ok && tv.Value != nil {
		n.IsConst, n.Unbounded = true, ""
	}
	if n.IsConst && n.Const == "" {
		if tv, ok := s.pass.TypesInfo.Types[n.Expr]; !ok || tv.Value == nil {
			n.IsConst = false // bounded, but not one constant
		}
	}
	s.res.Names = append(s.res.Names, n)
}

// helperCall judges a call that is not a start: the name given to a
// helper naming the span after a parameter, and a finishing helper ending
// the span of a context the function did not start.
func (s *state) helperCall(fn *ssa.Function, ci ssa.CallInstruction, fact *FuncFact, own, ownCtx map[ssa.Value]bool) {
	common := ci.Common()
	obj, _ := calleeObj(common)
	if obj == nil {
		return
	}
	if call, ok := ci.(*ssa.Call); ok && fromContext(obj) && !own[call] {
		s.borrowed(fn, call)
		return
	}
	f := s.factOf(obj)
	if f == nil {
		return
	}
	ce := s.calls[common.Pos()]
	if ce == nil {
		return
	}
	if f.NameParam > 0 && !f.Starts && f.NameParam-1 < len(common.Args) {
		s.name(fn, common, f.NameParam-1, obj, ce, fact)
	}
	for _, ix := range f.EndsCtx {
		i := ix - 1
		if i >= len(common.Args) || ownCtx[common.Args[i]] {
			continue
		}
		p := paramOrigin(fn, common.Args[i])
		if p == nil || s.finisher(p) {
			continue
		}
		s.res.Borrowed = append(s.res.Borrowed, &Borrowed{Pos: ce.Pos(), End: ce.End(), Helper: obj, Method: "End"})
	}
}

// borrowed reports an End of the span a context parameter carries
// (trace.SpanFromContext(ctx)) unless the function is a finishing helper
// that passes that context to nothing else.
func (s *state) borrowed(fn *ssa.Function, call *ssa.Call) {
	lib := spanLib(call.Type())
	t := s.newTracked(fn, lib)
	t.add(call, kSpan)
	t.solve()
	var end ssa.Instruction
	for in, e := range t.events {
		if e&(evEnd|evDeferEnd) != 0 && (end == nil || in.Pos() < end.Pos()) {
			end = in
		}
	}
	if end == nil || len(call.Common().Args) == 0 {
		return
	}
	p := paramOrigin(fn, call.Common().Args[0])
	if p == nil || s.finisher(p) {
		return
	}
	b := &Borrowed{Pos: end.Pos(), Via: callName(call.Common()) + "(" + p.Name() + ")", Method: lib.EndMethod()}
	if c, ok := end.(ssa.CallInstruction); ok {
		if ce := s.calls[c.Common().Pos()]; ce != nil {
			b.Pos, b.End = ce.Pos(), ce.End()
		}
	}
	if fc := s.calls[call.Common().Pos()]; fc != nil {
		if sel, ok := fc.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				b.Via = id.Name + "." + sel.Sel.Name + "(" + types.ExprString(fc.Args[0]) + ")"
			}
		}
	}
	s.res.Borrowed = append(s.res.Borrowed, b)
}

// paramOrigin returns the parameter of fn (or of a function fn is inside
// of) a context comes from: the parameter itself, r.Context() of a request
// parameter, or a captured variable holding one of those.
func paramOrigin(fn *ssa.Function, v ssa.Value) *ssa.Parameter {
	for depth := 0; depth < 8; depth++ {
		switch x := v.(type) {
		case *ssa.ChangeInterface:
			v = x.X
			continue
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.Parameter:
			return x
		case *ssa.Call:
			// r.Context(), c.Request.Context(), c.Request().Context()
			fnObj, _ := calleeObj(x.Common())
			if fnObj == nil || fnObj.Name() != "Context" || len(x.Common().Args) == 0 && !x.Common().IsInvoke() {
				return nil
			}
			if x.Common().IsInvoke() {
				v = x.Common().Value
			} else {
				v = x.Common().Args[0]
			}
			v = rootOf(v)
			continue
		case *ssa.UnOp:
			fv, ok := x.X.(*ssa.FreeVar)
			if !ok {
				return nil
			}
			bound := bindingOf(fv)
			if bound == nil {
				return nil
			}
			v = bound
			continue
		}
		return nil
	}
	return nil
}

// rootOf follows field loads and interface calls back to what they are
// read from: c.Request -> c.
func rootOf(v ssa.Value) ssa.Value {
	for i := 0; i < 6; i++ {
		switch x := v.(type) {
		case *ssa.UnOp:
			if fa, ok := x.X.(*ssa.FieldAddr); ok {
				v = fa.X
				continue
			}
		case *ssa.FieldAddr:
			v = x.X
			continue
		case *ssa.Field:
			v = x.X
			continue
		case *ssa.Call:
			if x.Common().IsInvoke() {
				v = x.Common().Value
				continue
			}
		}
		return v
	}
	return v
}

// bindingOf returns the value a closure's free variable holds: the one
// stored in the captured variable when it is stored once.
func bindingOf(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	j := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			j = i
		}
	}
	var bound ssa.Value
	forEachInstr(parent, false, func(in ssa.Instruction) {
		if mc, ok := in.(*ssa.MakeClosure); ok && mc.Fn == fn && j < len(mc.Bindings) {
			bound = mc.Bindings[j]
		}
	})
	if bound == nil {
		return nil
	}
	alloc, ok := bound.(*ssa.Alloc)
	if !ok {
		return bound
	}
	var stored ssa.Value
	n := 0
	for _, r := range *alloc.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
			stored = st.Val
			n++
		}
	}
	if n != 1 {
		return nil
	}
	return stored
}

// finisher reports whether the context parameter p is used only to read
// its span (and what reads the context): a helper that finishes the span
// of the context it is given, such as EndSpan(ctx, err), not a function
// that borrows its caller's span while doing other work.
func (s *state) finisher(p *ssa.Parameter) bool {
	seen := make(map[ssa.Value]bool)
	var only func(v ssa.Value) bool
	only = func(v ssa.Value) bool {
		if seen[v] {
			return true
		}
		seen[v] = true
		if v.Referrers() == nil {
			return true
		}
		for _, r := range *v.Referrers() {
			switch r := r.(type) {
			case *ssa.DebugRef:
			case *ssa.ChangeInterface:
				if !only(r) {
					return false
				}
			case ssa.CallInstruction:
				fn, _ := calleeObj(r.Common())
				if fromContext(fn) || readsContext(fn) {
					continue
				}
				// Another finishing helper: ends or marks the
				// span of this context.
				f := s.factOf(fn)
				if f == nil {
					return false
				}
				for i, a := range r.Common().Args {
					if a == v && !has(f.EndsCtx, i) && !has(f.MarksCtx, i) && !has(f.RecordsCtx, i) {
						return false
					}
				}
			default:
				return false
			}
		}
		return true
	}
	return only(p)
}

// mayTrace reports whether a call of fn may start spans from the context
// it is given: a function value (unknown), or a function or method of
// this package or of a package from which a tracing library is reachable.
// cel's ContextEval or a channel helper only watch the context for
// cancellation, and lose no span.
func (s *state) mayTrace(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || tracingPackage(fn.Pkg().Path()) {
		return true
	}
	if sig, _ := fn.Type().(*types.Signature); sig != nil && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		// An interface method: its implementations are out of sight.
		return fn.Pkg() == s.pass.Pkg || s.pass.ImportPackageFact(fn.Pkg(), new(tracingFact))
	}
	if fn.Pkg() == s.pass.Pkg {
		f := s.facts[fn]
		return f == nil || f.Traces // not yet computed (recursion): assume it does
	}
	if libraryInternal(fn.Pkg().Path()) {
		return true // instrumentation libraries (otelhttp's client, …)
	}
	// Another package: the pass ran there and left a fact on each
	// function that may start spans.
	f := s.factOf(fn)
	return f != nil && f.Traces
}

// traces reports whether fn (closures included) may start spans: it
// starts one, calls a function that does, or hands a context to an
// interface method or function value that might.
func (s *state) traces(fn *ssa.Function) bool {
	found := false
	forEachInstr(fn, true, func(in ssa.Instruction) {
		c, ok := in.(ssa.CallInstruction)
		if found || !ok {
			return
		}
		common := c.Common()
		if s.siteOf(common) != nil {
			found = true
			return
		}
		obj, callee := calleeObj(common)
		if obj != nil && obj.Pkg() != nil && tracingPackage(obj.Pkg().Path()) {
			return // the library's other functions start nothing
		}
		if callee == nil && !common.IsInvoke() {
			found = passesContext(common) // a function value
			return
		}
		if passesContext(common) && s.mayTrace(obj) {
			found = true
		}
	})
	return found
}

// passesContext reports whether a call passes a context.
func passesContext(common *ssa.CallCommon) bool {
	for _, a := range common.Args {
		if isContext(a.Type()) {
			return true
		}
	}
	return false
}

// linksTraces reports whether fn links spans (trace.LinkFromContext,
// Span.AddLink): a new root it starts is linked to the caller's trace on
// purpose.
func linksTraces(fn *ssa.Function) bool {
	found := false
	forEachInstr(fn, false, func(in ssa.Instruction) {
		if c, ok := in.(ssa.CallInstruction); ok {
			if obj, _ := calleeObj(c.Common()); obj != nil && (obj.Name() == "LinkFromContext" || obj.Name() == "AddLink") {
				found = true
			}
		}
	})
	return found
}
