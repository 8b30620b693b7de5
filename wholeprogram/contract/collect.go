package contract

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/wholeprogram/program"
	"github.com/obslint/obslint/wholeprogram/sloexport"
)

// Telemetry is what a program declares: the contract that dashboards,
// alerts and SLO rules rely on.
type Telemetry struct {
	Metrics    []Metric
	SLOs       []SLO
	Spans      []Named // span names given as constants
	Attributes []Named // span attribute keys given as constants
	LogKeys    []Named // structured log keys given as constants
	// Incomplete are the directories (relative to the module root, "/"
	// separated) of packages that did not load or type-check cleanly:
	// what they declare may be missing, so Diff compares nothing declared
	// in them (a generated file that go:embed needs is absent from the
	// base revision's git objects, and the packages importing it fail).
	Incomplete []string
}

// Metric is one metric definition whose name is known.
type Metric struct {
	Name    string
	Library string // prometheus or otel
	Kind    string // counter, gauge, histogram, summary, …
	Unit    string
	// Labels are its variable labels, sorted; LabelsKnown is false when
	// they cannot be folded (then label changes are not reported).
	Labels      []string
	LabelsKnown bool
	// Buckets is the bucket expression as written ("" when none).
	Buckets  string
	Position string // file:line:col relative to the module root
	// Site identifies the declaration independently of lines: the
	// package, the enclosing declaration (a variable, a function) and the
	// definition's rank in it. A metric declared at the same site under
	// another name is renamed.
	Site string
}

// SLO is the objective declared on one function.
type SLO struct {
	Function      string // full name
	Name          string
	Success       float64 // percent, 0 when not declared
	Latency       time.Duration
	LatencyTarget float64
	Position      string
}

// Named is a name declared somewhere: a span name, an attribute or log
// key, at its first position.
type Named struct {
	Name, Position string
	Positions      []string // all of them, Position first
}

// Collect gathers the telemetry the program's packages declare, outside
// _test.go files. root is the module root, for positions.
func Collect(prog *program.Program, root string) *Telemetry {
	t := &Telemetry{}
	c := &collector{prog: prog, root: root, spans: map[string][]string{}, attrs: map[string][]string{}, keys: map[string][]string{}}
	seenMetric := make(map[string]bool)
	incomplete := make(map[string]bool)
	for _, p := range prog.Packages {
		if (len(p.Errors) > 0 || p.IllTyped) && len(p.GoFiles) > 0 {
			incomplete[c.dir(p.GoFiles[0])] = true
		}
		if defs, ok := prog.Result(prog.Passes.MetricDefs, p).(*metricdefs.Result); ok && defs != nil {
			sites := c.sites(p, defs.Defs)
			for _, d := range defs.Defs {
				if d.Name == "" || c.inTest(d.Pos) {
					continue
				}
				m := Metric{Name: d.Name, Library: d.Library, Kind: d.Kind, Unit: d.Unit, LabelsKnown: d.LabelsKnown, Position: c.position(d.Pos), Site: sites[d]}
				if d.LabelsKnown {
					m.Labels = sortedUnique(d.Labels)
				}
				m.Buckets = buckets(d.Call)
				if key := m.Name + "@" + m.Position; !seenMetric[key] {
					seenMetric[key] = true
					t.Metrics = append(t.Metrics, m)
				}
			}
		}
		if logs, ok := prog.Result(prog.Passes.LogCalls, p).(*logcalls.Result); ok && logs != nil {
			for _, k := range logs.Keys {
				if k.Const && k.Name != "" && !c.inTest(k.Expr.Pos()) {
					c.add(c.keys, k.Name, k.Expr.Pos())
				}
			}
		}
		c.scanOTel(p)
	}
	sort.Slice(t.Metrics, func(i, j int) bool {
		if t.Metrics[i].Name != t.Metrics[j].Name {
			return t.Metrics[i].Name < t.Metrics[j].Name
		}
		return t.Metrics[i].Position < t.Metrics[j].Position
	})
	t.SLOs = slos(prog)
	t.Spans, t.Attributes, t.LogKeys = named(c.spans), named(c.attrs), named(c.keys)
	for d := range incomplete {
		t.Incomplete = append(t.Incomplete, d)
	}
	sort.Strings(t.Incomplete)
	return t
}

// dir is the directory of file relative to the module root, as the
// file part of positions has it.
func (c *collector) dir(file string) string {
	if rel, err := filepath.Rel(c.root, file); err == nil && filepath.IsLocal(rel) {
		file = rel
	}
	return path.Dir(filepath.ToSlash(file))
}

