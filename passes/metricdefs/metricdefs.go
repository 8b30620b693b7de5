// Package metricdefs is the pass that finds metric definitions: the
// prometheus/client_golang constructors (prometheus.New*, promauto.New*,
// promauto.With(reg).New*, New*Func, NewDesc, V2.New*Vec) and
// OpenTelemetry meter instruments (meter.Int64Counter, …), with their names
// folded from constants — across packages, since go/types carries constant
// values — labels, unit and help.
//
// It exports the package's definitions as a package fact, so that one
// metric name declared twice with a different kind, label set or unit can
// be found wherever both are in sight.
package metricdefs

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
)

// Libraries.
const (
	Prometheus = "prometheus"
	OTel       = "otel"
)

// Kinds.
const (
	Counter   = "counter"
	Gauge     = "gauge"
	Histogram = "histogram"
	Summary   = "summary"
	Untyped   = "untyped"
	UpDown    = "updowncounter"
)

// Def is one metric definition.
type Def struct {
	Library string // Prometheus or OTel
	Kind    string
	// Name is the full name (Prometheus: namespace_subsystem_name), ""
	// when it cannot be folded statically.
	Name string
	// NameExpr is the expression holding the name's last part (the Name
	// field, the name argument), for positions and fixes; NameLit is set
	// when it is a string literal that a fix may rewrite.
	NameExpr ast.Expr
	NameLit  *ast.BasicLit
	// Namespace, Subsystem and Short are the parts of a Prometheus name.
	Namespace, Subsystem, Short string
	Labels                      []string // variable labels, when known
	LabelExprs                  []ast.Expr
	LabelsKnown                 bool
	ConstLabels                 []string
	Help                        string
	HasHelp                     bool
	Unit                        string // OpenTelemetry WithUnit
	HasUnit                     bool
	// UnitExpr is WithUnit's argument; UnitLit is set when it is a string
	// literal that a fix may rewrite.
	UnitExpr ast.Expr
	UnitLit  *ast.BasicLit
	Call     *ast.CallExpr
	Pos      token.Pos

	// For wrapper detection: the constant parts a wrapper adds around
	// the name, the options expression passed on (opts...), and the help
	// expression when it is not a constant.
	wrapPrefix, wrapSuffix string
	optsParamExpr          ast.Expr
	helpExpr               ast.Expr
}

// Result lists the package's definitions in source order, and those it
// could not fold.
type Result struct {
	Defs     []*Def
	Unfolded []*ast.CallExpr
	// Imported holds the definitions of the packages this one imports,
	// directly or not, ordered by package path and position: analyzers
	// cannot read another analyzer's facts, so the pass hands them on.
	Imported []FactDef
	// Reach maps each directly imported package to the packages with
	// definitions it sees (itself included), so that a duplicate between
	// two packages that do not import each other is reported once, in the
	// lowest package that sees both.
	Reach map[string][]string
}

// Fact lists the definitions a package sees, for whole-program checks:
// its own, then those of its dependencies, direct or not.
type Fact struct {
	Defs []FactDef
}

// FactDef is the part of a Def other packages need.
type FactDef struct {
	Name, Kind, Library, Unit string
	Package                   string // import path
	Labels                    []string
	LabelsKnown               bool
	Position                  string // file:line
}

// AFact implements analysis.Fact.
func (*Fact) AFact() {}

// String lists the definitions, sorted by package, name and position, as
// "name library kind labels=a,b [unit=u] at pkg/file.go:line" ("-" for no
// labels, "unknown" when they cannot be folded), for tests and debugging.
func (f *Fact) String() string {
	defs := append([]FactDef(nil), f.Defs...)
	sort.SliceStable(defs, func(i, j int) bool {
		a, b := defs[i], defs[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Position < b.Position
	})
	parts := make([]string, len(defs))
	for i, d := range defs {
		labels := "unknown"
		switch {
		case d.LabelsKnown && len(d.Labels) == 0:
			labels = "-"
		case d.LabelsKnown:
			labels = strings.Join(d.Labels, ",")
		}
		s := d.Name + " " + d.Library + " " + d.Kind + " labels=" + labels
		if d.Unit != "" {
			s += " unit=" + d.Unit
		}
		parts[i] = s + " at " + d.Package + "/" + filepath.Base(d.Position)
	}
	return "metrics(" + strings.Join(parts, "; ") + ")"
}

// New returns the pass.
func New() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintmetricdefs",
		Doc:        "finds Prometheus and OpenTelemetry metric definitions",
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(Fact), new(WrapperFact), new(hasWrappers), new(ConstVarFact)},
		Run:        run,
	}
}

