package coverage

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/gitdiff"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/slodecls"
	"github.com/obslint/obslint/passes/spanflow"
	"github.com/obslint/obslint/wholeprogram/program"
)

// SchemaVersion is the version of the JSON contract.
const SchemaVersion = 1

// Options control the computation.
type Options struct {
	CallGraph string // see Algorithms; default DefaultCallGraph
	// Changes restricts the change share to these lines (-base); nil for
	// no change share. Base names the revision.
	Changes gitdiff.Changes
	Base    string
	// Log, when set, receives the time each phase takes.
	Log io.Writer
}

// computer holds the state of one computation.
type computer struct {
	prog    *program.Program
	opts    Options
	root    string          // module root directory, for positions
	modules map[string]bool // module paths under analysis
	pkgOf   map[*types.Package]*packages.Package
	inst    map[*types.Package]*instrumentation.Result
	// clientsObserved are the outside systems whose clients the program
	// instruments (redisotel, otelsql, otelhttp.NewTransport, ...): calls
	// to them are seen (a span per call), though the function making them
	// is not, so they only leave the blind spots.
	clientsObserved map[string]bool
}

// Compute computes the report of a loaded program.
func Compute(prog *program.Program, opts Options) (*Report, error) {
	if opts.CallGraph == "" {
		opts.CallGraph = DefaultCallGraph
	}
	c := &computer{
		prog: prog, opts: opts,
		pkgOf: make(map[*types.Package]*packages.Package),
		inst:  make(map[*types.Package]*instrumentation.Result),
	}
	rep := &Report{Version: SchemaVersion, CallGraph: opts.CallGraph, Base: opts.Base}
	for _, p := range prog.Packages {
		switch {
		case p.Module != nil && c.root == "":
			c.root, rep.Module = p.Module.Dir, p.Module.Path
		case p.Module == nil && c.root == "" && len(p.GoFiles) > 0:
			// GOPATH mode: name files from the source root.
			dir := filepath.Dir(p.GoFiles[0])
			c.root = strings.TrimSuffix(dir, filepath.FromSlash(p.PkgPath))
			rep.Module = p.PkgPath
		}
	}
	for _, p := range prog.All {
		if p.Types != nil {
			c.pkgOf[p.Types] = p
		}
	}
	for _, p := range prog.Packages {
		if r, ok := prog.Result(prog.Passes.Instrumentation, p).(*instrumentation.Result); ok && p.Types != nil {
			c.inst[p.Types] = r
		}
	}

	eps := c.entryPoints()

	phase := time.Now()
	ssaProg := buildSSA(prog)
	c.logf("built SSA", &phase)
	// RTA's roots: the entry points, and the program's main and init
	// functions, where the values handlers use are usually built (a
	// store created in main and injected into the handlers).
	var roots []*ssa.Function
	for _, e := range eps {
		if f := ssaProg.FuncValue(e.fn); f != nil {
			roots = append(roots, f)
		}
	}
	for _, p := range prog.Packages {
		if sp := ssaProg.Package(p.Types); sp != nil {
			for _, name := range []string{"init", "main"} {
				if f := sp.Func(name); f != nil {
					roots = append(roots, f)
				}
			}
		}
	}
	cg, err := callGraph(opts.CallGraph, ssaProg, roots)
	if err != nil {
		return nil, err
	}
	c.logf("built the "+opts.CallGraph+" call graph", &phase)
	funcs := c.moduleFuncs(ssaProg)
	works := c.funcWork(funcs)
	eps, served := c.resolveServing(funcs, cg, eps)
	eps, rep.LeftOut = c.leaveOut(eps, served)
	if opts.Log != nil {
		for _, r := range served.Roots {
			k, known := r.Guaranteed()
			fmt.Fprintf(opts.Log, "obslint report: %s %s (%s) records %s (all ways in followed: %v); served: %s\n", r.Framework, r.What, c.position(r.Pos), k, known, strings.Join(r.Served(), "; "))
		}
		for _, l := range rep.LeftOut {
			fmt.Fprintf(opts.Log, "obslint report: left out %s (%s): %s\n", l.Function, l.Position, l.Reason)
		}
	}
	c.logf("followed registrations to their servers", &phase)
	mg := buildModuleGraph(cg, c.inModule)

	blindCount := make(map[*types.Func]int)
	blindAny := make(map[*types.Func]bool)
	for i := range eps {
		e := &eps[i]
		if e.gateway {
			// Generated proxy routes: no module code runs under them.
			e.Graph = &Graph{Nodes: []Node{{Function: e.Function, Label: "gateway routes", Observed: e.Observed}}}
			continue
		}
		reached, blind, depth := mg.walk(e.fn, c.observedInside)
		e.Reached, e.Covered = len(reached), len(reached)-len(blind)
		for f := range blind {
			e.Blind = append(e.Blind, f.FullName())
			blindCount[f]++
			blindAny[f] = true
		}
		sort.Strings(e.Blind)
		e.Graph = c.graph(mg, e.fn, reached, blind, depth)
	}
	for _, e := range eps {
		rep.EntryPoints = append(rep.EntryPoints, e.EntryPoint)
	}
	rep.BlindSpots = c.blindSpots(mg, blindCount, works, blindAny)
	rep.Totals = totals(rep.EntryPoints)
	rep.Packages = groups(rep.EntryPoints, func(e EntryPoint) string { return e.Package })
	rep.Owners = groups(rep.EntryPoints, func(e EntryPoint) string {
		if e.Owner == "" {
			return "(no owner)"
		}
		return e.Owner
	})
	c.logf("walked the call graph from each entry point", &phase)
	rep.Naming = c.naming()
	if opts.Changes != nil {
		rep.Change = c.change(eps, rep.BlindSpots, blindCount)
	}
	if rep.EntryPoints == nil {
		rep.EntryPoints = []EntryPoint{}
	}
	if rep.LeftOut == nil {
		rep.LeftOut = []LeftOut{}
	}
	if rep.BlindSpots == nil {
		rep.BlindSpots = []BlindSpot{}
	}
	return rep, nil
}

