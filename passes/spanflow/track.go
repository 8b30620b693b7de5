package spanflow

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
)

// kind is the role a value plays for a tracked span.
type kind uint8

const (
	kSpan    kind = iota + 1 // the span itself (or an interface holding it)
	kCell                    // the address of a variable holding the span
	kCtx                     // a context carrying the span
	kCtxCell                 // the address of a variable holding such a context
	kEnd                     // a func that ends the span
	kEndCell                 // the address of a variable holding such a func
)

func (k kind) cell() kind {
	switch k {
	case kSpan:
		return kCell
	case kCtx:
		return kCtxCell
	case kEnd:
		return kEndCell
	}
	return k
}

func (k kind) elem() kind {
	switch k {
	case kCell:
		return kSpan
	case kCtxCell:
		return kCtx
	case kEndCell:
		return kEnd
	}
	return k
}

// event is what an instruction does to a tracked span.
type event uint16

const (
	evEnd         event = 1 << iota // ended here
	evDeferEnd                      // ended when the function returns
	evMoved                         // handed on: returned, stored, sent, given away
	evMark                          // marked failed
	evDeferMark                     // marked failed when the function returns (given the error)
	evOk                            // status set to Ok
	evDeferOk                       // status set to Ok when the function returns
	evRecord                        // RecordError
	evDeferRecord                   // RecordError when the function returns
)

const (
	closesAll    = evEnd | evDeferEnd | evMoved
	closesStatus = evEnd | evMoved | evMark | evDeferMark
	closesRecord = evEnd | evMoved | evRecord | evDeferRecord
)

// tracked is one span followed through one function: the values standing
// for it and what each instruction does to it.
type tracked struct {
	s        *state
	fn       *ssa.Function
	lib      Library
	endMarks bool // calling a kEnd value with the error marks the span failed

	seen     map[ssa.Value]kind
	work     []ssa.Value
	events   map[ssa.Instruction]event
	returned map[int]kind // result index -> what is returned there
	// ctxOnly: the span is carried by its context alone (the span result
	// is discarded or the start helper returns only a context), so a
	// context handed on takes the span with it.
	ctxOnly  bool
	explicit bool // an End (not deferred) is called
	// borrowedVia names the finishing helper or SpanFromContext call
	// through which a context of the span is ended.
	okAt map[ssa.Instruction]token.Pos
	// errs are the error results of the start call, when it has one: on
	// the paths where it is not nil the span is not the caller's.
	errs map[ssa.Value]bool
}

func (s *state) newTracked(fn *ssa.Function, lib Library) *tracked {
	return &tracked{
		s: s, fn: fn, lib: lib,
		seen:     make(map[ssa.Value]kind),
		events:   make(map[ssa.Instruction]event),
		returned: make(map[int]kind),
		okAt:     make(map[ssa.Instruction]token.Pos),
		errs:     make(map[ssa.Value]bool),
	}
}

func (t *tracked) add(v ssa.Value, k kind) {
	if v == nil {
		return
	}
	if _, ok := t.seen[v]; ok {
		return
	}
	t.seen[v] = k
	t.work = append(t.work, v)
}

func (t *tracked) ev(in ssa.Instruction, e event) { t.events[in] |= e }

// solve follows the seeded values through the function, recording events.
func (t *tracked) solve() {
	for len(t.work) > 0 {
		v := t.work[len(t.work)-1]
		t.work = t.work[:len(t.work)-1]
		refs := v.Referrers()
		if refs == nil {
			continue
		}
		k := t.seen[v]
		for _, in := range *refs {
			t.use(v, k, in)
		}
	}
}

// has reports whether v stands for the span in one of the given kinds.
func (t *tracked) is(v ssa.Value, kinds ...kind) bool {
	k, ok := t.seen[v]
	if !ok {
		return false
	}
	for _, want := range kinds {
		if k == want {
			return true
		}
	}
	return false
}

