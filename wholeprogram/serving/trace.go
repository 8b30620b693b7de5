package serving

import (
	"fmt"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
)

// origin is where a handler, router or server value comes from.
type origin struct {
	root  *Root       // a router, mux or server the program creates
	fn    *types.Func // a declared function or method used as a handler
	kinds Kind        // what wrappers between the origin and the use record
	why   string      // set when the value could not be followed
	// dead is set with why when the value comes from a parameter of a
	// function nothing in the program calls.
	dead bool
}

// frame binds the parameters of a callee entered through one call, so
// that a wrapper's parameter leads back to that call's argument, not to
// every caller's.
type frame struct {
	call   ssa.CallInstruction
	callee *ssa.Function
	up     *frame
}

// tracer traces values backwards. One query (trace of one value) shares
// a visited set and a step budget.
type tracer struct {
	ix    *index
	cfg   *Config
	roots map[any]*Root // by creating instruction or key
	res   *Result

	visited map[visit]bool // on the current path: cycles
	memo    map[visit][]origin
	steps   int
}

type visit struct {
	v  ssa.Value
	fr *frame
}

// maxSteps bounds one query: real code has long chains of helpers but not
// thousands.
const maxSteps = 4000

// query traces v from scratch.
func (t *tracer) query(v ssa.Value) []origin {
	t.visited = make(map[visit]bool)
	t.memo = make(map[visit][]origin)
	t.steps = 0
	return t.trace(v, nil)
}

func unresolved(format string, args ...any) []origin {
	return []origin{{why: fmt.Sprintf(format, args...)}}
}

// addKinds returns os with k added to each origin.
func addKinds(os []origin, k Kind) []origin {
	if k == 0 {
		return os
	}
	for i := range os {
		os[i].kinds |= k
	}
	return os
}

func (t *tracer) trace(v ssa.Value, fr *frame) []origin {
	if v == nil {
		return unresolved("a value the analysis does not model")
	}
	key := visit{v, fr}
	if done, ok := t.memo[key]; ok {
		// Reached again by another path (a value used on both sides of
		// a φ): the same origins, copied, since callers add kinds.
		return append([]origin(nil), done...)
	}
	if t.visited[key] {
		return nil // a cycle: the other paths say where it comes from
	}
	if t.steps++; t.steps > maxSteps {
		return unresolved("the value goes through too many steps to follow")
	}
	t.visited[key] = true
	out := t.origins(v, fr)
	delete(t.visited, key)
	t.memo[key] = append([]origin(nil), out...)
	return out
}

// origins is trace's work for one value.
func (t *tracer) origins(v ssa.Value, fr *frame) []origin {
	switch v := v.(type) {
	case *ssa.Const:
		if v.IsNil() {
			return nil
		}
		return nil
	case *ssa.Function:
		if obj, ok := v.Object().(*types.Func); ok && v.Synthetic == "" {
			return []origin{{fn: obj}}
		}
		return t.closure(v, nil, fr)
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic != "" {
			return []origin{{fn: obj}} // a method value: x.Handler
		}
		return t.closure(fn, v.Bindings, fr)
	case *ssa.Call:
		return t.callResult(v, 0, fr)
	case *ssa.Extract:
		switch tuple := v.Tuple.(type) {
		case *ssa.Call:
			return t.callResult(tuple, v.Index, fr)
		case *ssa.TypeAssert:
			return t.trace(tuple.X, fr)
		case *ssa.Lookup:
			return t.elements(tuple.X, fr)
		case *ssa.Next:
			if v.Index == 2 {
				if r, ok := tuple.Iter.(*ssa.Range); ok {
					return t.elements(r.X, fr)
				}
			}
		}
		return unresolved("a value extracted from %s", kindOf(v.Tuple))
	case *ssa.Parameter:
		return t.param(v, fr)
	case *ssa.FreeVar:
		return t.freeVar(v, fr, false)
	case *ssa.Phi:
		var out []origin
		for _, e := range v.Edges {
			out = append(out, t.trace(e, fr)...)
		}
		return t.alternatives(v, out)
	case *ssa.MakeInterface:
		return t.trace(v.X, fr)
	case *ssa.ChangeInterface:
		return t.trace(v.X, fr)
	case *ssa.ChangeType:
		return t.trace(v.X, fr)
	case *ssa.Convert:
		return t.trace(v.X, fr)
	case *ssa.TypeAssert:
		return t.trace(v.X, fr)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return t.load(v.X, v, fr)
		}
		return unresolved("a value received from a channel")
	case *ssa.Field:
		return t.fieldValues(fieldVar(v.X.Type(), v.Field), v.X, fr)
	case *ssa.FieldAddr:
		// The address of a field as a value: a promoted method's
		// receiver (gin's engine.Group is engine.RouterGroup.Group), or
		// a router held by value in a struct.
		f := fieldVar(v.X.Type(), v.Field)
		if f != nil && f.Embedded() {
			return t.trace(v.X, fr)
		}
		if f != nil && isRouterValueType(types.NewPointer(f.Type())) {
			return []origin{{root: t.rootFor(f, frameworkOf(f.Type()), typeName(f.Type())+" in field "+fieldName(f), "")}}
		}
		return unresolved("the address of field %s", fieldName(f))
	case *ssa.Alloc:
		return t.allocated(v, fr)
	case *ssa.Lookup:
		return t.elements(v.X, fr)
	case *ssa.Slice:
		// A variadic argument: what the slice holds.
		return t.elements(v.X, fr)
	case *ssa.MakeMap:
		// A map that is itself a handler, routing by key
		// (gorilla/handlers.MethodHandler{"GET": h}).
		return t.elements(v, fr)
	case *ssa.Index:
		return t.elements(v.X, fr)
	}
	return unresolved("%s", kindOf(v))
}

