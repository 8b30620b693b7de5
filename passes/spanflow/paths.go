package spanflow

import (
	"fmt"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// position returns the block and index of an instruction.
func (s *state) position(in ssa.Instruction) (*ssa.BasicBlock, int) {
	b := in.Block()
	if i, ok := s.index[in]; ok {
		return b, i
	}
	for i, x := range b.Instrs {
		s.index[x] = i
	}
	return b, s.index[in]
}

// succs returns the successors of b a path following the span takes:
// where b ends in a nil test of the span (if span != nil), only the branch
// where it is not nil, since there is nothing to end on the other.
func (t *tracked) succs(b *ssa.BasicBlock) []*ssa.BasicBlock {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 {
		return b.Succs
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return b.Succs
	}
	cond, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || (cond.Op != token.EQL && cond.Op != token.NEQ) {
		return b.Succs
	}
	x, y := cond.X, cond.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	if c, ok := y.(*ssa.Const); !ok || !c.IsNil() {
		return b.Succs
	}
	switch {
	case t.is(x, kSpan, kEnd):
		// Follow the branch where the span is not nil.
		if cond.Op == token.NEQ {
			return b.Succs[:1]
		}
		return b.Succs[1:]
	case t.errs[x] || sameValueIn(x, t.errs):
		// The start helper failed: by Go's convention its other results
		// are not the caller's to use (a helper that ends its span before
		// returning an error). Follow the branch where it succeeded.
		if cond.Op == token.NEQ {
			return b.Succs[1:]
		}
		return b.Succs[:1]
	}
	return b.Succs
}

// sameValueIn reports whether x is a load of a variable holding one of
// vals.
func sameValueIn(x ssa.Value, vals map[ssa.Value]bool) bool {
	for v := range vals {
		if sameValue(x, v) {
			return true
		}
	}
	return false
}

// leak finds a path from just after start (from the function's entry when
// start is nil) to a return on which the span is neither ended nor handed
// on, nor an End deferred. With start set, coming back to start (a loop)
// before the span is ended is a leak too.
func (t *tracked) leak(start ssa.Instruction, closes event) *Leak {
	if len(t.fn.Blocks) == 0 {
		return nil
	}
	b, i := t.fn.Blocks[0], 0
	if start != nil {
		b, i = t.s.position(start)
		i++
	}
	seen := make(map[*ssa.BasicBlock]bool)
	var walk func(b *ssa.BasicBlock, from int) *Leak
	walk = func(b *ssa.BasicBlock, from int) *Leak {
		for _, in := range b.Instrs[from:] {
			if in == start {
				return &Leak{Kind: LeakLoop, At: posOf(in)}
			}
			if t.events[in]&closes != 0 {
				return nil
			}
			switch in.(type) {
			case *ssa.Return:
				return &Leak{Kind: LeakReturn, At: posOf(in), Implicit: !in.Pos().IsValid()}
			case *ssa.Panic:
				return nil
			}
		}
		for _, succ := range t.succs(b) {
			if seen[succ] {
				continue
			}
			seen[succ] = true
			if l := walk(succ, 0); l != nil {
				return l
			}
		}
		return nil
	}
	return walk(b, i)
}

// errorPaths finds the returns of a possibly non-nil error reached from
// just after start while the span is open (not ended explicitly, not
// handed on) and not yet marked by an event in closes: SetStatus(Error)
// or RecordError. A SetStatus(codes.Ok, …) on the way is remembered. The
// nil tests of errors taken on the way are remembered too, so that after
// if err != nil { mark; return err } the path that skipped the block
// knows err is nil.
func (t *tracked) errorPaths(start ssa.Instruction, closes event) []ErrorReturn {
	if !hasErrorResult(t.fn) {
		return nil
	}
	b, i := t.s.position(start)
	seen := make(map[string]bool)
	var out []ErrorReturn
	reported := make(map[ssa.Instruction]bool)
	budget := 4096
	// ended is the explicit End on the path, if any: a return after it
	// is the span's business only when the error it returns was computed
	// while the span was open (res, err := do(ctx); span.End(); if err !=
	// nil { return err }), not after (go-spancheck #25).
	var walk func(b, from *ssa.BasicBlock, at int, ok token.Pos, known nilFacts, ended ssa.Instruction)
	walk = func(b, from *ssa.BasicBlock, at int, ok token.Pos, known nilFacts, ended ssa.Instruction) {
		if budget--; budget < 0 {
			return
		}
		for _, in := range b.Instrs[at:] {
			if in == start {
				return
			}
			e := t.events[in]
			if e&(closes&^evEnd) != 0 {
				return
			}
			if e&evEnd != 0 && ended == nil {
				ended = in
			}
			if e&(evOk|evDeferOk) != 0 && !ok.IsValid() && ended == nil {
				ok = t.okAt[in]
				if !ok.IsValid() {
					ok = posOf(in)
				}
			}
			switch in := in.(type) {
			case *ssa.Return:
				if reported[in] || !t.s.returnsError(in, known, from) {
					return
				}
				if ended != nil && !t.s.errorFrom(in, start, ended) {
					return
				}
				reported[in] = true
				er := t.s.errorReturn(in, ok)
				if ended != nil {
					er.Ended = posOf(ended)
					if c, isCall := ended.(ssa.CallInstruction); isCall {
						if ce := t.s.calls[c.Common().Pos()]; ce != nil {
							er.Ended = ce.Pos()
						}
					}
				}
				out = append(out, er)
				return
			case *ssa.Panic:
				return
			}
		}
		for _, succ := range t.succs(b) {
			k := known.after(b, succ)
			if k == nil && known != nil {
				continue // infeasible
			}
			key := fmt.Sprintf("%d/%d/%s/%t", succ.Index, ok, k, ended != nil)
			if seen[key] {
				continue
			}
			seen[key] = true
			walk(succ, b, 0, ok, k, ended)
		}
	}
	walk(b, nil, i+1, token.NoPos, nil, nil)
	return out
}

// nilFacts are the outcomes of nil tests taken on a path: value -> is nil.
type nilFacts map[ssa.Value]bool

// after returns the facts on the edge from b to succ: b's nil test of an
// error (or interface) value, when b ends in one.
func (k nilFacts) after(b, succ *ssa.BasicBlock) nilFacts {
	if len(b.Instrs) == 0 || len(b.Succs) != 2 || b.Succs[0] == b.Succs[1] {
		return k
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return k
	}
	cond, ok := ifi.Cond.(*ssa.BinOp)
	if !ok || cond.Op != token.EQL && cond.Op != token.NEQ {
		return k
	}
	x, y := cond.X, cond.Y
	if c, ok := x.(*ssa.Const); ok && c.IsNil() {
		x, y = y, x
	}
	if c, ok := y.(*ssa.Const); !ok || !c.IsNil() || !types.IsInterface(x.Type()) {
		return k
	}
	isNil := (cond.Op == token.EQL) == (succ == b.Succs[0])
	if was, ok := k[x]; ok && was != isNil {
		return nil // a branch this path cannot take
	}
	out := make(nilFacts, len(k)+2)
	for v, n := range k {
		out[v] = n
	}
	out[x] = isNil
	if load, ok := x.(*ssa.UnOp); ok && load.Op == token.MUL {
		if alloc, ok := load.X.(*ssa.Alloc); ok {
			if found, vals := reachingStores(alloc, load); found && len(vals) == 1 && vals[0].v != nil {
				out[vals[0].v] = isNil
			}
		}
	}
	return out
}

func (k nilFacts) String() string {
	if len(k) == 0 {
		return ""
	}
	parts := make([]string, 0, len(k))
	for v, n := range k {
		parts = append(parts, fmt.Sprintf("%s=%t", v.Name(), n))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// firstUse finds the first call reached from just after start while the
// span is open (deferred Ends do not close it here) that receives one of
// the values in args and for which pick returns true.
func (t *tracked) firstUse(start ssa.Instruction, pick func(ssa.CallInstruction) bool) ssa.CallInstruction {
	b, i := t.s.position(start)
	seen := make(map[*ssa.BasicBlock]bool)
	var walk func(b *ssa.BasicBlock, from int) ssa.CallInstruction
	walk = func(b *ssa.BasicBlock, from int) ssa.CallInstruction {
		for _, in := range b.Instrs[from:] {
			if in == start || t.events[in]&(evEnd|evMoved) != 0 {
				return nil
			}
			if c, ok := in.(ssa.CallInstruction); ok && pick(c) {
				return c
			}
			switch in.(type) {
			case *ssa.Return, *ssa.Panic:
				return nil
			}
		}
		for _, succ := range t.succs(b) {
			if seen[succ] {
				continue
			}
			seen[succ] = true
			if c := walk(succ, 0); c != nil {
				return c
			}
		}
		return nil
	}
	return walk(b, i+1)
}

// deferredBefore reports whether a Defer recorded with one of the events
// in want runs on every path to start: registered before it in its block,
// or in a block dominating it (a deferred closure declared before the
// span is assigned: var span trace.Span; defer func() { span.End() }()).
func (t *tracked) deferredBefore(start ssa.Instruction, want event) bool {
	sb, si := t.s.position(start)
	for in, e := range t.events {
		if e&want == 0 {
			continue
		}
		if _, ok := in.(*ssa.Defer); !ok {
			continue
		}
		b, i := t.s.position(in)
		if b == sb && i < si || b != sb && b.Dominates(sb) {
			return true
		}
	}
	return false
}