// use records what instruction in does with v, which stands for the span
// as k.
func (t *tracked) use(v ssa.Value, k kind, in ssa.Instruction) {
	switch in := in.(type) {
	case *ssa.DebugRef:
		return
	case *ssa.Phi:
		if k == kSpan || k == kCtx || k == kEnd {
			t.add(in, k)
		}
		return
	case *ssa.ChangeInterface:
		t.add(in, k)
		return
	case *ssa.MakeInterface:
		t.add(in, k)
		return
	case *ssa.ChangeType:
		t.add(in, k)
		return
	case *ssa.TypeAssert:
		if !in.CommaOk {
			t.add(in, k)
		} else if refs := in.Referrers(); refs != nil {
			for _, r := range *refs {
				if x, ok := r.(*ssa.Extract); ok && x.Index == 0 {
					t.add(x, k)
				}
			}
		}
		return
	case *ssa.Return:
		for i, r := range in.Results {
			if r == v {
				t.returned[i] = k
			}
		}
		if k != kCtx && k != kCtxCell || t.ctxOnly {
			t.ev(in, evMoved)
		}
		return
	case *ssa.MakeClosure:
		for j, b := range in.Bindings {
			if b == v {
				t.closure(in, j, k)
			}
		}
		return
	case ssa.CallInstruction:
		t.call(v, k, in)
		return
	}
	switch k {
	case kCell, kCtxCell, kEndCell:
		switch in := in.(type) {
		case *ssa.UnOp:
			if in.Op == token.MUL && in.X == v {
				t.add(in, k.elem())
			}
		case *ssa.Store:
			if in.Val == v { // the variable's address escapes
				t.ev(in, evMoved)
			}
		}
		return
	}
	switch in := in.(type) {
	case *ssa.Store:
		if in.Val != v {
			return
		}
		switch {
		case t.localCell(in.Addr) && (k != kCtx || t.onlyStored(in.Addr, v)):
			t.add(in.Addr, k.cell())
		case t.localCell(in.Addr):
			// A context variable also assigned other contexts (ctx, _ =
			// tracer.Start(ctx, …) on a captured ctx): a load in this
			// function carries the span only where every store reaching
			// it stored the span's context; closures' loads do not.
			t.loadsOf(in.Addr, v)
		case varargOf(in.Addr) != nil:
			// An element of a call's ...args: the call decides, as for
			// any argument; only an unknown callee may keep it.
			if call := varargOf(in.Addr); call.Common().StaticCallee() == nil && k != kCtx {
				t.ev(call, evMoved)
			}
		case k != kCtx || t.ctxOnly:
			t.ev(in, evMoved)
		}
	case *ssa.MapUpdate:
		if k != kCtx || t.ctxOnly {
			t.ev(in, evMoved)
		}
	case *ssa.Send:
		if in.X == v && (k != kCtx || t.ctxOnly) {
			t.ev(in, evMoved)
		}
	}
}

// localCell reports whether addr is a variable of the function (an Alloc
// of it, or a captured variable of a closure): its loads are the value
// stored, not a new owner.
func (t *tracked) localCell(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.Alloc:
		return a.Parent() == t.fn
	case *ssa.FreeVar:
		return a.Parent() == t.fn
	}
	return false
}

// call records what a call does with v.
func (t *tracked) call(v ssa.Value, k kind, call ssa.CallInstruction) {
	common := call.Common()
	_, deferred := call.(*ssa.Defer)
	_, async := call.(*ssa.Go)
	at := func(now, later event) {
		switch {
		case deferred:
			t.ev(call, later)
		case async:
			if now&evEnd != 0 {
				t.ev(call, evMoved)
			}
		default:
			t.ev(call, now)
			if now&evEnd != 0 {
				t.explicit = true
			}
		}
	}
	// A method of the span.
	if k == kSpan {
		if common.IsInvoke() && common.Value == v {
			t.method(common.Method.Name(), call, common.Args, at)
			return
		}
		if callee := common.StaticCallee(); callee != nil && common.Value != v && len(common.Args) > 0 && common.Args[0] == v {
			if obj, ok := callee.Object().(*types.Func); ok && obj.Type().(*types.Signature).Recv() != nil &&
				(spanLib(obj.Type().(*types.Signature).Recv().Type()) != 0 || t.lib == Custom) {
				t.method(obj.Name(), call, common.Args[1:], at)
				return
			}
		}
	}
	// Calling a func that ends the span.
	if k == kEnd && common.Value == v {
		e := evEnd
		if t.endMarks && passesError(common) {
			e |= evMark
		}
		later := evDeferEnd
		if e&evMark != 0 {
			later |= evDeferMark
		}
		at(e, later)
		return
	}
	if common.Value == v { // calling a kSpan/kCtx value: not a thing
		return
	}
	callee := common.StaticCallee()
	var obj *types.Func
	if callee != nil {
		obj, _ = callee.Object().(*types.Func)
	}
	for i, a := range common.Args {
		if a != v {
			continue
		}
		t.arg(call, common, callee, obj, i, k, at)
	}
}