// alternatives merges the origins of a φ: the values one run chooses
// between, usually by configuration (h = otelhttp.NewHandler(h, "x")
// under a flag; ch = ch.WithServerStatsHandler(sh) under a flag). As
// options added under a flag count, what any alternative records counts:
// the kinds of one object reached several ways are joined, and several
// routers become one whose parents are the alternatives.
func (t *tracer) alternatives(phi *ssa.Phi, os []origin) []origin {
	var out []origin
	byRoot := make(map[*Root]int)
	byFn := make(map[*types.Func]int)
	var roots []*Root
	for _, o := range os {
		switch {
		case o.root != nil:
			if i, ok := byRoot[o.root]; ok {
				out[i].kinds |= o.kinds
				continue
			}
			byRoot[o.root] = len(out)
			roots = append(roots, o.root)
		case o.fn != nil:
			if i, ok := byFn[o.fn]; ok {
				out[i].kinds |= o.kinds
				continue
			}
			byFn[o.fn] = len(out)
		}
		out = append(out, o)
	}
	if len(roots) < 2 {
		return out
	}
	alt := t.rootFor(phi, roots[0].Framework, "one of "+roots[0].What+" and "+itoa(len(roots)-1)+" more, chosen at run time", "")
	alt.Pos = phi.Pos()
	if len(alt.edges) == 0 {
		for _, o := range out {
			if o.root != nil {
				alt.edges = append(alt.edges, edge{to: o.root, kinds: o.kinds, what: "alternative " + o.root.What, derived: true})
			}
		}
	}
	merged := []origin{{root: alt}}
	for _, o := range out {
		if o.root == nil {
			merged = append(merged, o)
		}
	}
	return merged
}

func itoa(n int) string { return fmt.Sprint(n) }

// kindOf names a value's kind for messages.
func kindOf(v ssa.Value) string {
	switch v.(type) {
	case *ssa.UnOp:
		return "a dereference"
	case *ssa.Slice:
		return "a slice expression"
	case *ssa.BinOp:
		return "an expression"
	}
	return fmt.Sprintf("a %T", v)
}

// closure describes an anonymous function used as a handler. One that
// captures handlers is a wrapper (middleware returning
// http.HandlerFunc(func(w, r) { ...; next.ServeHTTP(w, r) })): requests
// reach the captured handlers through it, and what its body records is
// added. One that captures none is an anonymous handler, which is not an
// entry point.
func (t *tracer) closure(fn *ssa.Function, bindings []ssa.Value, fr *frame) []origin {
	if top := declaring(fn); t.cfg.factory(top) {
		// The handler a factory builds: the factory is the entry point.
		return []origin{{fn: top}}
	}
	var out []origin
	for i, fv := range fn.FreeVars {
		held := derefCell(fv.Type())
		factory := isHandlerFactory(held)
		if !isHandlerValueType(held) && !factory || !servesThrough(fv) {
			continue
		}
		var os []origin
		if i < len(bindings) {
			os = t.bound(bindings[i], fv, fr)
		} else {
			os = t.freeVar(fv, fr, true)
		}
		if factory {
			// A function building the handler per request (a dispatcher
			// called with a dispatch func): the handlers it returns.
			os = t.built(os)
		}
		out = append(out, os...)
	}
	return addKinds(out, t.cfg.bodyKinds(fn))
}

