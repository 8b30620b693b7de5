package coverage

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/callgraph"
	"golang.org/x/tools/go/callgraph/cha"
	"golang.org/x/tools/go/callgraph/rta"
	"golang.org/x/tools/go/callgraph/static"
	"golang.org/x/tools/go/callgraph/vta"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// Algorithms are the call graph algorithms -callgraph accepts.
var Algorithms = []string{"cha", "rta", "static", "vta"}

// DefaultCallGraph is the algorithm used unless -callgraph says otherwise:
// VTA, chosen by measurement (docs/report.md): it follows interface and
// function-value calls as CHA does, with a third to half fewer spurious
// edges on real services, needs no roots (RTA's precision depends on
// seeing where values are built), and costs under a second more.
const DefaultCallGraph = "vta"

// callGraph builds the call graph with the named algorithm. RTA starts
// from roots (the entry points): the report only follows calls from them.
func callGraph(algo string, prog *ssa.Program, roots []*ssa.Function) (*callgraph.Graph, error) {
	switch algo {
	case "static":
		return static.CallGraph(prog), nil
	case "cha":
		return cha.CallGraph(prog), nil
	case "rta":
		if len(roots) == 0 {
			return callgraph.New(nil), nil
		}
		return rta.Analyze(roots, true).CallGraph, nil
	case "vta":
		return vta.CallGraph(ssautil.AllFunctions(prog), cha.CallGraph(prog)), nil
	}
	return nil, fmt.Errorf("unknown call graph algorithm %q (%s)", algo, strings.Join(Algorithms, ", "))
}

// moduleGraph is the call graph collapsed onto the module's declared
// functions: a closure's calls count as its enclosing function's (a
// handler's errgroup.Go(func() {...}) body is the handler's work), and
// calls through method-value wrappers reach the method. Calls into the
// standard library and dependencies are not followed: their dynamic calls
// would connect everything to everything.
type moduleGraph struct {
	out   map[*types.Func][]*types.Func
	calls map[*types.Func][]*ssa.Function // every callee, module or not
}

func buildModuleGraph(cg *callgraph.Graph, inModule func(*types.Func) bool) *moduleGraph {
	g := &moduleGraph{out: make(map[*types.Func][]*types.Func), calls: make(map[*types.Func][]*ssa.Function)}
	seen := make(map[[2]*types.Func]bool)
	add := func(from, to *types.Func) {
		if from == to || seen[[2]*types.Func{from, to}] {
			return
		}
		seen[[2]*types.Func{from, to}] = true
		g.out[from] = append(g.out[from], to)
	}
	for fn, node := range cg.Nodes {
		if fn == nil {
			continue
		}
		from := declOf(fn)
		if from == nil || !inModule(from) {
			continue
		}
		for _, e := range node.Out {
			callee := e.Callee.Func
			g.calls[from] = append(g.calls[from], callee)
			targets := []*ssa.Function{callee}
			if callee.Synthetic != "" && callee.Parent() == nil {
				// A wrapper ($bound, $thunk, promoted method): its callees
				// are what the call reaches.
				targets = nil
				if n := cg.Nodes[callee]; n != nil {
					for _, e2 := range n.Out {
						targets = append(targets, e2.Callee.Func)
					}
				}
			}
			for _, t := range targets {
				if to := declOf(t); to != nil && inModule(to) {
					add(from, to)
				}
			}
		}
	}
	for _, list := range g.out {
		sort.Slice(list, func(i, j int) bool { return funcLess(list[i], list[j]) })
	}
	return g
}

// funcLess orders functions by name, then by position: a package's init
// functions, one per file, share a name.
func funcLess(a, b *types.Func) bool {
	if an, bn := a.FullName(), b.FullName(); an != bn {
		return an < bn
	}
	return a.Pos() < b.Pos()
}

// declOf returns the declared function that f is, or is a closure or
// instantiation of; nil for synthetic wrappers and package initialisers.
func declOf(f *ssa.Function) *types.Func {
	for f.Parent() != nil {
		f = f.Parent()
	}
	if o := f.Origin(); o != nil {
		f = o
	}
	if f.Synthetic != "" {
		return nil
	}
	obj, _ := f.Object().(*types.Func)
	return obj
}

// walk explores the module functions reachable from ep. reached are all
// of them; blind those reached through unobserved functions only, and
// unobserved themselves. depth is each function's shortest distance.
func (g *moduleGraph) walk(ep *types.Func, observed func(*types.Func) bool) (reached, blind map[*types.Func]bool, depth map[*types.Func]int) {
	reached = make(map[*types.Func]bool)
	depth = map[*types.Func]int{ep: 0}
	queue := []*types.Func{ep}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, c := range g.out[f] {
			if c == ep || reached[c] {
				continue
			}
			reached[c] = true
			depth[c] = depth[f] + 1
			queue = append(queue, c)
		}
	}
	blind = make(map[*types.Func]bool)
	queue = []*types.Func{ep}
	visited := map[*types.Func]bool{ep: true}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, c := range g.out[f] {
			if visited[c] {
				continue
			}
			visited[c] = true
			if observed(c) {
				continue // observed: it and what it calls are in sight
			}
			blind[c] = true
			queue = append(queue, c)
		}
	}
	return reached, blind, depth
}