// method records a call of the span's method name.
func (t *tracked) method(name string, call ssa.CallInstruction, args []ssa.Value, at func(now, later event)) {
	switch name {
	case "End", "Finish", "FinishWithOptions":
		at(evEnd, evDeferEnd)
	case "SetStatus":
		if len(args) == 0 {
			return
		}
		var st status
		if t.lib == OpenCensus {
			st = t.s.ocStatus(call)
		} else {
			st = otelStatus(args[0])
		}
		switch st {
		case statusMark:
			at(evMark, evDeferMark)
		case statusOk:
			at(evOk, evDeferOk)
			t.okAt[call] = callPos(call)
		}
	case "RecordError":
		at(evRecord, evDeferRecord)
	case "SetTag": // OpenTracing's error tag
		if len(args) == 2 && isConstString(args[0], "error") && !isConstBool(args[1], false) {
			at(evMark, evDeferMark)
		}
	}
}

// arg records what passing v as argument i of a call does.
func (t *tracked) arg(call ssa.CallInstruction, common *ssa.CallCommon, callee *ssa.Function, obj *types.Func, i int, k kind, at func(now, later event)) {
	_, async := call.(*ssa.Go)
	result := func() ssa.Value {
		if c, ok := call.(*ssa.Call); ok {
			return c
		}
		return nil
	}
	switch k {
	case kSpan:
		switch {
		case withSpan(obj) && i == 1:
			t.add(result(), kCtx)
			return
		case obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == pkgOTExt:
			switch obj.Name() {
			case "Set": // ext.Error.Set(span, true)
				if i == 1 && isNamed(common.Args[0].Type(), pkgOTExt, "boolTagName") && len(common.Args) == 3 && !isConstBool(common.Args[2], false) {
					at(evMark, evDeferMark)
				}
			case "LogError":
				at(evMark|evRecord, evDeferMark|evDeferRecord)
			}
			return
		case obj != nil && t.s.endHelpers[typesutil.FullName(obj)]:
			e, later := evEnd, evDeferEnd
			if passesError(common) {
				e, later = e|evMark|evRecord, later|evDeferMark|evDeferRecord
			}
			at(e, later)
			return
		}
	case kCtx:
		switch {
		case fromContext(obj) && i == 0:
			t.add(result(), kSpan)
			return
		case derivesContext(obj) && i == 0:
			if c := result(); c != nil {
				if _, tuple := c.Type().(*types.Tuple); tuple {
					extracts(c, 0, func(x *ssa.Extract) { t.add(x, kCtx) })
				} else {
					t.add(c, kCtx)
				}
			}
			return
		}
	}
	if callee == nil {
		// A function value or an interface method: it may keep the span
		// (contexts are passed everywhere and keep nothing).
		if k == kSpan || k == kCell || k == kEnd || k == kEndCell {
			t.ev(call, evMoved)
		}
		return
	}
	sum := t.s.paramSummary(callee, obj, i, k, t.lib)
	if sum == nil {
		return
	}
	if async {
		if sum.endsSome || sum.moved {
			t.ev(call, evMoved)
		}
		return
	}
	t.apply(sum, at)
}

