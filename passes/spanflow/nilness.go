package spanflow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// hasErrorResult reports whether fn returns an error.
func hasErrorResult(fn *ssa.Function) bool {
	res := fn.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		if isError(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// returnsError reports whether ret may return a non-nil error: a result
// of type error that is not nil on the paths reaching it, as far as the
// nil tests dominating it tell (if err != nil { … }).
func (s *state) returnsError(ret *ssa.Return, known nilFacts, from *ssa.BasicBlock) bool {
	res := ret.Parent().Signature.Results()
	for i, v := range ret.Results {
		if i < res.Len() && isError(res.At(i).Type()) && mayBeNonNil(v, ret.Block(), known, from, 0) {
			return true
		}
	}
	return false
}

// errorReturn describes ret for the report: its syntax and the error
// expression it returns, when there is one.
func (s *state) errorReturn(ret *ssa.Return, ok token.Pos) ErrorReturn {
	er := ErrorReturn{Pos: posOf(ret), Ok: ok}
	if rs := s.returns[ret.Pos()]; rs != nil {
		er.Return = rs
		res := ret.Parent().Signature.Results()
		if len(rs.Results) == res.Len() {
			for i := len(rs.Results) - 1; i >= 0; i-- {
				if isError(res.At(i).Type()) {
					er.Err = rs.Results[i]
					break
				}
			}
		}
	}
	return er
}

// mayBeNonNil reports whether the error v, used in block b, may be
// non-nil there: known holds the nil tests taken on the path so far, from
// the block the path came to b from (nil when not known).
func mayBeNonNil(v ssa.Value, b *ssa.BasicBlock, known nilFacts, from *ssa.BasicBlock, depth int) bool {
	if depth > 16 {
		return true
	}
	if isNil, ok := known[v]; ok {
		return !isNil
	}
	switch x := v.(type) {
	case *ssa.Const:
		return !x.IsNil()
	case *ssa.MakeInterface:
		return true // a concrete value in an interface is never nil
	case *ssa.Phi:
		for i, e := range x.Edges {
			if i < len(x.Block().Preds) {
				p := x.Block().Preds[i]
				if x.Block() == b && from != nil && p != from {
					continue // not the edge this path took
				}
				if mayBeNonNil(e, p, known, nil, depth+1) {
					return true
				}
			}
		}
		return false
	case *ssa.UnOp:
		if x.Op == token.MUL {
			if alloc, ok := x.X.(*ssa.Alloc); ok {
				found, vals := reachingStores(alloc, x)
				if !found {
					return true
				}
				for _, sv := range vals {
					if sv.v == nil {
						continue // the zero value
					}
					// A nil test dominating the load, or the store,
					// tells.
					if mayBeNonNil(sv.v, x.Block(), known, nil, depth+1) && mayBeNonNil(sv.v, sv.b, known, nil, depth+1) {
						return true
					}
				}
				return false
			}
		}
	}
	if known, isNil := nilTest(v, b); known {
		return !isNil
	}
	return true
}

// nilTest looks for a nil test of v dominating b (if v != nil / v == nil)
// whose outcome on the way to b is known.
func nilTest(v ssa.Value, b *ssa.BasicBlock) (known, isNil bool) {
	for d := b.Idom(); d != nil; d = d.Idom() {
		if len(d.Instrs) == 0 || len(d.Succs) != 2 || d.Succs[0] == d.Succs[1] {
			continue
		}
		ifi, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		cond, ok := ifi.Cond.(*ssa.BinOp)
		if !ok || cond.Op != token.EQL && cond.Op != token.NEQ {
			continue
		}
		x, y := cond.X, cond.Y
		if c, ok := x.(*ssa.Const); ok && c.IsNil() {
			x, y = y, x
		}
		if c, ok := y.(*ssa.Const); !ok || !c.IsNil() || !sameValue(x, v) {
			continue
		}
		var branch int
		switch {
		case len(d.Succs[0].Preds) == 1 && d.Succs[0].Dominates(b):
			branch = 0
		case len(d.Succs[1].Preds) == 1 && d.Succs[1].Dominates(b):
			branch = 1
		default:
			continue
		}
		// v == nil holds on branch 0 of EQL and branch 1 of NEQ.
		return true, (cond.Op == token.EQL) == (branch == 0)
	}
	return false, false
}

type storedValue struct {
	v ssa.Value // nil: the variable's zero value
	b *ssa.BasicBlock
}

// reachingStores returns the values that may be stored in alloc when load
// reads it: the last store before it in its block, else the last store
// of each predecessor, back to the zero value at the entry. found is false
// when the search gives up.
func reachingStores(alloc *ssa.Alloc, load *ssa.UnOp) (found bool, vals []storedValue) {
	seen := make(map[*ssa.BasicBlock]bool)
	budget := 64
	var back func(b *ssa.BasicBlock, before int) bool
	back = func(b *ssa.BasicBlock, before int) bool {
		if budget--; budget < 0 {
			return false
		}
		for i := before - 1; i >= 0; i-- {
			if st, ok := b.Instrs[i].(*ssa.Store); ok && st.Addr == alloc {
				vals = append(vals, storedValue{st.Val, b})
				return true
			}
			if i2, ok := b.Instrs[i].(*ssa.Alloc); ok && i2 == alloc {
				vals = append(vals, storedValue{nil, b})
				return true
			}
		}
		if len(b.Preds) == 0 {
			vals = append(vals, storedValue{nil, b})
			return true
		}
		for _, p := range b.Preds {
			if seen[p] {
				continue
			}
			seen[p] = true
			if !back(p, len(p.Instrs)) {
				return false
			}
		}
		return true
	}
	b := load.Block()
	idx := -1
	for i, in := range b.Instrs {
		if in == load {
			idx = i
			break
		}
	}
	if idx < 0 {
		return false, nil
	}
	if !back(b, idx) {
		return false, nil
	}
	return true, vals
}

// sameValue reports whether x is v, or a load of a variable whose only
// reaching store is v (a named result, or a variable captured by a
// closure, tested after it is assigned).
func sameValue(x, v ssa.Value) bool {
	if x == v {
		return true
	}
	load, ok := x.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	alloc, ok := load.X.(*ssa.Alloc)
	if !ok {
		return false
	}
	found, vals := reachingStores(alloc, load)
	return found && len(vals) == 1 && vals[0].v == v
}

// errorFrom reports whether an error ret returns was computed between
// start and end: a call's result (or a value built from one) defined
// after the span started and before it was ended.
func (s *state) errorFrom(ret *ssa.Return, start, end ssa.Instruction) bool {
	res := ret.Parent().Signature.Results()
	for i, v := range ret.Results {
		if i >= res.Len() || !isError(res.At(i).Type()) {
			continue
		}
		for _, d := range errorSources(v, 0) {
			if s.before(start, d) && s.before(d, end) {
				return true
			}
		}
	}
	return false
}

// errorSources returns the instructions that compute the error v: through
// variables (their stores), phis and conversions, down to calls and other
// instructions.
func errorSources(v ssa.Value, depth int) []ssa.Instruction {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case *ssa.Const:
		return nil
	case *ssa.Phi:
		var out []ssa.Instruction
		for _, e := range x.Edges {
			out = append(out, errorSources(e, depth+1)...)
		}
		return out
	case *ssa.ChangeInterface:
		return errorSources(x.X, depth+1)
	case *ssa.UnOp:
		if alloc, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
			var out []ssa.Instruction
			if found, vals := reachingStores(alloc, x); found {
				for _, sv := range vals {
					if sv.v != nil {
						out = append(out, errorSources(sv.v, depth+1)...)
					}
				}
			}
			return out
		}
	}
	if c, ok := v.(*ssa.Call); ok {
		// A wrapper (fmt.Errorf("…: %w", err), s.rewrite(ctx, err)):
		// the errors it wraps are sources too.
		out := []ssa.Instruction{c}
		for _, a := range c.Common().Args {
			vals := []ssa.Value{a}
			if _, isSlice := a.(*ssa.Slice); isSlice {
				vals = varargValues(a)
			}
			for _, x := range vals {
				if mi, ok := x.(*ssa.MakeInterface); ok {
					x = mi.X
				}
				if isError(x.Type()) {
					out = append(out, errorSources(x, depth+1)...)
				}
			}
		}
		return out
	}
	if in, ok := v.(ssa.Instruction); ok {
		return []ssa.Instruction{in}
	}
	return nil
}

// before reports whether a runs before b on every path to b: earlier in
// the same block, or in a block dominating b's.
func (s *state) before(a, b ssa.Instruction) bool {
	ab, ai := s.position(a)
	bb, bi := s.position(b)
	if ab == bb {
		return ai < bi
	}
	return ab.Dominates(bb)
}