// buildSSA builds SSA for the matched packages; their dependencies are
// created from their types, without bodies: the report does not walk into
// them, and building them would cost the memory the export-data loading
// saved.
func buildSSA(prog *program.Program) *ssa.Program {
	sp := ssa.NewProgram(prog.Fset, ssa.InstantiateGenerics)
	created := make(map[*types.Package]bool)
	for _, p := range prog.Packages {
		if p.Types != nil {
			created[p.Types] = true
		}
	}
	var deps func(*types.Package)
	deps = func(t *types.Package) {
		for _, imp := range t.Imports() {
			if !created[imp] {
				created[imp] = true
				deps(imp)
				sp.CreatePackage(imp, nil, nil, true)
			}
		}
	}
	for _, p := range prog.Packages {
		if p.Types != nil {
			deps(p.Types)
		}
	}
	for _, p := range prog.Packages {
		if p.Types != nil && p.TypesInfo != nil && !p.IllTyped {
			sp.CreatePackage(p.Types, p.Syntax, p.TypesInfo, false)
		}
	}
	sp.Build()
	return sp
}

// logf writes how long the phase since *since took, with -v.
func (c *computer) logf(what string, since *time.Time) {
	if c.opts.Log != nil {
		fmt.Fprintf(c.opts.Log, "obslint report: %s in %v\n", what, time.Since(*since).Round(time.Millisecond))
	}
	*since = time.Now()
}

// entry is an entry point with what the computation needs.
type entry struct {
	EntryPoint
	fn   *types.Func
	decl *ast.FuncDecl
	// inside is what it records itself; require what the convention
	// asks (instrumentation.require).
	inside  instrumentation.Kind
	require string
	// gateway marks a grpc-gateway proxy's routes, whose function is the
	// generated registration: no handler of the module runs there.
	gateway bool
}