// apply records a summary of a callee or closure at a call of it.
func (t *tracked) apply(sum *summary, at func(now, later event)) {
	var now, later event
	if sum.endsAlways {
		now, later = now|evEnd, later|evDeferEnd
	}
	if sum.moved && !sum.endsAlways {
		now, later = now|evMoved, later|evMoved
	}
	if sum.marks {
		now, later = now|evMark, later|evDeferMark
	}
	if sum.ok {
		now, later = now|evOk, later|evDeferOk
	}
	if sum.records {
		now, later = now|evRecord, later|evDeferRecord
	}
	if now != 0 || later != 0 {
		at(now, later)
	}
}

// closure records what a closure capturing the span (as binding j of mc)
// does with it, where the closure is called, deferred, run as a goroutine
// or handed on.
func (t *tracked) closure(mc *ssa.MakeClosure, j int, k kind) {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || j >= len(fn.FreeVars) {
		return
	}
	sum := t.s.closureSummary(fn, j, k, t.lib, t.endMarks, t.ctxOnly)
	t.closureUses(mc, sum, k, make(map[ssa.Value]bool))
}

func (t *tracked) closureUses(v ssa.Value, sum *summary, k kind, seen map[ssa.Value]bool) {
	if seen[v] || v.Referrers() == nil {
		return
	}
	seen[v] = true
	handsOn := sum.endsSome || sum.moved
	for _, in := range *v.Referrers() {
		switch in := in.(type) {
		case *ssa.DebugRef:
		case ssa.CallInstruction:
			common := in.Common()
			if common.Value == v {
				_, deferred := in.(*ssa.Defer)
				if _, async := in.(*ssa.Go); async {
					if handsOn {
						t.ev(in, evMoved)
					}
					continue
				}
				t.apply(sum, func(now, later event) {
					if deferred {
						t.ev(in, later)
					} else {
						t.ev(in, now)
					}
				})
				if sum.endsAlways && !deferred {
					t.explicit = true
				}
				continue
			}
			// Passed to a function (t.Cleanup, errgroup's Go, a
			// registry): the closure, and the span, are handed on.
			if handsOn {
				t.ev(in, evMoved)
			}
		case *ssa.Phi:
			t.closureUses(in, sum, k, seen)
		case *ssa.Store:
			if in.Val != v {
				continue
			}
			if t.localCell(in.Addr) {
				if refs := in.Addr.Referrers(); refs != nil {
					for _, r := range *refs {
						if l, ok := r.(*ssa.UnOp); ok && l.Op == token.MUL {
							t.closureUses(l, sum, k, seen)
						}
					}
				}
			} else if handsOn {
				t.ev(in, evMoved)
			}
		case *ssa.Return:
			if handsOn {
				t.ev(in, evMoved)
				for i, r := range in.Results {
					if r == v && sum.endsSome {
						t.returned[i] = kEnd
						if sum.marks {
							t.endMarks = true
						}
					}
				}
			}
		default:
			if handsOn {
				t.ev(in, evMoved)
			}
		}
	}
}

// summary is what a function (or closure) does with one span it is given.
type summary struct {
	endsAlways bool // ends (or hands on) the span on every path that returns
	endsSome   bool // ends it on some path
	moved      bool // hands it on on some path
	marks      bool // marks it failed on some path
	ok         bool // sets its status to Ok on some path
	records    bool // calls RecordError on some path
}

type summaryKey struct {
	fn *ssa.Function
	i  int
	k  kind
	fv bool // a free variable, not a parameter
}