type collector struct {
	prog               *program.Program
	root               string
	spans, attrs, keys map[string][]string // name -> positions
}

func (c *collector) inTest(pos token.Pos) bool {
	return strings.HasSuffix(c.prog.Fset.Position(pos).Filename, "_test.go")
}

func (c *collector) position(pos token.Pos) string {
	p := c.prog.Fset.Position(pos)
	name := p.Filename
	if rel, err := filepath.Rel(c.root, name); err == nil && filepath.IsLocal(rel) {
		name = filepath.ToSlash(rel)
	}
	return name + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

// add records name at pos.
func (c *collector) add(m map[string][]string, name string, pos token.Pos) {
	m[name] = append(m[name], c.position(pos))
}

// named lists the names of m, each at its first position.
func named(m map[string][]string) []Named {
	out := make([]Named, 0, len(m))
	for n, ps := range m {
		out = append(out, newNamed(n, ps))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func newNamed(name string, positions []string) Named {
	ps := sortedUnique(positions)
	sort.SliceStable(ps, func(i, j int) bool { return lessPosition(ps[i], ps[j]) })
	return Named{Name: name, Position: ps[0], Positions: ps}
}

// sites names each definition's declaration site: "pkg var:name" for a
// package-level variable, "pkg func:Recv.Name#k" for the k-th definition
// in a function, "pkg file:name.go#k" elsewhere.
func (c *collector) sites(p *packages.Package, defs []*metricdefs.Def) map[*metricdefs.Def]string {
	out := make(map[*metricdefs.Def]string)
	rank := make(map[string]int)
	for _, d := range defs {
		site := ""
		for _, f := range p.Syntax {
			if f.Pos() > d.Pos || d.Pos >= f.End() {
				continue
			}
			for _, decl := range f.Decls {
				if decl.Pos() > d.Pos || d.Pos >= decl.End() {
					continue
				}
				switch decl := decl.(type) {
				case *ast.FuncDecl:
					name := decl.Name.Name
					if decl.Recv != nil && len(decl.Recv.List) > 0 {
						name = types.ExprString(decl.Recv.List[0].Type) + "." + name
					}
					site = "func:" + name
				case *ast.GenDecl:
					for _, spec := range decl.Specs {
						if vs, ok := spec.(*ast.ValueSpec); ok && vs.Pos() <= d.Pos && d.Pos < vs.End() {
							var names []string
							for _, n := range vs.Names {
								names = append(names, n.Name)
							}
							site = "var:" + strings.Join(names, ",")
						}
					}
				}
			}
			if site == "" {
				site = "file:" + filepath.Base(c.prog.Fset.Position(f.Pos()).Filename)
			}
		}
		site = p.PkgPath + " " + site
		out[d] = site + "#" + strconv.Itoa(rank[site])
		rank[site]++
	}
	return out
}

// buckets returns the bucket boundaries a definition sets, as written:
// a Buckets field of client_golang's HistogramOpts, or OpenTelemetry's
// metric.WithExplicitBucketBoundaries option.
func buckets(call *ast.CallExpr) string {
	if call == nil {
		return ""
	}
	found := ""
	ast.Inspect(call, func(n ast.Node) bool {
		if found != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if id, ok := n.Key.(*ast.Ident); ok && (id.Name == "Buckets" || id.Name == "Objectives" || id.Name == "NativeHistogramBucketFactor") {
				found = id.Name + ": " + exprText(n.Value)
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "WithExplicitBucketBoundaries" {
				var args []string
				for _, a := range n.Args {
					args = append(args, exprText(a))
				}
				found = "buckets: " + strings.Join(args, ", ")
			}
		}
		return true
	})
	return found
}

// OpenTelemetry, OpenCensus and OpenTracing APIs that name spans and
// attributes.
const (
	pkgOTelTrace  = "go.opentelemetry.io/otel/trace"
	pkgOTelAttr   = "go.opentelemetry.io/otel/attribute"
	pkgOCTrace    = "go.opencensus.io/trace"
	pkgOpenTrace  = "github.com/opentracing/opentracing-go"
	attrKeyType   = "Key"
	maxNameLength = 200
)

// scanOTel records the constant span names and attribute keys of p.
func (c *collector) scanOTel(p *packages.Package) {
	info := p.TypesInfo
	if info == nil {
		return
	}
	str := func(e ast.Expr) (string, bool) {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return "", false
		}
		s := constant.StringVal(tv.Value)
		return s, s != "" && len(s) <= maxNameLength
	}
	for _, f := range p.Syntax {
		if strings.HasSuffix(c.prog.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			// attribute.Key("k") conversions.
			if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && isAttrKey(tv.Type) && len(call.Args) == 1 {
				if s, ok := str(call.Args[0]); ok {
					c.add(c.attrs, s, call.Args[0].Pos())
				}
				return true
			}
			fn := typesutil.Callee(info, call)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			sig, _ := fn.Type().(*types.Signature)
			switch path := fn.Pkg().Path(); {
			case path == pkgOTelTrace && fn.Name() == "Start" && sig != nil && sig.Recv() != nil && len(call.Args) >= 2,
				path == pkgOCTrace && (fn.Name() == "StartSpan" || fn.Name() == "StartSpanWithRemoteParent") && len(call.Args) >= 2,
				path == pkgOpenTrace && fn.Name() == "StartSpanFromContext" && len(call.Args) >= 2:
				if s, ok := str(call.Args[1]); ok {
					c.add(c.spans, s, call.Args[1].Pos())
				}
			case path == pkgOpenTrace && (fn.Name() == "StartSpan") && len(call.Args) >= 1:
				if s, ok := str(call.Args[0]); ok {
					c.add(c.spans, s, call.Args[0].Pos())
				}
			case path == pkgOTelAttr && sig != nil && sig.Recv() == nil && len(call.Args) >= 1 && isAttrKeyValueCtor(fn.Name()):
				if s, ok := str(call.Args[0]); ok {
					c.add(c.attrs, s, call.Args[0].Pos())
				}
			case path == pkgOTelAttr && sig != nil && sig.Recv() != nil && isAttrKey(sig.Recv().Type()):
				// semconv.HTTPRouteKey.String(v): a method on a constant key.
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
					if s, ok := str(sel.X); ok {
						c.add(c.attrs, s, sel.X.Pos())
					}
				}
			}
			return true
		})
	}
}

