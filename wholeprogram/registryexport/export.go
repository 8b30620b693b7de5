// Package registryexport writes the telemetry a program emits as an
// OpenTelemetry Weaver registry (obslint registry export): its metrics
// (OpenTelemetry instruments and Prometheus collectors, with instrument,
// unit, help, the attributes or labels recorded on them, where they are
// created), the spans it starts by name with the attributes given to them,
// the attribute keys it sets and its structured-log keys. A team starts
// its registry from it and reviews its inventory in it.
//
// Names the OpenTelemetry semantic conventions define at the convention's
// semconv.version are not redefined: the conventions' metrics are
// imported (imports: metrics:), their attributes referenced, and both are
// listed in the header. So loading the file back as a registry judges the
// same code as before, and a name of the company's that it declares is
// declared the way the code uses it: no semconv finding comes of it.
package registryexport

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/semconv"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/otelattrs"
	"github.com/obslint/obslint/wholeprogram/program"
)

// Export is what Gather found.
type Export struct {
	Registry *semconv.Registry
	// Release is the conventions release names were judged against.
	Release semconv.Version
	// Conventions lists the conventions' attribute keys the code uses,
	// with how many places, for the header.
	Conventions []Use
	// Patterns are the package patterns exported, for the header.
	Patterns []string
}

// Use is a name and the number of places that use it.
type Use struct {
	Name  string
	Count int
}

// Gather collects the program's telemetry.
func Gather(prog *program.Program, patterns []string) *Export {
	g := &gatherer{prog: prog, attrs: make(map[string]*attr), metrics: make(map[string]*metric), spans: make(map[string]*span), semconvUse: make(map[string]int)}
	g.vocab = (&semconv.Vocabulary{Conventions: semconv.Builtin(), Release: semconv.Builtin().Latest()})
	if len(prog.Packages) > 0 {
		g.vocab = prog.Convention(prog.Packages[0]).Semconv.Vocabulary()
	}
	g.vocab.Registry, g.vocab.Owned = nil, nil // judge against the conventions alone
	for _, pkg := range prog.Packages {
		g.pkg = pkg
		g.gatherPackage()
	}
	return g.export(patterns)
}

type gatherer struct {
	prog  *program.Program
	pkg   *packages.Package
	vocab *semconv.Vocabulary

	attrs      map[string]*attr
	metrics    map[string]*metric
	spans      map[string]*span
	imports    []string // the conventions' metrics created in code
	semconvUse map[string]int
}

// attr is an attribute key the program uses.
type attr struct {
	key   string
	kinds map[semconv.ValueKind]bool
	where []string
	log   bool // a structured-log key
	otel  bool // an OpenTelemetry attribute
	label bool // a Prometheus label
}

type metric struct {
	def   *metricdefs.Def
	kinds []string // each kind it is created as
	where []string
	attrs map[string]bool
	help  string
}

type span struct {
	name  string
	where []string
	attrs map[string]bool
}

func (g *gatherer) gatherPackage() {
	defs, _ := g.prog.Result(g.prog.Passes.MetricDefs, g.pkg).(*metricdefs.Result)
	found, _ := g.prog.Result(g.prog.Passes.OTelAttrs, g.pkg).(*otelattrs.Result)
	logs, _ := g.prog.Result(g.prog.Passes.LogCalls, g.pkg).(*logcalls.Result)
	byObj := make(map[types.Object]*metricdefs.Def)
	if defs != nil {
		byObj = g.instrumentVars(defs)
		for _, d := range defs.Defs {
			g.metric(d)
		}
	}
	spanByCall := make(map[*ast.CallExpr]*span)
	spanByVar := make(map[types.Object]*span)
	if found != nil {
		for _, s := range found.Spans {
			sp := g.spans[s.Name]
			if sp == nil {
				sp = &span{name: s.Name, attrs: make(map[string]bool)}
				g.spans[s.Name] = sp
			}
			sp.where = append(sp.where, g.position(s.Call.Pos()))
			spanByCall[s.Call] = sp
			if s.Var != nil {
				spanByVar[s.Var] = sp
			}
		}
		for _, a := range found.Attrs {
			g.attribute(a.Key, a.Kind, a.Pos(), false)
			switch {
			case a.Instrument != nil && byObj[a.Instrument] != nil:
				if m := g.metrics[byObj[a.Instrument].Name]; m != nil {
					m.attrs[a.Key] = true
				}
			case a.SpanStart != nil && spanByCall[a.SpanStart] != nil:
				spanByCall[a.SpanStart].attrs[a.Key] = true
			case a.SpanVar != nil && spanByVar[a.SpanVar] != nil:
				spanByVar[a.SpanVar].attrs[a.Key] = true
			}
		}
	}
	if logs != nil {
		for _, k := range logs.Keys {
			if !k.Const || k.Name == "" {
				continue
			}
			kind := semconv.UnknownValue
			if k.Value != nil {
				kind = semconv.KindOfGoType(g.pkg.TypesInfo.TypeOf(k.Value))
			}
			g.attribute(k.Name, kind, k.Expr.Pos(), true)
		}
	}
}