// paramSummary returns what callee does with the span (or context, or
// address of a span) passed as its argument i: from the facts of other
// packages' functions, computed for this package's.
func (s *state) paramSummary(callee *ssa.Function, obj *types.Func, i int, k kind, lib Library) *summary {
	if callee.Pkg != s.pkg || len(callee.Blocks) == 0 {
		if obj == nil {
			return nil
		}
		if callee.Origin() != nil {
			if o, ok := callee.Origin().Object().(*types.Func); ok {
				obj = o
			}
		}
		f := s.factOf(obj)
		if f == nil {
			return nil
		}
		switch k {
		case kSpan, kCell:
			return &summary{endsAlways: has(f.Ends, i), endsSome: has(f.Ends, i), marks: has(f.Marks, i), records: has(f.Records, i)}
		case kCtx:
			return &summary{endsAlways: has(f.EndsCtx, i), endsSome: has(f.EndsCtx, i), marks: has(f.MarksCtx, i), records: has(f.RecordsCtx, i)}
		}
		return nil
	}
	if i >= len(callee.Params) {
		return nil // variadic tail
	}
	key := summaryKey{fn: callee, i: i, k: k}
	if sum, ok := s.summaries[key]; ok {
		return sum
	}
	s.summaries[key] = &summary{} // recursion: nothing known yet
	t := s.newTracked(callee, lib)
	t.add(callee.Params[i], paramKind(callee.Params[i].Type(), k))
	t.solve()
	sum := t.summarise(k == kCtx || k == kCtxCell)
	s.summaries[key] = sum
	return sum
}

// paramKind is the kind a parameter of type typ receiving a k takes: a
// pointer to a span is a cell.
func paramKind(typ types.Type, k kind) kind {
	if _, ok := types.Unalias(typ).Underlying().(*types.Pointer); ok && k == kCell {
		return kCell
	}
	return k.elem()
}

// closureSummary returns what closure fn does with the span bound to its
// free variable j as k.
func (s *state) closureSummary(fn *ssa.Function, j int, k kind, lib Library, endMarks, ctxOnly bool) *summary {
	key := summaryKey{fn: fn, i: j, k: k, fv: true}
	if sum, ok := s.summaries[key]; ok {
		return sum
	}
	s.summaries[key] = &summary{}
	t := s.newTracked(fn, lib)
	t.endMarks, t.ctxOnly = endMarks, ctxOnly
	t.add(fn.FreeVars[j], k)
	t.solve()
	sum := t.summarise(k == kCtx || k == kCtxCell)
	s.summaries[key] = sum
	return sum
}

// summarise sums up the events of a function given the span. Given a
// context, only Ends count: a span read from a context and kept (hotrod's
// logger stores trace.SpanFromContext(ctx) in the logger it returns) is
// not taken over, since it was never the function's to own.
func (t *tracked) summarise(ctxSeed bool) *summary {
	sum := &summary{}
	closes := closesAll
	if ctxSeed {
		closes = evEnd | evDeferEnd
	}
	for _, e := range t.events {
		if e&(evEnd|evDeferEnd) != 0 {
			sum.endsSome = true
		}
		if e&evMoved != 0 && !ctxSeed {
			sum.moved = true
		}
		if e&(evMark|evDeferMark) != 0 {
			sum.marks = true
		}
		if e&(evOk|evDeferOk) != 0 {
			sum.ok = true
		}
		if e&(evRecord|evDeferRecord) != 0 {
			sum.records = true
		}
	}
	if sum.endsSome || sum.moved {
		sum.endsAlways = t.leak(nil, closes) == nil
	}
	return sum
}

// passesError reports whether a call passes an error (or a pointer to
// one) among its arguments.
func passesError(common *ssa.CallCommon) bool {
	for _, a := range common.Args {
		t := a.Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if isError(t) {
			return true
		}
	}
	return false
}

// extracts calls f on each extract of result i of the tuple v.
func extracts(v ssa.Value, i int, f func(*ssa.Extract)) {
	if v == nil || v.Referrers() == nil {
		return
	}
	for _, r := range *v.Referrers() {
		if x, ok := r.(*ssa.Extract); ok && x.Index == i {
			f(x)
		}
	}
}

func isConstString(v ssa.Value, s string) bool {
	c, ok := v.(*ssa.Const)
	if mi, isMI := v.(*ssa.MakeInterface); isMI {
		c, ok = mi.X.(*ssa.Const)
	}
	return ok && c.Value != nil && c.Value.Kind() == constant.String && constant.StringVal(c.Value) == s
}