// Import paths of the metrics APIs the pass reads.
const (
	PkgProm       = "github.com/prometheus/client_golang/prometheus"
	pkgPromauto   = "github.com/prometheus/client_golang/prometheus/promauto"
	PkgOTelMetric = "go.opentelemetry.io/otel/metric"
)

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	defer export(pass, res)
	importsLib := typesutil.Imports(pass.Files, func(p string) bool {
		return p == PkgProm || p == pkgPromauto || p == PkgOTelMetric || p == "go.opentelemetry.io/otel"
	})
	importsWrappers := false
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasWrappers)) {
			importsWrappers = true
		}
	}
	if !importsLib && !importsWrappers {
		// Names may still be built from this package's constant
		// variables in others (build.ProjectName): hand those on.
		newFolder(pass)
		return res, nil
	}
	w := newWrapperScan(pass)
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typesutil.Callee(pass.TypesInfo, call)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			var d *Def
			switch fn.Pkg().Path() {
			case PkgProm, pkgPromauto:
				d = promDef(w.fold, fn, call)
			case PkgOTelMetric:
				d = otelDef(w.fold, fn, call)
			}
			if d == nil {
				return true
			}
			if d.Name == "" {
				w.unfolded = append(w.unfolded, d)
				return true
			}
			res.Defs = append(res.Defs, d)
			return true
		})
	}
	w.run(res)
	for _, d := range w.unfolded {
		if _, fn := w.enclosing(d.Pos); fn == nil || w.local[fn] == nil {
			res.Unfolded = append(res.Unfolded, d.Call)
		}
	}
	sort.SliceStable(res.Defs, func(i, j int) bool { return res.Defs[i].Pos < res.Defs[j].Pos })
	if len(w.local) > 0 || importsWrappers {
		pass.ExportPackageFact(new(hasWrappers))
	}
	return res, nil
}

// hasWrappers marks a package that declares metric wrappers or imports
// one that does, so that importers know to look at their calls.
type hasWrappers struct{}

func (*hasWrappers) AFact()         {}
func (*hasWrappers) String() string { return "hasmetricwrappers" }