// declaring returns the declared function a function literal is
// written in, or nil.
func declaring(fn *ssa.Function) *types.Func {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}

// servesThrough reports whether a closure passes requests to the
// captured value: calls its ServeHTTP, calls it (a handler or factory
// function), or hands it to a call (next.ServeHTTP through a helper). A
// handler captured for other reasons (an app object whose fields the
// closure reads) is not wrapped by it.
func servesThrough(fv *ssa.FreeVar) bool {
	var uses func(v ssa.Value, depth int) bool
	uses = func(v ssa.Value, depth int) bool {
		if depth > 3 {
			return false
		}
		for _, ref := range *v.Referrers() {
			switch r := ref.(type) {
			case ssa.CallInstruction:
				c := r.Common()
				if c.Value == v {
					return true // h(w, r), or an invoke of h.ServeHTTP
				}
				if f := c.StaticCallee(); f != nil && len(c.Args) > 0 && c.Args[0] == v && f.Name() == "ServeHTTP" {
					return true
				}
				for _, a := range c.Args {
					if a == v && c.StaticCallee() != nil && c.StaticCallee().Name() != "ServeHTTP" && isHandlerValueType(a.Type()) {
						return true // http.TimeoutHandler(next, ...), a helper given next
					}
				}
			case *ssa.UnOp:
				if uses(r, depth+1) {
					return true
				}
			case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface:
				if uses(r.(ssa.Value), depth+1) {
					return true
				}
			}
		}
		return false
	}
	return uses(fv, 0)
}

// isHandlerFactory reports whether t is a function type returning a
// handler: func(ctx *Context, r *http.Request) http.Handler.
func isHandlerFactory(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Results().Len() == 1 && isHandlerValueType(sig.Results().At(0).Type()) && !isHandlerSignature(sig)
}

// built traces what the factory functions among os return.
func (t *tracer) built(os []origin) []origin {
	var out []origin
	for _, o := range os {
		if o.fn == nil {
			out = append(out, o)
			continue
		}
		f := t.ix.ssaFunc[o.fn]
		if f == nil {
			continue
		}
		for _, r := range returns(f, 0) {
			out = append(out, addKinds(t.trace(r, nil), o.kinds)...)
		}
	}
	return out
}

// bound traces a closure binding: the captured variable's cell, whose
// stores say what it holds, or the captured value itself.
func (t *tracer) bound(b ssa.Value, fv *ssa.FreeVar, fr *frame) []origin {

	if _, isCell := fv.Type().Underlying().(*types.Pointer); isCell && !isHandlerValueType(fv.Type()) {
		return t.load(b, nil, fr)
	}
	return t.trace(b, fr)
}

// derefCell returns the type a captured variable holds.
func derefCell(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok && !isHandlerValueType(t) {
		return p.Elem()
	}
	return t
}

// freeVar traces a closure's free variable to what its creators bind.
func (t *tracer) freeVar(fv *ssa.FreeVar, fr *frame, deref bool) []origin {
	fn := fv.Parent()
	idx := -1
	for i, f := range fn.FreeVars {
		if f == fv {
			idx = i
		}
	}
	mcs := t.ix.closures[fn]
	if len(mcs) == 0 {
		return unresolved("a variable captured by a closure the analysis does not see created")
	}
	var out []origin
	for _, mc := range mcs {
		if idx < len(mc.Bindings) {
			if deref {
				out = append(out, t.bound(mc.Bindings[idx], fv, fr)...)
			} else {
				out = append(out, t.trace(mc.Bindings[idx], fr)...)
			}
		}
	}
	return out
}