func isConstBool(v ssa.Value, b bool) bool {
	c, ok := v.(*ssa.Const)
	if mi, isMI := v.(*ssa.MakeInterface); isMI {
		c, ok = mi.X.(*ssa.Const)
	}
	return ok && c.Value != nil && c.Value.Kind() == constant.Bool && constant.BoolVal(c.Value) == b
}

// callPos is the position of a call's expression in the source.
func callPos(call ssa.CallInstruction) token.Pos {
	return call.Common().Pos()
}

// ocStatus classifies an OpenCensus SetStatus(trace.Status{Code: …})
// call from its syntax: code 0 (OK) is Ok, a constant other code or one
// known only at run time marks the span failed.
func (s *state) ocStatus(call ssa.CallInstruction) status {
	ce := s.calls[call.Common().Pos()]
	if ce == nil || len(ce.Args) != 1 {
		return statusMark
	}
	lit, ok := ast.Unparen(ce.Args[0]).(*ast.CompositeLit)
	if !ok {
		return statusMark
	}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Code" {
			if tv, ok := s.pass.TypesInfo.Types[kv.Value]; ok && tv.Value != nil {
				if v, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact && v == 0 {
					return statusOk
				}
			}
			return statusMark
		}
	}
	return statusOk // Code left zero
}

// varargOf returns the call whose ...args slice addr is an element of, or
// nil: new [n]T; &a[i] stored; a[:] passed to exactly one call.
func varargOf(addr ssa.Value) ssa.CallInstruction {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return nil
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok || arr.Referrers() == nil {
		return nil
	}
	var call ssa.CallInstruction
	for _, r := range *arr.Referrers() {
		switch r := r.(type) {
		case *ssa.IndexAddr, *ssa.DebugRef:
		case *ssa.Slice:
			if r.Referrers() == nil {
				return nil
			}
			for _, u := range *r.Referrers() {
				c, ok := u.(ssa.CallInstruction)
				if !ok || call != nil {
					return nil
				}
				call = c
			}
		default:
			return nil
		}
	}
	return call
}

// onlyStored reports whether every store to the variable addr stores v.
func (t *tracked) onlyStored(addr, v ssa.Value) bool {
	refs := addr.Referrers()
	if refs == nil {
		return true
	}
	for _, r := range *refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == addr && st.Val != v {
			return false
		}
	}
	return true
}

// loadsOf adds, as contexts carrying the span, the loads of the local
// variable addr in t.fn that only the store of v (or of other contexts
// carrying the span) reaches. A variable a closure may assign is left
// alone: its stores are out of sight.
func (t *tracked) loadsOf(addr, v ssa.Value) {
	alloc, ok := addr.(*ssa.Alloc)
	if !ok || alloc.Parent() != t.fn {
		return
	}
	refs := alloc.Referrers()
	if refs == nil {
		return
	}
	for _, r := range *refs {
		if mc, ok := r.(*ssa.MakeClosure); ok && assignsFreeVar(mc, alloc) {
			return
		}
	}
	for _, r := range *refs {
		load, ok := r.(*ssa.UnOp)
		if !ok || load.Op != token.MUL || load.X != alloc || t.seen[load] != 0 {
			continue
		}
		found, vals := reachingStores(alloc, load)
		if !found || len(vals) == 0 {
			continue
		}
		carries := true
		for _, sv := range vals {
			if sv.v != v && (sv.v == nil || t.seen[sv.v] != kCtx) {
				carries = false
				break
			}
		}
		if carries {
			t.add(load, kCtx)
		}
	}
}

// assignsFreeVar reports whether the closure mc stores into the variable
// alloc it captures.
func assignsFreeVar(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return true
	}
	for j, b := range mc.Bindings {
		if b != alloc || j >= len(fn.FreeVars) {
			continue
		}
		refs := fn.FreeVars[j].Referrers()
		if refs == nil {
			continue
		}
		for _, r := range *refs {
			switch r.(type) {
			case *ssa.UnOp, *ssa.DebugRef:
			default:
				return true // stored, or handed on: out of sight
			}
		}
	}
	return false
}
