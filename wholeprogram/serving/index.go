package serving

import (
	"go/types"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/ssa"
)

// index holds what the backward tracing looks up: where each field,
// global, local cell and container element is written, which closures
// bind which cells, and who calls each function.
type index struct {
	cg *callgraph.Graph

	fieldStores  map[*types.Var][]ssa.Value  // field-based: any object's field f
	globalStores map[*ssa.Global][]ssa.Value // package variables
	cellStores   map[ssa.Value][]ssa.Value   // *ssa.Alloc or *ssa.FreeVar cells
	elemStores   map[ssa.Value][]ssa.Value   // container (array alloc, slice, makeslice) -> elements
	mapUpdates   map[ssa.Value][]ssa.Value   // map value -> values put in it
	closures     map[*ssa.Function][]*ssa.MakeClosure
	cellBinders  map[ssa.Value][]*ssa.FreeVar // a cell -> the closures' free variables bound to it
	funcUses     map[*ssa.Function][]ssa.CallInstruction
	inModule     map[*ssa.Function]bool
	ssaFunc      map[*types.Func]*ssa.Function // the module's declared functions
}

func newIndex(cg *callgraph.Graph, funcs []*ssa.Function) *index {
	ix := &index{
		cg:           cg,
		fieldStores:  make(map[*types.Var][]ssa.Value),
		globalStores: make(map[*ssa.Global][]ssa.Value),
		cellStores:   make(map[ssa.Value][]ssa.Value),
		elemStores:   make(map[ssa.Value][]ssa.Value),
		mapUpdates:   make(map[ssa.Value][]ssa.Value),
		closures:     make(map[*ssa.Function][]*ssa.MakeClosure),
		cellBinders:  make(map[ssa.Value][]*ssa.FreeVar),
		funcUses:     make(map[*ssa.Function][]ssa.CallInstruction),
		inModule:     make(map[*ssa.Function]bool),
		ssaFunc:      make(map[*types.Func]*ssa.Function),
	}
	for _, fn := range funcs {
		ix.inModule[fn] = true
		if obj, ok := fn.Object().(*types.Func); ok && fn.Synthetic == "" && fn.Parent() == nil {
			ix.ssaFunc[obj] = fn
		}
	}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ix.add(instr)
			}
		}
	}
	return ix
}

func (ix *index) add(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		switch addr := in.Addr.(type) {
		case *ssa.FieldAddr:
			if f := fieldVar(addr.X.Type(), addr.Field); f != nil {
				ix.fieldStores[f] = append(ix.fieldStores[f], in.Val)
			}
		case *ssa.Global:
			ix.globalStores[addr] = append(ix.globalStores[addr], in.Val)
		case *ssa.Alloc, *ssa.FreeVar:
			ix.cellStores[addr] = append(ix.cellStores[addr], in.Val)
		case *ssa.IndexAddr:
			ix.elemStores[addr.X] = append(ix.elemStores[addr.X], in.Val)
		}
	case *ssa.MapUpdate:
		ix.mapUpdates[in.Map] = append(ix.mapUpdates[in.Map], in.Value)
	case *ssa.MakeClosure:
		fn := in.Fn.(*ssa.Function)
		ix.closures[fn] = append(ix.closures[fn], in)
		for i, b := range in.Bindings {
			if i < len(fn.FreeVars) {
				ix.cellBinders[b] = append(ix.cellBinders[b], fn.FreeVars[i])
			}
		}
		ix.noteFuncUse(in, fn)
	case ssa.CallInstruction:
		for _, a := range in.Common().Args {
			if f, ok := a.(*ssa.Function); ok {
				ix.funcUses[f] = append(ix.funcUses[f], in)
			}
		}
	}
}

// noteFuncUse records calls a closure is passed to (chi's r.Route("/x",
// func(r chi.Router) {...})): its parameters come from that call.
func (ix *index) noteFuncUse(mc *ssa.MakeClosure, fn *ssa.Function) {
	for _, ref := range *mc.Referrers() {
		if call, ok := ref.(ssa.CallInstruction); ok {
			for _, a := range call.Common().Args {
				if a == mc {
					ix.funcUses[fn] = append(ix.funcUses[fn], call)
				}
			}
		}
	}
}

// fieldVar returns the i'th field of the struct t points to or is.
func fieldVar(t types.Type, i int) *types.Var {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}

// callers returns the call sites of fn in the call graph.
func (ix *index) callers(fn *ssa.Function) []ssa.CallInstruction {
	node := ix.cg.Nodes[fn]
	if node == nil {
		return nil
	}
	var out []ssa.CallInstruction
	seen := make(map[ssa.CallInstruction]bool)
	for _, e := range node.In {
		if e.Site != nil && !seen[e.Site] {
			seen[e.Site] = true
			out = append(out, e.Site)
		}
	}
	return out
}

// callees returns the functions a call site may call, from the call
// graph, or its static callee.
func (ix *index) callees(site ssa.CallInstruction) []*ssa.Function {
	if f := site.Common().StaticCallee(); f != nil {
		return []*ssa.Function{f}
	}
	node := ix.cg.Nodes[site.Parent()]
	if node == nil {
		return nil
	}
	var out []*ssa.Function
	for _, e := range node.Out {
		if e.Site == site {
			out = append(out, e.Callee.Func)
		}
	}
	return out
}

// argOf returns the value a call passes for the callee's i'th parameter
// (the receiver counting as the first for methods).
func argOf(site ssa.CallInstruction, callee *ssa.Function, i int) ssa.Value {
	c := site.Common()
	if c.IsInvoke() {
		if i == 0 {
			return c.Value
		}
		i--
	} else if callee.Signature.Recv() != nil && len(c.Args) == len(callee.Params)-1 {
		// a bound method called through its wrapper: the receiver is
		// bound, not passed
		if i == 0 {
			return nil
		}
		i--
	}
	if i < len(c.Args) {
		return c.Args[i]
	}
	return nil
}

// paramIndex returns the position of p among its function's parameters.
func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}