// entryPoints lists the program's entry points and how each is observed.
func (c *computer) entryPoints() []entry {
	// Registrations anywhere, by the handler they register.
	regs := make(map[*types.Func][]*instrumentation.Observation)
	for _, p := range c.prog.Packages {
		res, _ := c.prog.Result(c.prog.Passes.EntryPoints, p).(*entrypoints.Result)
		inst := c.inst[p.Types]
		if res == nil || inst == nil {
			continue
		}
		for _, reg := range res.Registrations {
			obs := inst.Registrations[reg]
			if obs == nil {
				continue
			}
			for _, fn := range registered(reg) {
				regs[fn] = append(regs[fn], obs)
			}
		}
	}
	var out []entry
	for _, p := range c.prog.Packages {
		res, _ := c.prog.Result(c.prog.Passes.EntryPoints, p).(*entrypoints.Result)
		inst := c.inst[p.Types]
		if res == nil || inst == nil {
			continue
		}
		conv := c.prog.Convention(p)
		slos, _ := c.prog.Result(c.prog.Passes.SLODecls, p).(*slodecls.Result)
		for _, ep := range res.EntryPoints {
			if !ep.Exported() && conv.ExportedOnly() && ep.Framework != entrypoints.OpenAPI {
				continue
			}
			e := entry{fn: ep.Func, decl: ep.Decl}
			e.Function = ep.Func.FullName()
			e.Position = c.position(ep.Pos())
			e.Package = p.PkgPath
			e.Framework = ep.Framework
			e.Owner = conv.Owner(p.PkgPath)
			kinds := inst.InsideKinds(ep.Func)
			spans, _ := c.prog.Result(c.prog.Passes.SpanFlow, p).(*spanflow.Result)
			if starts, ended := spans.Traced(ep.Func); starts && !ended {
				// Its own span is never ended on some path: a span that
				// leaks is never exported, so it traces nothing.
				kinds &^= instrumentation.Traces
			}
			e.inside, e.require = kinds, conv.Instrumentation.Require
			via := make(map[string]bool)
			if o := inst.Of(ep.Func); o != nil {
				for _, v := range o.Via {
					via[string(v)] = true
				}
			}
			unknown := ep.Escapes || len(regs[ep.Func]) == 0
			for _, obs := range regs[ep.Func] {
				if obs.Kinds != 0 {
					via[string(instrumentation.ViaMiddleware)] = true
				}
				kinds |= obs.Kinds
				unknown = unknown || obs.Unknown
			}
			e.Observed = kinds.Satisfies(conv.Instrumentation.Require)
			e.Unknown = !e.Observed && unknown
			e.Via = []string{}
			for v := range via {
				e.Via = append(e.Via, v)
			}
			sort.Strings(e.Via)
			e.SLO = sloOf(ep.Func, slos, conv.SLOFor(typesutil.FullName(ep.Func)))
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Function != out[j].Function {
			return out[i].Function < out[j].Function
		}
		return out[i].Position < out[j].Position
	})
	return out
}

// registered lists the functions a registration registers.
func registered(reg *entrypoints.Registration) []*types.Func {
	var fns []*types.Func
	if reg.Handler != nil {
		fns = append(fns, reg.Handler)
	}
	fns = append(fns, reg.Methods...)
	for fn := range reg.Imported {
		fns = append(fns, fn)
	}
	return fns
}