// instrumentVars maps the variables and fields instruments are assigned
// to (m.requests, err = meter.Int64Counter(…)) to their definitions, so
// that attributes recorded on them are the metric's.
func (g *gatherer) instrumentVars(defs *metricdefs.Result) map[types.Object]*metricdefs.Def {
	byCall := make(map[*ast.CallExpr]*metricdefs.Def)
	for _, d := range defs.Defs {
		if d.Call != nil {
			byCall[d.Call] = d
		}
	}
	out := make(map[types.Object]*metricdefs.Def)
	bind := func(lhs []ast.Expr, rhs []ast.Expr) {
		if len(rhs) != 1 || len(lhs) == 0 {
			return
		}
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		if !ok || byCall[call] == nil {
			return
		}
		if obj := objectOf(g.pkg.TypesInfo, lhs[0]); obj != nil {
			out[obj] = byCall[call]
		}
	}
	for _, f := range g.pkg.Syntax {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				bind(n.Lhs, n.Rhs)
			case *ast.ValueSpec:
				lhs := make([]ast.Expr, len(n.Names))
				for i, id := range n.Names {
					lhs[i] = id
				}
				bind(lhs, n.Values)
			}
			return true
		})
	}
	return out
}

func objectOf(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.ObjectOf(e)
	case *ast.SelectorExpr:
		return info.ObjectOf(e.Sel)
	}
	return nil
}

func (g *gatherer) metric(d *metricdefs.Def) {
	if d.Name == "" {
		return
	}
	if d.Library == metricdefs.OTel {
		if info, ok := g.vocab.Metric(d.Name); ok && info.Status != semconv.NotYet {
			g.imports = append(g.imports, d.Name)
			return
		}
	}
	m := g.metrics[d.Name]
	if m == nil {
		m = &metric{def: d, attrs: make(map[string]bool)}
		g.metrics[d.Name] = m
	}
	if !contains(m.kinds, d.Kind) {
		m.kinds = append(m.kinds, d.Kind)
	}
	if m.help == "" && d.HasHelp {
		m.help = d.Help
	}
	m.where = append(m.where, g.position(d.Pos))
	if d.LabelsKnown {
		for _, l := range append(append([]string(nil), d.Labels...), d.ConstLabels...) {
			m.attrs[l] = true
			g.attribute(l, semconv.StringValue, d.Pos, false)
			if a := g.attrs[l]; a != nil {
				a.label = true
			}
		}
	}
}

// attribute records a key the program sets.
func (g *gatherer) attribute(key string, kind semconv.ValueKind, pos token.Pos, log bool) {
	if info, ok := g.vocab.Attribute(key); ok && info.Status != semconv.NotYet {
		g.semconvUse[key]++
		return
	}
	a := g.attrs[key]
	if a == nil {
		a = &attr{key: key, kinds: make(map[semconv.ValueKind]bool)}
		g.attrs[key] = a
	}
	if kind != semconv.UnknownValue {
		a.kinds[kind] = true
	}
	a.where = append(a.where, g.position(pos))
	if log {
		a.log = true
	} else {
		a.otel = true
	}
}