// export hands on the definitions of the packages this one imports and
// exports the package fact: its own definitions and every definition it
// sees. It runs for every package, also those that do not import a
// metrics library, since a package importing two siblings is where their
// duplicates meet; reading facts costs no parsing.
//
// The fact carries the definitions of indirect dependencies itself rather
// than leaving them to the driver: go vet hands an analyzer only the facts
// of packages its imports' export data mention, golangci-lint those of
// every dependency, and the findings must not depend on the driver.
func export(pass *analysis.Pass, res *Result) {
	type key struct{ pkg, pos string }
	seen := make(map[key]bool)
	for _, imp := range pass.Pkg.Imports() {
		var f Fact
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		var reach []string
		for _, d := range f.Defs {
			if !contains(reach, d.Package) {
				reach = insert(reach, d.Package)
			}
			if k := (key{d.Package, d.Position}); !seen[k] {
				seen[k] = true
				res.Imported = append(res.Imported, d)
			}
		}
		if res.Reach == nil {
			res.Reach = make(map[string][]string)
		}
		res.Reach[imp.Path()] = reach
	}
	sort.SliceStable(res.Imported, func(i, j int) bool {
		a, b := res.Imported[i], res.Imported[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		return a.Position < b.Position
	})
	fact := &Fact{}
	for _, d := range res.Defs {
		p := pass.Fset.Position(d.Pos)
		fact.Defs = append(fact.Defs, FactDef{
			Name: d.Name, Kind: d.Kind, Library: d.Library, Unit: d.Unit,
			Package: pass.Pkg.Path(),
			Labels:  d.Labels, LabelsKnown: d.LabelsKnown,
			Position: p.Filename + ":" + strconv.Itoa(p.Line),
		})
	}
	fact.Defs = append(fact.Defs, res.Imported...)
	if len(fact.Defs) > 0 {
		pass.ExportPackageFact(fact)
	}
}

// contains reports whether the sorted list holds s.
func contains(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

// insert adds s to the sorted list.
func insert(list []string, s string) []string {
	i := sort.SearchStrings(list, s)
	return append(list[:i], append([]string{s}, list[i:]...)...)
}

// promKinds maps client_golang constructors to kinds.
var promKinds = map[string]string{
	"NewCounter": Counter, "NewCounterVec": Counter, "NewCounterFunc": Counter,
	"NewGauge": Gauge, "NewGaugeVec": Gauge, "NewGaugeFunc": Gauge,
	"NewHistogram": Histogram, "NewHistogramVec": Histogram,
	"NewSummary": Summary, "NewSummaryVec": Summary,
	"NewUntypedFunc": Untyped,
}

// promDef recognises a client_golang definition.
func promDef(info *folder, fn *types.Func, call *ast.CallExpr) *Def {
	if fn.Name() == "NewDesc" && fn.Pkg().Path() == PkgProm {
		return descDef(info, call)
	}
	kind, ok := promKinds[fn.Name()]
	if !ok || len(call.Args) == 0 {
		return nil
	}
	d := &Def{Library: Prometheus, Kind: kind, Call: call, Pos: call.Pos()}
	opts := ast.Unparen(call.Args[0])
	if u, ok := opts.(*ast.UnaryExpr); ok && u.Op == token.AND {
		opts = u.X
	}
	lit, ok := opts.(*ast.CompositeLit)
	if !ok {
		if lit = info.optsLit(opts); lit == nil {
			return d // options built elsewhere: not folded
		}
	}
	folded := foldOpts(info, lit, d)
	if len(call.Args) > 1 && !strings.HasSuffix(fn.Name(), "Func") {
		d.Labels, d.LabelExprs, d.LabelsKnown = stringList(info, call.Args[1])
	} else if !strings.HasSuffix(fn.Name(), "Vec") {
		d.LabelsKnown = true // no variable labels
	}
	if d.NameExpr == nil {
		d.NameExpr = lit
	}
	if folded && d.Short != "" {
		d.Name = buildFQName(d.Namespace, d.Subsystem, d.Short)
	}
	return d
}

// foldOpts reads the fields of a *Opts literal into d, recursing into the
// plain options embedded in V2's *VecOpts. It reports whether every name
// part is a constant.
func foldOpts(info *folder, lit *ast.CompositeLit, d *Def) bool {
	folded := true
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			continue
		}
		switch key.Name {
		case "Namespace":
			s, ok := constString(info, kv.Value)
			d.Namespace, folded = s, folded && ok
		case "Subsystem":
			s, ok := constString(info, kv.Value)
			d.Subsystem, folded = s, folded && ok
		case "Name":
			s, ok := constString(info, kv.Value)
			d.Short, folded = s, folded && ok
			d.NameExpr = kv.Value
			if bl, isLit := ast.Unparen(kv.Value).(*ast.BasicLit); isLit {
				d.NameLit = bl
			}
		case "Help":
			s, ok := constString(info, kv.Value)
			d.Help, d.HasHelp = s, !ok || s != ""
			if !ok {
				d.helpExpr = kv.Value
			}
		case "ConstLabels":
			d.ConstLabels = mapKeys(info, kv.Value)
		case "VariableLabels":
			d.Labels, d.LabelExprs, d.LabelsKnown = stringList(info, kv.Value)
		case "CounterOpts", "GaugeOpts", "HistogramOpts", "SummaryOpts":
			if inner, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
				folded = foldOpts(info, inner, d) && folded
			} else {
				folded = false
			}
		}
	}
	return folded
}