// param traces a parameter to the arguments callers pass.
func (t *tracer) param(p *ssa.Parameter, fr *frame) []origin {
	fn := p.Parent()
	i := paramIndex(p)
	for f := fr; f != nil; f = f.up {
		if f.callee == fn {
			return t.trace(argOf(f.call, fn, i), f.up)
		}
	}
	var out []origin
	sites := t.ix.callers(fn)
	for _, site := range sites {
		if a := argOf(site, fn, i); a != nil {
			out = append(out, t.trace(a, nil)...)
		}
	}
	if len(sites) > 0 {
		return out
	}
	// A callback handed to a router method: chi's r.Route("/x",
	// func(r chi.Router) {...}) and r.Group(func(r chi.Router) {...})
	// give it a router derived from the receiver.
	if isRouterValueType(p.Type()) {
		for _, use := range t.ix.funcUses[fn] {
			if recv, ok := routerReceiver(use); ok {
				return []origin{{root: t.derived(use.Value(), use, recv)}}
			}
		}
	}
	o := unresolved("parameter %s of %s, which nothing in the analysed packages calls", p.Name(), fn.Name())
	o[0].dead = true
	return o
}

// routerReceiver returns the receiver of a call of a router's method.
func routerReceiver(call ssa.CallInstruction) (ssa.Value, bool) {
	c := call.Common()
	if c.IsInvoke() {
		return c.Value, isRouterValueType(c.Value.Type())
	}
	if f := c.StaticCallee(); f != nil && f.Signature.Recv() != nil && len(c.Args) > 0 {
		return c.Args[0], isRouterValueType(c.Args[0].Type())
	}
	return nil, false
}

// load traces a load from addr: the values stored there.
func (t *tracer) load(addr ssa.Value, loaded *ssa.UnOp, fr *frame) []origin {
	switch a := addr.(type) {
	case *ssa.Global:
		if r := t.globalRoot(a); r != nil {
			return []origin{{root: r}}
		}
		stores := t.ix.globalStores[a]
		if len(stores) == 0 {
			return unresolved("package variable %s, set outside the analysed packages", a.Name())
		}
		var out []origin
		for _, s := range stores {
			out = append(out, t.trace(s, nil)...)
		}
		return out
	case *ssa.FieldAddr:
		return t.fieldValues(fieldVar(a.X.Type(), a.Field), a.X, fr)
	case *ssa.Alloc:
		if elem := a.Type().Underlying().(*types.Pointer).Elem(); isRouterValueType(types.NewPointer(elem)) {
			// *(&grpchan.HandlerMap{}), a router held by value: the
			// object is the allocation.
			return t.allocated(a, fr)
		}
		stores := t.storedAt(a)
		if len(stores) == 0 {
			return t.allocated(a, fr) // a struct value built field by field
		}
		var out []origin
		for _, s := range stores {
			out = append(out, t.trace(s, fr)...)
		}
		return out
	case *ssa.FreeVar:
		out := t.freeVar(a, fr, true)
		for _, s := range t.ix.cellStores[a] {
			out = append(out, t.trace(s, fr)...)
		}
		return out
	case *ssa.IndexAddr:
		return t.elements(a.X, fr)
	case *ssa.Parameter:
		return unresolved("a value loaded through pointer parameter %s", a.Name())
	}
	return unresolved("a value loaded from %s", kindOf(addr))
}

// fieldValues traces the values stored in field f of any object: the
// analysis is field-based. A field that nothing in the program sets may
// belong to an object a server builder made (dskit's server.HTTP).
func (t *tracer) fieldValues(f *types.Var, base ssa.Value, fr *frame) []origin {
	if f == nil {
		return unresolved("a field the analysis cannot name")
	}
	stores := t.ix.fieldStores[f]
	if len(stores) == 0 {
		for _, o := range t.trace(base, fr) {
			if o.root != nil && o.root.Builder != "" {
				return []origin{{root: t.builderField(o.root, f)}}
			}
		}
		return unresolved("field %s, set outside the analysed packages", fieldName(f))
	}
	var out []origin
	for _, s := range stores {
		out = append(out, t.trace(s, nil)...)
	}
	return out
}

func fieldName(f *types.Var) string {
	if f.Pkg() != nil {
		return f.Pkg().Name() + "." + f.Name()
	}
	return f.Name()
}

// elements traces what a slice, array or map may hold.
func (t *tracer) elements(c ssa.Value, fr *frame) []origin {
	var out []origin
	for _, v := range t.elementValues(c, fr, make(map[ssa.Value]bool)) {
		if v == nil {
			out = append(out, unresolved("elements of a container the analysis cannot follow")...)
			continue
		}
		out = append(out, t.trace(v, fr)...)
	}
	return out
}

