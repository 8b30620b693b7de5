package sloexport

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/directive"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/slodecls"
	"github.com/obslint/obslint/wholeprogram/program"
)

// Gather collects the objectives of the program's packages, sorted by
// position, and warnings about declarations it cannot export.
func Gather(prog *program.Program) []Objective {
	var out []Objective
	for _, pkg := range prog.Packages {
		conv := prog.Convention(pkg)
		decls, _ := prog.Result(prog.Passes.SLODecls, pkg).(*slodecls.Result)
		eps, _ := prog.Result(prog.Passes.EntryPoints, pkg).(*entrypoints.Result)
		defs, _ := prog.Result(prog.Passes.MetricDefs, pkg).(*metricdefs.Result)
		dirs, _ := prog.Result(prog.Passes.Directives, pkg).(*directiveindex.Result)
		if decls == nil {
			continue
		}
		g := &gatherer{prog: prog, pkg: pkg, conv: conv, defs: defs, dirs: dirs}
		declared := make(map[*types.Func]bool)
		for _, d := range decls.Decls {
			declared[d.Func] = true
			out = append(out, g.objectives(d.Func, d.Decl, d.SLO)...)
		}
		if eps != nil {
			for _, ep := range eps.EntryPoints {
				if declared[ep.Func] || ep.Decl == nil {
					continue
				}
				name := conv.SLOFor(typesutil.FullName(ep.Func))
				if name == "" {
					continue
				}
				s := &directive.SLO{Name: name, Source: "convention", Pos: ep.Decl.Pos()}
				out = append(out, g.objectives(ep.Func, ep.Decl, s)...)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Position != out[j].Position {
			return lessPos(out[i].Position, out[j].Position)
		}
		return out[i].Kind > out[j].Kind // success before latency
	})
	unique(out)
	return out
}

type gatherer struct {
	prog *program.Program
	pkg  *packages.Package
	conv *convention.Convention
	defs *metricdefs.Result
	dirs *directiveindex.Result
	// byVar maps package-level variables to the metric definitions that
	// initialise them, built on first use.
	byVar map[types.Object]*metricdefs.Def
	// users maps each definition to the package's functions observing it.
	users map[*metricdefs.Def][]*ast.FuncDecl
}

// objectives resolves one declaration into its objectives.
func (g *gatherer) objectives(fn *types.Func, fd *ast.FuncDecl, s *directive.SLO) []Objective {
	success, latency, target := float64(s.Success), s.Latency, float64(s.LatencyTarget)
	if !s.Inline {
		o, ok := g.conv.SLO.Objectives[s.Name]
		if !ok {
			return nil // slo-unknown reports it
		}
		success, latency, target = float64(o.Success), o.Latency.D, float64(o.LatencyTarget)
	}
	name := s.Name
	if name == "" {
		name = kebab(fn.Name())
	}
	base := Objective{
		SLO:       name,
		Function:  funcString(fn),
		Position:  g.position(fd),
		Service:   g.service(),
		Owner:     g.conv.Owner(g.pkg.PkgPath),
		Window:    g.conv.SLO.Window.D,
		WindowTxt: g.conv.SLO.Window.String(),
		Source:    s.Source,
	}
	if base.Window == 0 {
		base.Window, base.WindowTxt = 30*24*time.Hour, "30d"
	}
	autometrics := g.dirs != nil && g.dirs.Func(fd) != nil && g.dirs.Func(fd).Autometrics != nil
	id := kebab(name + "-" + receiverAndName(fn))
	var out []Objective
	if success > 0 {
		o := base
		o.ID, o.Kind, o.Target = id+"-success", Success, success
		o.SLI, o.Unmeasured = g.successSLI(fn, fd, s, autometrics)
		out = append(out, o)
	}
	if latency > 0 && target > 0 {
		o := base
		o.ID, o.Kind, o.Target, o.Threshold = id+"-latency", Latency, target, latency
		o.SLI, o.Unmeasured = g.latencySLI(fn, fd, s, autometrics, latency)
		out = append(out, o)
	}
	return out
}

func (g *gatherer) service() string {
	if g.conv.Service != "" {
		return g.conv.Service
	}
	if g.pkg.Module != nil {
		return kebab(filepath.Base(g.pkg.Module.Path))
	}
	return "service"
}

// position names fd's position relative to the module root (outside a
// module, as the package path and file name), so that output does not
// depend on where the checkout lives.
func (g *gatherer) position(fd *ast.FuncDecl) string {
	p := g.prog.Fset.Position(fd.Name.Pos())
	name := path.Join(g.pkg.PkgPath, filepath.Base(p.Filename))
	if g.pkg.Module != nil && g.pkg.Module.Dir != "" {
		if rel, err := filepath.Rel(g.pkg.Module.Dir, p.Filename); err == nil && filepath.IsLocal(rel) {
			name = filepath.ToSlash(rel)
		}
	}
	return name + ":" + strconv.Itoa(p.Line)
}

// autometricsLabels selects a function's Autometrics series. A --slo
// declaration selects objective_name, which Autometrics sets from --slo on
// both families, as Autometrics' own alerting rules do. Otherwise the
// function and module labels Autometrics derives from the runtime name
// select it (a method's module carries its receiver type:
// module="example.com/shop/api.Store"); see docs/slo.md for a caveat about
// autometrics-go v1.1.0, measured to label every function PreInstrument.
func autometricsLabels(fn *types.Func, s *directive.SLO) string {
	if s.Source == "autometrics" && s.Inline && s.Name != "" {
		return fmt.Sprintf(`objective_name=%q`, s.Name)
	}
	function, module := directive.AutometricsLabels(fn)
	return fmt.Sprintf(`function=%q,module=%q`, function, module)
}

func (g *gatherer) successSLI(fn *types.Func, fd *ast.FuncDecl, s *directive.SLO, autometrics bool) (*SLI, string) {
	blind := autometrics && !directive.AutometricsSeesErrors(fd)
	if autometrics && !blind {
		l := autometricsLabels(fn, s)
		return &SLI{
			Bad:    `sum(rate(function_calls_total{` + l + `,result="error"}[{{window}}]))`,
			Total:  `sum(rate(function_calls_total{` + l + `}[{{window}}]))`,
			Metric: "function_calls_total",
		}, ""
	}
	for _, d := range g.observed(fd) {
		if d.Library != metricdefs.Prometheus || (d.Kind != metricdefs.Counter && d.Kind != metricdefs.Histogram && d.Kind != metricdefs.Summary) {
			continue
		}
		series := d.Name
		if d.Kind != metricdefs.Counter {
			series += "_count"
		}
		sel, metric := g.selector(fd, d)
		with := func(m string) string {
			if sel == "" {
				return series + "{" + m + "}"
			}
			return series + "{" + sel + "," + m + "}"
		}
		all := series
		if sel != "" {
			all += "{" + sel + "}"
		}
		for _, l := range d.Labels {
			switch l {
			case "code", "status", "status_code", "http_status", "http_code", "grpc_code":
				bad := `=~"5..|Unknown|Internal|Unavailable|DeadlineExceeded|DataLoss|Unimplemented"`
				if strings.HasPrefix(l, "grpc") {
					bad = `=~"Unknown|Internal|Unavailable|DeadlineExceeded|DataLoss|Unimplemented"`
				} else if l != "status" {
					bad = `=~"5.."`
				}
				return &SLI{
					Bad:    `sum(rate(` + with(l+bad) + `[{{window}}]))`,
					Total:  `sum(rate(` + all + `[{{window}}]))`,
					Metric: metric,
				}, ""
			case "result", "outcome":
				return &SLI{
					Bad:    `sum(rate(` + with(l+`="error"`) + `[{{window}}]))`,
					Total:  `sum(rate(` + all + `[{{window}}]))`,
					Metric: metric,
				}, ""
			}
		}
	}
	if blind {
		return nil, "//autometrics:inst counts every call as ok: Autometrics sees failures only through a named error result (err error), which the function lacks, and no other metric it observes tells failures apart"
	}
	return nil, "no metric it observes tells failures apart (a counter or histogram with a code, status, result or outcome label, or //autometrics:inst)"
}

func (g *gatherer) latencySLI(fn *types.Func, fd *ast.FuncDecl, s *directive.SLO, autometrics bool, threshold time.Duration) (*SLI, string) {
	le := leMatcher(threshold)
	if autometrics {
		if a := g.dirs.Func(fd).Autometrics; !a.CustomLatency && !slices.Contains(directive.AutometricsBucketsMs, float64(threshold)/float64(time.Millisecond)) {
			return nil, fmt.Sprintf("the latency threshold %s is not one of Autometrics' histogram buckets, so function_calls_duration_seconds cannot count calls within it; pick a bucket or use --custom-latency with that bucket", threshold)
		}
		l := autometricsLabels(fn, s)
		return &SLI{
			Bad:    `sum(rate(function_calls_duration_seconds_count{` + l + `}[{{window}}])) - sum(rate(function_calls_duration_seconds_bucket{` + l + `,` + le + `}[{{window}}]))`,
			Total:  `sum(rate(function_calls_duration_seconds_count{` + l + `}[{{window}}]))`,
			Metric: "function_calls_duration_seconds",
		}, ""
	}
	var missed []string
	for _, d := range g.observed(fd) {
		if d.Library != metricdefs.Prometheus || d.Kind != metricdefs.Histogram || !strings.HasSuffix(d.Name, "_seconds") {
			continue
		}
		if buckets, known := g.buckets(d); known && !slices.Contains(buckets, threshold.Seconds()) {
			missed = append(missed, fmt.Sprintf("%s has no bucket at %s (buckets: %s s)", d.Name, threshold, formatBuckets(buckets)))
			continue
		}
		sel, metric := g.selector(fd, d)
		count, bucket := d.Name+"_count", d.Name+"_bucket{"+le+"}"
		if sel != "" {
			count, bucket = d.Name+"_count{"+sel+"}", d.Name+"_bucket{"+sel+","+le+"}"
		}
		return &SLI{
			Bad:    `sum(rate(` + count + `[{{window}}])) - sum(rate(` + bucket + `[{{window}}]))`,
			Total:  `sum(rate(` + count + `[{{window}}]))`,
			Metric: metric,
		}, ""
	}
	if len(missed) > 0 {
		return nil, strings.Join(missed, "; ") + ": add a bucket at the threshold or pick a threshold on a bucket"
	}
	return nil, "it observes no histogram in seconds (or //autometrics:inst) to count calls within the threshold"
}

// leMatcher selects the bucket of a latency threshold. Prometheus 2 stores
// le as the exposition wrote it ("1" in the text format) and Prometheus 3
// normalises it to a float ("1.0"): an integral threshold matches both.
func leMatcher(threshold time.Duration) string {
	v := strconv.FormatFloat(threshold.Seconds(), 'f', -1, 64)
	if !strings.ContainsAny(v, ".e") {
		return `le=~"` + v + `|` + v + `.0"`
	}
	return `le="` + v + `"`
}

func formatBuckets(b []float64) string {
	s := make([]string, len(b))
	for i, v := range b {
		s[i] = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strings.Join(s, " ")
}

// defBuckets are client_golang's prometheus.DefBuckets.
var defBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

// buckets returns a client_golang histogram's classic buckets when the
// HistogramOpts literal at its definition says them with constants
// (Buckets omitted means DefBuckets), and known=false otherwise.
func (g *gatherer) buckets(d *metricdefs.Def) (buckets []float64, known bool) {
	if d.Call == nil {
		return nil, false
	}
	info := g.pkg.TypesInfo
	for _, arg := range d.Call.Args {
		lit, ok := ast.Unparen(arg).(*ast.CompositeLit)
		if !ok {
			continue
		}
		if n := typesutil.NamedOf(info.TypeOf(lit)); n == nil || n.Obj().Name() != "HistogramOpts" {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == "Buckets" {
				return constFloats(info, kv.Value)
			}
		}
		return defBuckets, true
	}
	return nil, false
}

// constFloats evaluates a bucket list written as constants: a []float64
// literal, prometheus.DefBuckets, or LinearBuckets/ExponentialBuckets
// with constant arguments.
func constFloats(info *types.Info, e ast.Expr) ([]float64, bool) {
	num := func(e ast.Expr) (float64, bool) {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil {
			return 0, false
		}
		f, _ := constant.Float64Val(constant.ToFloat(tv.Value))
		return f, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		var out []float64
		for _, elt := range e.Elts {
			f, ok := num(elt)
			if !ok {
				return nil, false
			}
			out = append(out, f)
		}
		return out, true
	case *ast.SelectorExpr:
		if v, ok := info.Uses[e.Sel].(*types.Var); ok && v.Pkg() != nil && strings.HasSuffix(v.Pkg().Path(), "client_golang/prometheus") && v.Name() == "DefBuckets" {
			return defBuckets, true
		}
	case *ast.CallExpr:
		f := typesutil.Callee(info, e)
		if f == nil || f.Pkg() == nil || !strings.HasSuffix(f.Pkg().Path(), "client_golang/prometheus") || len(e.Args) != 3 {
			return nil, false
		}
		a, ok1 := num(e.Args[0])
		b, ok2 := num(e.Args[1])
		n, ok3 := num(e.Args[2])
		if !ok1 || !ok2 || !ok3 || n < 1 || n > 1000 {
			return nil, false
		}
		// As client_golang computes them, step by step: the le labels
		// carry these exact values.
		out := make([]float64, int(n))
		for i := range out {
			out[i] = a
			switch f.Name() {
			case "LinearBuckets":
				a += b
			case "ExponentialBuckets":
				a *= b
			default:
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// statusLabels tell outcomes apart; they never select a function's series.
var statusLabels = map[string]bool{"code": true, "status": true, "status_code": true, "http_status": true, "http_code": true, "grpc_code": true, "result": true, "outcome": true, "le": true}

// selector returns the label matchers that pick fd's own series of d: the
// labels fd always sets to one constant (requests.WithLabelValues("orders",
// code), .With(prometheus.Labels{"handler": "orders"})), outcome labels
// aside; and the indicator's description, which says when other functions
// of the package observe d too and no label tells them apart.
func (g *gatherer) selector(fd *ast.FuncDecl, d *metricdefs.Def) (sel, metric string) {
	info := g.pkg.TypesInfo
	values := make(map[string]string)
	varies := make(map[string]bool)
	set := func(label string, e ast.Expr) {
		v := ""
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			v = constant.StringVal(tv.Value)
		}
		if old, seen := values[label]; v == "" || seen && old != v {
			varies[label] = true
		}
		values[label] = v
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		se, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(se.X).(*ast.Ident)
		if !ok || g.byVar[info.Uses[id]] != d {
			return true
		}
		switch se.Sel.Name {
		case "WithLabelValues", "GetMetricWithLabelValues":
			if d.LabelsKnown && len(call.Args) == len(d.Labels) && !call.Ellipsis.IsValid() {
				for i, a := range call.Args {
					set(d.Labels[i], a)
				}
			}
		case "With", "GetMetricWith":
			if len(call.Args) == 1 {
				if lit, ok := ast.Unparen(call.Args[0]).(*ast.CompositeLit); ok {
					for _, elt := range lit.Elts {
						if kv, ok := elt.(*ast.KeyValueExpr); ok {
							if tv, ok := info.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
								set(constant.StringVal(tv.Value), kv.Value)
							}
						}
					}
				}
			}
		}
		return true
	})
	var matchers []string
	for _, l := range slices.Sorted(maps.Keys(values)) {
		if !varies[l] && !statusLabels[l] {
			matchers = append(matchers, fmt.Sprintf("%s=%q", l, values[l]))
		}
	}
	sel = strings.Join(matchers, ",")
	metric = d.Name
	if sel != "" {
		return sel, d.Name + "{" + sel + "}"
	}
	if others := g.otherUsers(fd, d); len(others) > 0 {
		metric += fmt.Sprintf(" (shared with %s and selected by no label: the indicator measures them together)", strings.Join(others, ", "))
	}
	return "", metric
}

// otherUsers names the package's other functions that observe d.
func (g *gatherer) otherUsers(fd *ast.FuncDecl, d *metricdefs.Def) []string {
	if g.users == nil {
		g.users = make(map[*metricdefs.Def][]*ast.FuncDecl)
		for _, f := range g.pkg.Syntax {
			for _, decl := range f.Decls {
				if other, ok := decl.(*ast.FuncDecl); ok {
					for _, od := range g.observed(other) {
						g.users[od] = append(g.users[od], other)
					}
				}
			}
		}
	}
	var names []string
	for _, other := range g.users[d] {
		if other == fd {
			continue
		}
		name := other.Name.Name
		if other.Recv != nil && len(other.Recv.List) == 1 {
			if fn, ok := g.pkg.TypesInfo.Defs[other.Name].(*types.Func); ok {
				name = strings.ReplaceAll(receiverAndName(fn), "-", ".")
			}
		}
		names = append(names, name)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// observed returns the package's metric definitions that fd observes:
// calls on a package-level variable that a definition initialises
// (requests.WithLabelValues("200").Inc(), latency.Observe(d)).
func (g *gatherer) observed(fd *ast.FuncDecl) []*metricdefs.Def {
	if g.defs == nil || fd.Body == nil {
		return nil
	}
	info := g.pkg.TypesInfo
	if g.byVar == nil {
		g.byVar = g.metricVars()
	}
	var out []*metricdefs.Def
	seen := make(map[*metricdefs.Def]bool)
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if d := g.byVar[info.Uses[id]]; d != nil && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
		return true
	})
	return out
}

// metricVars maps the package-level variables that a metric definition
// initialises to that definition.
func (g *gatherer) metricVars() map[types.Object]*metricdefs.Def {
	byVar := make(map[types.Object]*metricdefs.Def)
	info := g.pkg.TypesInfo
	for _, f := range g.pkg.Syntax {
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok {
					continue
				}
				for i, v := range vs.Values {
					if i >= len(vs.Names) {
						break
					}
					for _, d := range g.defs.Defs {
						if d.Call != nil && d.Call.Pos() >= v.Pos() && d.Call.End() <= v.End() {
							byVar[info.Defs[vs.Names[i]]] = d
						}
					}
				}
			}
		}
	}
	return byVar
}

// funcString names fn as go/types does: "example.com/shop/api.List" or
// "(*example.com/shop/api.Store).List".
func funcString(fn *types.Func) string { return fn.FullName() }

func receiverAndName(fn *types.Func) string {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if n := typesutil.NamedOf(recv.Type()); n != nil {
			return n.Obj().Name() + "-" + fn.Name()
		}
	}
	return fn.Name()
}

// kebab turns "ListOrders" or "api_v2.List" into "list-orders", "api-v2-list".
func kebab(s string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if prevLower {
				b.WriteByte('-')
			}
			b.WriteRune(unicode.ToLower(r))
			prevLower = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			prevLower = true
		default:
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "-") {
				b.WriteByte('-')
			}
			prevLower = false
		}
	}
	return strings.Trim(b.String(), "-")
}

// unique makes IDs unique by numbering repeats.
func unique(objs []Objective) {
	seen := make(map[string]int)
	for i := range objs {
		id := objs[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			objs[i].ID = id + "-" + strconv.Itoa(n)
		}
	}
}

// lessPos orders "file:line" positions by file, then line number.
func lessPos(a, b string) bool {
	fa, la := splitPos(a)
	fb, lb := splitPos(b)
	if fa != fb {
		return fa < fb
	}
	return la < lb
}

func splitPos(p string) (string, int) {
	i := strings.LastIndexByte(p, ':')
	if i < 0 {
		return p, 0
	}
	n, _ := strconv.Atoi(p[i+1:])
	return p[:i], n
}

func replaceWindow(q, window string) string { return strings.ReplaceAll(q, "{{window}}", window) }
