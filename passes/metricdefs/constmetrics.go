package metricdefs

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
)

// Custom collectors describe their metrics with prometheus.NewDesc, which
// carries no type, and give the type where they emit a sample:
// MustNewConstMetric(desc, prometheus.CounterValue, …),
// MustNewConstHistogram(desc, …), MustNewConstSummary(desc, …). The pass
// reads those calls, so that a descriptor gets the type its samples have
// (and is held to the rules of that type), and hands them to the
// analyzers, which check that one collector does not emit one series
// twice.

// ConstMetric is one call making a sample of a descriptor.
type ConstMetric struct {
	Call *ast.CallExpr
	// Desc is the variable or field holding the descriptor, nil when the
	// descriptor is made in the call itself (DescCall) or comes from
	// anything else.
	Desc     types.Object
	DescCall *ast.CallExpr
	// Kind is the sample's type, "" when the value type is not a
	// constant.
	Kind string
	// LabelValues are the label values when every one is a constant
	// (LabelsConst), in order.
	LabelValues []string
	LabelsConst bool
}

// constMetricKind returns the kind a const-metric constructor gives its
// samples: "value" when the kind is its valueType argument.
func constMetricKind(name string) string {
	name = strings.TrimPrefix(name, "Must")
	name = strings.TrimSuffix(name, "WithCreatedTimestamp")
	switch name {
	case "NewConstMetric":
		return "value"
	case "NewConstHistogram", "NewConstNativeHistogram":
		return Histogram
	case "NewConstSummary":
		return Summary
	}
	return ""
}

// constMetrics finds the package's const-metric calls and gives the
// descriptors they use the kind of their samples, when all agree.
func constMetrics(pass *analysis.Pass, fold *folder, res *Result) {
	info := pass.TypesInfo
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typesutil.Callee(info, call)
			if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != PkgProm || len(call.Args) == 0 {
				return true
			}
			kind := constMetricKind(fn.Name())
			if kind == "" {
				return true
			}
			cm := &ConstMetric{Call: call}
			switch d := ast.Unparen(call.Args[0]).(type) {
			case *ast.CallExpr:
				cm.DescCall = d
			default:
				cm.Desc = typesutil.ObjectOf(info, d)
			}
			if kind == "value" {
				kind = ""
				if len(call.Args) > 1 {
					kind = valueTypeKind(info, call.Args[1])
				}
			}
			cm.Kind = kind
			sig := fn.Type().(*types.Signature)
			if sig.Variadic() && !call.Ellipsis.IsValid() {
				cm.LabelsConst = true
				for _, a := range call.Args[min(sig.Params().Len()-1, len(call.Args)):] {
					s, ok := constString(fold, a)
					if !ok {
						cm.LabelsConst = false
						cm.LabelValues = nil
						break
					}
					cm.LabelValues = append(cm.LabelValues, s)
				}
			}
			res.ConstMetrics = append(res.ConstMetrics, cm)
			return true
		})
	}
	inferDescKinds(pass, res)
}

// valueTypeKind returns the kind of a constant prometheus.CounterValue,
// GaugeValue or UntypedValue, or "".
func valueTypeKind(info *types.Info, e ast.Expr) string {
	c, ok := typesutil.ObjectOf(info, e).(*types.Const)
	if !ok || c.Pkg() == nil || c.Pkg().Path() != PkgProm {
		return ""
	}
	switch c.Name() {
	case "CounterValue":
		return Counter
	case "GaugeValue":
		return Gauge
	case "UntypedValue":
		return Untyped
	}
	return ""
}

// inferDescKinds gives each NewDesc definition the kind of the samples
// made of it, when they all have one kind: the descriptor is followed to
// the variable or field it is assigned to (var d = NewDesc(…), c.d =
// NewDesc(…), &collector{d: NewDesc(…)}) or used in place.
func inferDescKinds(pass *analysis.Pass, res *Result) {
	info := pass.TypesInfo
	descs := make(map[*ast.CallExpr]*Def)
	for _, d := range res.Defs {
		if d.Kind == Untyped && d.Call != nil {
			if fn := typesutil.Callee(info, d.Call); fn != nil && fn.Name() == "NewDesc" {
				descs[d.Call] = d
			}
		}
	}
	if len(descs) == 0 || len(res.ConstMetrics) == 0 {
		return
	}
	held := make(map[types.Object][]*Def)
	hold := func(lhs ast.Expr, rhs ast.Expr) {
		call, ok := ast.Unparen(rhs).(*ast.CallExpr)
		if !ok || descs[call] == nil {
			return
		}
		if obj := typesutil.ObjectOf(info, lhs); obj != nil {
			held[obj] = append(held[obj], descs[call])
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						hold(n.Lhs[i], n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if len(n.Names) == len(n.Values) {
					for i := range n.Names {
						hold(n.Names[i], n.Values[i])
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					hold(id, n.Value)
				}
			}
			return true
		})
	}
	kinds := make(map[*Def]map[string]bool)
	note := func(d *Def, kind string) {
		if kinds[d] == nil {
			kinds[d] = make(map[string]bool)
		}
		kinds[d][kind] = true
	}
	for _, cm := range res.ConstMetrics {
		switch {
		case cm.DescCall != nil && descs[cm.DescCall] != nil:
			note(descs[cm.DescCall], cm.Kind)
		case cm.Desc != nil:
			for _, d := range held[cm.Desc] {
				note(d, cm.Kind)
			}
		}
	}
	for d, ks := range kinds {
		if len(ks) != 1 {
			continue
		}
		for k := range ks {
			if k != "" && k != Untyped {
				d.Kind = k
			}
		}
	}
}