// sloOf names fn's SLO: the first declaration's name ("inline" for an
// unnamed inline one), else the convention's mapping, else nil.
func sloOf(fn *types.Func, slos *slodecls.Result, mapped string) *string {
	if slos != nil {
		for _, d := range slos.Decls {
			if d.Func == fn {
				name := d.SLO.Name
				if name == "" {
					name = "inline"
				}
				return &name
			}
		}
	}
	if mapped != "" {
		return &mapped
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// inModule reports whether fn is the module's own: declared in one of the
// packages the patterns matched (./... is the module).
func (c *computer) inModule(fn *types.Func) bool {
	return fn.Pkg() != nil && c.pkgOf[fn.Pkg()] != nil
}

// observedInside reports whether fn records metrics or a span itself (or
// through a helper or directive): what covers the functions it calls.
func (c *computer) observedInside(fn *types.Func) bool {
	inst := c.inst[fn.Pkg()]
	return inst != nil && inst.InsideKinds(fn) != 0
}

// position names pos as file:line:col relative to the module root.
func (c *computer) position(pos token.Pos) string {
	p := c.prog.Fset.Position(pos)
	name := p.Filename
	if rel, err := filepath.Rel(c.root, name); err == nil && filepath.IsLocal(rel) {
		name = filepath.ToSlash(rel)
	}
	return name + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

func returnsError(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	for i := 0; i < res.Len(); i++ {
		if types.Identical(res.At(i).Type(), types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// graph is the call graph around an entry point for the HTML view: the
// functions within three calls, at most 40.
func (c *computer) graph(mg *moduleGraph, ep *types.Func, reached, blind map[*types.Func]bool, depth map[*types.Func]int) *Graph {
	const maxDepth, maxNodes = 3, 40
	var fns []*types.Func
	for f := range reached {
		if depth[f] <= maxDepth {
			fns = append(fns, f)
		}
	}
	sort.Slice(fns, func(i, j int) bool {
		if depth[fns[i]] != depth[fns[j]] {
			return depth[fns[i]] < depth[fns[j]]
		}
		return funcLess(fns[i], fns[j])
	})
	if len(fns) > maxNodes-1 {
		fns = fns[:maxNodes-1]
	}
	fns = append([]*types.Func{ep}, fns...)
	index := make(map[*types.Func]int)
	g := &Graph{}
	for i, f := range fns {
		index[f] = i
		g.Nodes = append(g.Nodes, Node{Function: f.FullName(), Label: shortName(f), Observed: c.observedInside(f), Blind: blind[f], Depth: depth[f]})
	}
	for _, f := range fns {
		for _, t := range mg.out[f] {
			if j, ok := index[t]; ok {
				g.Edges = append(g.Edges, [2]int{index[f], j})
			}
		}
	}
	return g
}

// shortName is "pkg.Func" or "pkg.Type.Method".
func shortName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if n := typesutil.NamedOf(recv.Type()); n != nil {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

func groups(eps []EntryPoint, key func(EntryPoint) string) []Group {
	by := make(map[string][]EntryPoint)
	for _, e := range eps {
		by[key(e)] = append(by[key(e)], e)
	}
	out := []Group{}
	for name, list := range by {
		out = append(out, Group{Name: name, Totals: totals(list)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// namingOf maps the analyzers whose findings the report counts to what
// they count toward.
var namingOf = func() map[string]analyzers.Naming {
	m := make(map[string]analyzers.Naming)
	for _, row := range analyzers.Table {
		if row.Naming != "" {
			m[row.Name] = row.Naming
		}
	}
	return m
}()

// NamingAnalyzers are the analyzers whose findings the report counts, for
// program.Options.Findings.
func NamingAnalyzers() []string {
	var names []string
	for _, row := range analyzers.Table {
		if row.Naming != "" {
			names = append(names, row.Name)
		}
	}
	return names
}

// naming counts metric definitions and the naming analyzers' findings.
func (c *computer) naming() Naming {
	n := Naming{FindingsByCheck: map[string]int{}}
	for _, p := range c.prog.Packages {
		if defs, ok := c.prog.Result(c.prog.Passes.MetricDefs, p).(*metricdefs.Result); ok && defs != nil {
			n.Metrics += len(defs.Defs)
		}
		for _, d := range c.prog.Diagnostics(p) {
			check := analyzers.Catalog().Lookup(d.Category)
			if check == nil || check.OffByDefault {
				continue // informational (metric-unfolded): not a naming problem
			}
			switch namingOf[d.Analyzer] {
			case analyzers.NamingMetrics:
				n.MetricFindings++
			case analyzers.NamingLogs:
				n.LogFindings++
			default:
				continue
			}
			n.FindingsByCheck[d.Category]++
		}
	}
	return n
}

// change computes the share of the entry points and blind spots whose
// declarations the diff touches.
func (c *computer) change(eps []entry, spots []BlindSpot, count map[*types.Func]int) *Change {
	touched := func(fn *types.Func, decl *ast.FuncDecl) bool {
		from, to := fn.Pos(), fn.Pos()
		if decl != nil {
			from, to = decl.Pos(), decl.End()
			if decl.Doc != nil {
				from = decl.Doc.Pos() // its directives: //obslint:slo
			}
		}
		pf, pt := c.prog.Fset.Position(from), c.prog.Fset.Position(to)
		name, err := filepath.EvalSymlinks(pf.Filename)
		if err != nil {
			name = pf.Filename
		}
		return c.opts.Changes[name].Overlaps(pf.Line, pt.Line)
	}
	ch := &Change{EntryPoints: []string{}, BlindSpots: []string{}}
	var changed []EntryPoint
	for _, e := range eps {
		if touched(e.fn, e.decl) {
			changed = append(changed, e.EntryPoint)
			ch.EntryPoints = append(ch.EntryPoints, e.Function)
		}
	}
	ch.Totals = totals(changed)
	decls := c.decls()
	worth := make(map[string]bool)
	for _, s := range spots {
		worth[s.Function] = true
	}
	for fn := range count {
		if worth[fn.FullName()] && touched(fn, decls[fn]) {
			ch.BlindSpots = append(ch.BlindSpots, fn.FullName())
		}
	}
	sort.Strings(ch.BlindSpots)
	return ch
}

// decls maps the module's declared functions to their declarations.
func (c *computer) decls() map[*types.Func]*ast.FuncDecl {
	out := make(map[*types.Func]*ast.FuncDecl)
	for _, p := range c.prog.Packages {
		for _, f := range p.Syntax {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if fn, ok := p.TypesInfo.Defs[fd.Name].(*types.Func); ok {
						out[fn] = fd
					}
				}
			}
		}
	}
	return out
}