// descDef recognises prometheus.NewDesc(fqName, help, variableLabels,
// constLabels), used by custom collectors. Its kind is unknown.
func descDef(info *folder, call *ast.CallExpr) *Def {
	if len(call.Args) < 3 {
		return nil
	}
	d := &Def{Library: Prometheus, Kind: Untyped, Call: call, Pos: call.Pos(), NameExpr: call.Args[0]}
	if name, ok := constString(info, call.Args[0]); ok {
		d.Name, d.Short = name, name
		if bl, isLit := ast.Unparen(call.Args[0]).(*ast.BasicLit); isLit {
			d.NameLit = bl
		}
	} else if bcall, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr); ok {
		// prometheus.BuildFQName(ns, sub, name)
		if f := typesutil.Callee(info.Info, bcall); f != nil && f.Name() == "BuildFQName" && len(bcall.Args) == 3 {
			ns, ok1 := constString(info, bcall.Args[0])
			sub, ok2 := constString(info, bcall.Args[1])
			n, ok3 := constString(info, bcall.Args[2])
			if ok1 && ok2 && ok3 {
				d.Namespace, d.Subsystem, d.Short = ns, sub, n
				d.Name = buildFQName(ns, sub, n)
				d.NameExpr = bcall.Args[2]
			}
		}
	}
	d.Help, d.HasHelp = "", true
	if h, ok := constString(info, call.Args[1]); ok {
		d.Help, d.HasHelp = h, h != ""
	}
	d.Labels, d.LabelExprs, d.LabelsKnown = stringList(info, call.Args[2])
	if len(call.Args) > 3 {
		d.ConstLabels = mapKeys(info, call.Args[3])
	}
	return d
}

// otelKinds maps meter methods to kinds.
var otelKinds = map[string]string{
	"Int64Counter": Counter, "Float64Counter": Counter,
	"Int64UpDownCounter": UpDown, "Float64UpDownCounter": UpDown,
	"Int64Histogram": Histogram, "Float64Histogram": Histogram,
	"Int64Gauge": Gauge, "Float64Gauge": Gauge,
	"Int64ObservableCounter": Counter, "Float64ObservableCounter": Counter,
	"Int64ObservableUpDownCounter": UpDown, "Float64ObservableUpDownCounter": UpDown,
	"Int64ObservableGauge": Gauge, "Float64ObservableGauge": Gauge,
}

// otelDef recognises meter.Int64Counter(name, metric.WithUnit(u), ...).
func otelDef(info *folder, fn *types.Func, call *ast.CallExpr) *Def {
	kind, ok := otelKinds[fn.Name()]
	if !ok || len(call.Args) == 0 || !typesutil.IsNamed(recvType(fn), PkgOTelMetric, "Meter") {
		return nil
	}
	d := &Def{Library: OTel, Kind: kind, Call: call, Pos: call.Pos(), NameExpr: call.Args[0], LabelsKnown: false}
	if name, ok := constString(info, call.Args[0]); ok {
		d.Name, d.Short = name, name
		if bl, isLit := ast.Unparen(call.Args[0]).(*ast.BasicLit); isLit {
			d.NameLit = bl
		}
	}
	if call.Ellipsis.IsValid() && len(call.Args) > 1 {
		d.optsParamExpr = call.Args[len(call.Args)-1] // opts...
	}
	for _, opt := range call.Args[1:] {
		readOTelOption(info, opt, d)
	}
	return d
}

func recvType(fn *types.Func) types.Type {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		return sig.Recv().Type()
	}
	return nil
}

// buildFQName joins the parts as prometheus.BuildFQName does.
func buildFQName(ns, sub, name string) string {
	if name == "" {
		return ""
	}
	var parts []string
	for _, p := range []string{ns, sub, name} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "_")
}

// constString returns the constant string value of e, folded by the type
// checker (constants, constant expressions, constants of other packages).
func constString(info *folder, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return info.varString(e)
	}
	return constant.StringVal(tv.Value), true
}

// stringList folds a []string{...} literal of constants, a nil, or a
// prometheus.UnconstrainedLabels / ConstrainedLabels literal.
func stringList(info *folder, e ast.Expr) ([]string, []ast.Expr, bool) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && id.Name == "nil" {
		return nil, nil, true
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, nil, false
	}
	var out []string
	var exprs []ast.Expr
	for _, elt := range lit.Elts {
		var v ast.Expr = elt
		if inner, ok := elt.(*ast.CompositeLit); ok { // ConstrainedLabel{Name: ...}
			for _, ie := range inner.Elts {
				if kv, ok := ie.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Name" {
						v = kv.Value
					}
				}
			}
		}
		s, ok := constString(info, v)
		if !ok {
			return nil, nil, false
		}
		out = append(out, s)
		exprs = append(exprs, v)
	}
	return out, exprs, true
}

// mapKeys returns the constant keys of a map literal (ConstLabels).
func mapKeys(info *folder, e ast.Expr) []string {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var keys []string
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if s, ok := constString(info, kv.Key); ok {
				keys = append(keys, s)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "metric definition") }