func isAttrKey(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkgOTelAttr && n.Obj().Name() == attrKeyType
}

func isAttrKeyValueCtor(name string) bool {
	switch name {
	case "String", "StringSlice", "Int", "IntSlice", "Int64", "Int64Slice", "Float64", "Float64Slice", "Bool", "BoolSlice", "Stringer":
		return true
	}
	return false
}

// slos lists the objective each function declares, merging the success
// and latency objectives sloexport resolves (convention objectives by
// name, inline targets, the convention's slo.entrypoints).
func slos(prog *program.Program) []SLO {
	by := make(map[string]*SLO)
	var order []string
	for _, o := range sloexport.Gather(prog) {
		s := by[o.Function]
		if s == nil {
			s = &SLO{Function: o.Function, Name: o.SLO, Position: o.Position}
			by[o.Function] = s
			order = append(order, o.Function)
		}
		switch o.Kind {
		case sloexport.Success:
			s.Success = o.Target
		case sloexport.Latency:
			s.Latency, s.LatencyTarget = o.Threshold, o.Target
		}
	}
	sort.Strings(order)
	out := make([]SLO, 0, len(order))
	for _, f := range order {
		out = append(out, *by[f])
	}
	return out
}

// String describes the objective: "api: success 99.9%, latency 250ms at 99%".
func (s SLO) String() string {
	var parts []string
	if s.Success != 0 {
		parts = append(parts, "success "+strconv.FormatFloat(s.Success, 'f', -1, 64)+"%")
	}
	if s.Latency != 0 {
		parts = append(parts, fmt.Sprintf("latency %v at %s%%", s.Latency, strconv.FormatFloat(s.LatencyTarget, 'f', -1, 64)))
	}
	return s.Name + ": " + strings.Join(parts, ", ")
}

func sortedUnique(l []string) []string {
	out := []string{}
	seen := make(map[string]bool)
	for _, s := range l {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// lessPosition orders "file:line:col" positions by file, then line and
// column as numbers.
func lessPosition(a, b string) bool {
	fa, la, ca := splitPos(a)
	fb, lb, cb := splitPos(b)
	if fa != fb {
		return fa < fb
	}
	if la != lb {
		return la < lb
	}
	return ca < cb
}

func splitPos(p string) (string, int, int) {
	parts := strings.Split(p, ":")
	if len(parts) < 3 {
		return p, 0, 0
	}
	l, _ := strconv.Atoi(parts[len(parts)-2])
	c, _ := strconv.Atoi(parts[len(parts)-1])
	return strings.Join(parts[:len(parts)-2], ":"), l, c
}

// exprText prints an expression on one line, composite literals whole.
func exprText(e ast.Expr) string {
	var b strings.Builder
	if err := format.Node(&b, token.NewFileSet(), e); err != nil {
		return types.ExprString(e)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