// position is file:line relative to the package's module root, or the
// package path and file name outside a module.
func (g *gatherer) position(pos token.Pos) string {
	p := g.prog.Fset.Position(pos)
	name := path.Join(g.pkg.PkgPath, filepath.Base(p.Filename))
	if g.pkg.Module != nil && g.pkg.Module.Dir != "" {
		if rel, err := filepath.Rel(g.pkg.Module.Dir, p.Filename); err == nil && filepath.IsLocal(rel) {
			name = filepath.ToSlash(rel)
		}
	}
	return name + ":" + strconv.Itoa(p.Line)
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// export builds the registry.
func (g *gatherer) export(patterns []string) *Export {
	reg := &semconv.Registry{}
	for _, a := range g.attrs {
		reg.Attributes = append(reg.Attributes, g.attribute1(a))
	}
	for _, m := range g.metrics {
		reg.Metrics = append(reg.Metrics, g.metric1(m))
	}
	for _, s := range g.spans {
		reg.Spans = append(reg.Spans, g.span1(s))
	}
	reg.Imports.Metrics = g.imports
	reg.Sort()
	e := &Export{Registry: reg, Release: g.vocab.Release, Patterns: patterns}
	for k, n := range g.semconvUse {
		e.Conventions = append(e.Conventions, Use{k, n})
	}
	sort.Slice(e.Conventions, func(i, j int) bool { return e.Conventions[i].Name < e.Conventions[j].Name })
	return e
}

func (g *gatherer) attribute1(a *attr) *semconv.Attribute {
	out := &semconv.Attribute{Key: a.key, Stability: semconv.Development}
	var kinds []semconv.ValueKind
	for k := range a.kinds {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	var what []string
	if a.otel && !a.label {
		what = append(what, "Attribute")
	}
	if a.label {
		what = append(what, "Prometheus label")
	}
	if a.log {
		what = append(what, "log key")
	}
	out.Brief = strings.Join(what, ", ") + "."
	out.Brief = strings.ToUpper(out.Brief[:1]) + out.Brief[1:]
	switch len(kinds) {
	case 1:
		out.Type = typeOf(kinds[0])
	case 0:
		out.Type = semconv.Type{Basic: semconv.Any}
		out.Brief += " obslint could not tell the type of its values; say what it is."
	default:
		out.Type = semconv.Type{Basic: semconv.Any}
		var names []string
		for _, k := range kinds {
			names = append(names, k.String())
		}
		out.Brief += " It is set with values of several types (" + strings.Join(names, ", ") + "); pick one."
	}
	out.Note = where(a.where)
	return out
}

func typeOf(k semconv.ValueKind) semconv.Type {
	t := semconv.Type{}
	switch k {
	case semconv.BoolValue, semconv.BoolSliceValue:
		t.Basic = semconv.Boolean
	case semconv.IntValue, semconv.IntSliceValue:
		t.Basic = semconv.Int
	case semconv.DoubleValue, semconv.DoubleSliceValue:
		t.Basic = semconv.Double
	default:
		t.Basic = semconv.String
	}
	t.Array = k >= semconv.BoolSliceValue
	return t
}

// instruments maps metricdefs kinds to Weaver instruments; Prometheus
// summaries and untyped metrics have none of their own.
var instruments = map[string]semconv.Instrument{
	metricdefs.Counter: semconv.Counter, metricdefs.UpDown: semconv.UpDownCounter,
	metricdefs.Histogram: semconv.Histogram, metricdefs.Gauge: semconv.Gauge,
	metricdefs.Summary: semconv.Histogram, metricdefs.Untyped: semconv.Gauge,
}

func (g *gatherer) metric1(m *metric) *semconv.Metric {
	d := m.def
	out := &semconv.Metric{ID: "metric." + d.Name, Name: d.Name, Instrument: instruments[d.Kind], Unit: d.Unit, Stability: semconv.Development}
	out.Brief = m.help
	if out.Brief == "" {
		out.Brief = "No description in the code; say what it measures."
	}
	var notes []string
	if d.Library == metricdefs.Prometheus {
		notes = append(notes, "A Prometheus "+d.Kind+".")
	}
	if len(m.kinds) > 1 {
		notes = append(notes, "Created as "+strings.Join(m.kinds, " and ")+"; pick one.")
	}
	notes = append(notes, where(m.where))
	out.Note = strings.Join(notes, " ")
	for k := range m.attrs {
		out.Attributes = append(out.Attributes, semconv.AttrRef{Key: k})
	}
	return out
}

func (g *gatherer) span1(s *span) *semconv.Span {
	out := &semconv.Span{ID: "span." + spanID(s.name), Stability: semconv.Development,
		Brief: fmt.Sprintf("Span %q.", s.name), Note: where(s.where)}
	for k := range s.attrs {
		out.Attributes = append(out.Attributes, semconv.AttrRef{Key: k})
	}
	return out
}

// spanID makes a span name a group id: Weaver ids have no spaces.
func spanID(name string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			return '_'
		}
		return r
	}, name)
}

// where lists places, the first three and how many more.
func where(places []string) string {
	sort.Strings(places)
	uniq := places[:0]
	for i, p := range places {
		if i == 0 || p != places[i-1] {
			uniq = append(uniq, p)
		}
	}
	const shown = 3
	s := "In code at " + strings.Join(uniq[:min(shown, len(uniq))], ", ")
	switch n := len(uniq) - shown; {
	case n == 1:
		s += " and 1 more place"
	case n > 1:
		s += fmt.Sprintf(" and %d more places", n)
	}
	return s + "."
}