// elementValues lists the values written into container c (nil for a
// source it cannot follow).
func (t *tracer) elementValues(c ssa.Value, fr *frame, seen map[ssa.Value]bool) []ssa.Value {
	if seen[c] {
		return nil
	}
	seen[c] = true
	out := append([]ssa.Value(nil), t.ix.elemStores[c]...)
	out = append(out, t.ix.mapUpdates[c]...)
	switch c := c.(type) {
	case *ssa.Alloc, *ssa.MakeSlice, *ssa.MakeMap, *ssa.Const:
		return out
	case *ssa.Slice:
		return append(out, t.elementValues(c.X, fr, seen)...)
	case *ssa.Phi:
		for _, e := range c.Edges {
			out = append(out, t.elementValues(e, fr, seen)...)
		}
		return out
	case *ssa.UnOp:
		if c.Op == token.MUL {
			for _, s := range t.storedAt(c.X) {
				out = append(out, t.elementValues(s, fr, seen)...)
			}
			return out
		}
	case *ssa.Call:
		if b, ok := c.Call.Value.(*ssa.Builtin); ok && b.Name() == "append" {
			for _, a := range c.Call.Args {
				out = append(out, t.elementValues(a, fr, seen)...)
			}
			return out
		}
		if f := c.Call.StaticCallee(); f != nil && t.ix.inModule[f] {
			for _, r := range returns(f, 0) {
				out = append(out, t.elementValues(r, fr, seen)...)
			}
			return out
		}
	case *ssa.Parameter:
		fn := c.Parent()
		i := paramIndex(c)
		for _, site := range t.ix.callers(fn) {
			if a := argOf(site, fn, i); a != nil {
				out = append(out, t.elementValues(a, fr, seen)...)
			}
		}
		return out
	case *ssa.ChangeType:
		return append(out, t.elementValues(c.X, fr, seen)...)
	}
	if len(out) == 0 {
		out = append(out, nil)
	}
	return out
}

// storedAt lists the values stored at an address: a global, a field, a
// local cell.
func (t *tracer) storedAt(addr ssa.Value) []ssa.Value {
	switch a := addr.(type) {
	case *ssa.Global:
		return t.ix.globalStores[a]
	case *ssa.FieldAddr:
		if f := fieldVar(a.X.Type(), a.Field); f != nil {
			return t.ix.fieldStores[f]
		}
	case *ssa.Alloc:
		out := t.ix.cellStores[a]
		for _, fv := range t.ix.cellBinders[a] {
			out = append(out, t.ix.cellStores[fv]...)
		}
		return out
	case *ssa.FreeVar:
		return t.ix.cellStores[a]
	}
	return nil
}

// returns lists the values fn returns in result position i.
func returns(fn *ssa.Function, i int) []ssa.Value {
	var out []ssa.Value
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
			out = append(out, ret.Results[i])
		}
	}
	return out
}

// allocated describes an object allocated in the program: a router (a
// &http.ServeMux{} literal), a handler object (its ServeHTTP is the
// handler; one that holds other handlers wraps them), or something else.
func (t *tracer) allocated(a *ssa.Alloc, fr *frame) []origin {
	elem := a.Type().Underlying().(*types.Pointer).Elem()
	if isRouterValueType(types.NewPointer(elem)) {
		return []origin{{root: t.rootFor(a, frameworkOf(elem), "&"+typeName(elem)+"{}", "")}}
	}
	named := typesutil.NamedOf(elem)
	if named == nil {
		return unresolved("an object of type %s", elem)
	}
	serve := serveHTTP(elem)
	if serve == nil {
		return unresolved("an object of type %s, which is not a handler", typeName(elem))
	}
	// A wrapper holds the handlers it passes requests to.
	var out []origin
	if s, ok := named.Underlying().(*types.Struct); ok {
		for i := 0; i < s.NumFields(); i++ {
			f := s.Field(i)
			if isHandlerValueType(f.Type()) {
				out = append(out, t.fieldValues(f, a, fr)...)
			}
		}
	}
	if len(out) > 0 {
		return addKinds(out, t.cfg.inside(serve))
	}
	return []origin{{fn: serve}}
}

// serveHTTP returns the ServeHTTP method of *T, or nil.
func serveHTTP(t types.Type) *types.Func {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), true, nil, "ServeHTTP")
	fn, _ := obj.(*types.Func)
	return fn
}

func typeName(t types.Type) string {
	if n := typesutil.NamedOf(t); n != nil && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Name() + "." + n.Obj().Name()
	}
	return t.String()
}
