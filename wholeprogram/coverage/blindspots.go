package coverage

import (
	"go/ast"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/wholeprogram/serving"
)

// work is what a function does that can fail unseen: the systems it calls
// out to, and whether it does file I/O.
type work struct {
	out []string // what it calls out to ("database/sql", "Redis"), sorted
	io  bool
}

// funcWork collects, for each declared function of the module (its
// closures' calls counted as its own), the out-of-process calls and file
// I/O it makes directly.
func (c *computer) funcWork(funcs []*ssa.Function) map[*types.Func]*work {
	out := make(map[*types.Func]*work)
	// Systems whose clients the program instruments: calls to them are
	// observed.
	instrumented := make(map[string]bool)
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					if what := instrumentsClient(serving.Callee(call.Common())); what != "" {
						instrumented[what] = true
					}
				}
			}
		}
	}
	c.clientsObserved = instrumented
	for _, fn := range funcs {
		decl := declOf(fn)
		if decl == nil {
			continue
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				what, io := callsOut(serving.Callee(call.Common()))
				if what == "" && !io {
					continue
				}
				if instrumented[what] {
					continue // through an instrumented client: seen
				}
				w := out[decl]
				if w == nil {
					w = new(work)
					out[decl] = w
				}
				w.io = w.io || io
				if what != "" && !contains(w.out, what) {
					w.out = append(w.out, what)
					sort.Strings(w.out)
				}
			}
		}
	}
	return out
}

// blindSpots ranks the blind functions worth instrumenting: those whose
// failure costs something — they call out of the process or do file I/O,
// or return an error on the way to such a call — by what they do and how
// many entry points reach them with nothing observed on the way. Getters,
// string helpers, response-writer wrappers and the like do none of that
// and are left out, as are generated code, mocks and packages only tests
// import.
func (c *computer) blindSpots(mg *moduleGraph, count map[*types.Func]int, works map[*types.Func]*work, blind map[*types.Func]bool) []BlindSpot {
	type spot struct {
		BlindSpot
		score int
	}
	testOnly := c.testOnlyPackages()
	decls := c.decls()
	var spots []spot
	for fn, n := range count {
		if c.excludedSpot(fn, decls, testOnly) {
			continue
		}
		s := spot{}
		s.Function = fn.FullName()
		s.Position = c.position(fn.Pos())
		s.EntryPoints = n
		s.ReturnsError = returnsError(fn)
		weight := 0
		var why []string
		if w := works[fn]; w != nil {
			s.Calls, s.DoesIO, s.OutOfProcess = w.out, w.io, len(w.out) > 0
			switch {
			case len(w.out) > 0:
				weight = 3
				why = append(why, "calls "+strings.Join(w.out, ", "))
			case w.io:
				weight = 2
				why = append(why, "does file I/O")
			}
			if len(w.out) > 0 && w.io {
				why = append(why, "does file I/O")
			}
		} else if s.ReturnsError {
			if via, what := reachesWork(mg, fn, works, blind); via != nil {
				weight = 1
				why = append(why, "reaches "+what+" through "+shortName(via))
			}
		}
		if weight == 0 {
			continue
		}
		if s.ReturnsError {
			weight++
			why = append(why, "returns error")
		}
		why = append(why, "reached blind from "+strconv.Itoa(n)+" entry point"+plural(n))
		s.Reason = strings.Join(why, ", ")
		s.score = weight * n
		if p := c.pkgOf[fn.Pkg()]; p != nil {
			s.Owner = c.prog.Convention(p).Owner(p.PkgPath)
		}
		spots = append(spots, s)
	}
	sort.Slice(spots, func(i, j int) bool {
		x, y := spots[i], spots[j]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.EntryPoints != y.EntryPoints {
			return x.EntryPoints > y.EntryPoints
		}
		if x.Function != y.Function {
			return x.Function < y.Function
		}
		return x.Position < y.Position // one init per file share a name
	})
	out := make([]BlindSpot, len(spots))
	for i, s := range spots {
		out[i] = s.BlindSpot
	}
	return out
}

// reachesWork finds, within three calls through blind functions, a
// function of the module that calls out or does I/O below fn.
func reachesWork(mg *moduleGraph, fn *types.Func, works map[*types.Func]*work, blind map[*types.Func]bool) (*types.Func, string) {
	type item struct {
		f     *types.Func
		depth int
	}
	seen := map[*types.Func]bool{fn: true}
	queue := []item{{fn, 0}}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		for _, callee := range mg.out[it.f] {
			if seen[callee] || !blind[callee] {
				continue
			}
			seen[callee] = true
			if w := works[callee]; w != nil {
				if len(w.out) > 0 {
					return callee, strings.Join(w.out, ", ")
				}
				return callee, "file I/O"
			}
			if it.depth < 2 {
				queue = append(queue, item{callee, it.depth + 1})
			}
		}
	}
	return nil, ""
}

// excludedSpot leaves out of the blind spots what nobody would instrument:
// generated code, mocks, test helpers, and the methods of types that wrap
// an http.ResponseWriter.
func (c *computer) excludedSpot(fn *types.Func, decls map[*types.Func]*ast.FuncDecl, testOnly map[string]bool) bool {
	if fn.Pkg() == nil || testOnly[fn.Pkg().Path()] || entrypoints.TestDoublePackage(fn.Pkg().Path()) {
		return true
	}
	if d := decls[fn]; d != nil {
		if c.mockFile(d) != "" {
			return true
		}
		if f := c.fileOf(d.Pos()); f != nil && diag.Generated(f) {
			return true
		}
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if isResponseWriter(recv.Type()) {
			return true
		}
	}
	return false
}

// isResponseWriter reports whether t implements http.ResponseWriter
// (Header, Write, WriteHeader).
func isResponseWriter(t types.Type) bool {
	has := func(name string) bool {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		_, ok := obj.(*types.Func)
		return ok
	}
	if n := typesutil.NamedOf(t); n != nil && typesutil.IsNamed(n, "net/http", "ResponseWriter") {
		return true
	}
	return has("Header") && has("Write") && has("WriteHeader")
}
