package semconv

import (
	"fmt"
	"go/ast"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	otelsc "github.com/obslint/obslint/internal/semconv"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/metricdefs"
)

// metric checks one OpenTelemetry instrument.
func (c *checker) metric(d *metricdefs.Def) {
	pos, end := d.Pos, d.Call.Lparen
	if d.NameExpr != nil {
		pos, end = d.NameExpr.Pos(), d.NameExpr.End()
	}
	def, ok := c.vocab.Metric(d.Name)
	if !ok {
		if ns := c.vocab.Owner(d.Name); ns != "" {
			msg := fmt.Sprintf("metric %s is in the owned namespace %s, but no registry declares it", d.Name, ns)
			var fixes []analysis.SuggestedFix
			if s := c.vocab.SuggestMetric(d.Name); s != "" {
				msg += fmt.Sprintf("; did you mean %s?", s)
				fixes = renameMetric(d, s, "use "+s)
			} else {
				msg += "; declare it in the registry (semconv.registries)"
			}
			c.r.Report(Undeclared, pos, end, msg, fixes...)
		}
		return
	}
	if def.Status == otelsc.NotYet {
		return
	}
	if def.Status == otelsc.Deprecated || def.Status == otelsc.Removed {
		msg := fmt.Sprintf("metric %s %s", d.Name, c.deprecationSays(def))
		var fixes []analysis.SuggestedFix
		if def.Replacement != "" {
			msg += "; use " + def.Replacement
			fixes = renameMetric(d, def.Replacement, "use "+def.Replacement)
			if rd, ok := c.vocab.Metric(def.Replacement); ok && (rd.Instrument != otelsc.Instrument(d.Kind) || rd.Unit != d.Unit) {
				msg += fmt.Sprintf(" (a %s in %s)", rd.Instrument, unitName(rd.Unit))
				fixes = nil // another instrument or unit: more than a rename
			}
		} else if def.Note != "" {
			msg += ": " + def.Note
		}
		c.r.Report(Deprecated, pos, end, msg, fixes...)
		return // the definition of a deprecated name is no guide
	}
	if def.Instrument != "" && otelsc.Instrument(d.Kind) != def.Instrument {
		c.r.Report(Instrument, pos, end, fmt.Sprintf("metric %s %s, but is created here as a%s %s",
			d.Name, c.metricSays(def, "a"+an(string(def.Instrument))+" "+string(def.Instrument)), an(d.Kind), d.Kind))
	}
	switch {
	case d.HasUnit && d.UnitExpr != nil && d.Unit != def.Unit && isConst(c.pass, d.UnitExpr):
		c.r.Report(Unit, d.UnitExpr.Pos(), d.UnitExpr.End(), fmt.Sprintf("metric %s %s, not %q",
			d.Name, c.metricSays(def, "in "+unitName(def.Unit)), d.Unit), c.replaceUnit(d, def.Unit)...)
	case !d.HasUnit && def.Unit != "":
		c.r.Report(Unit, pos, end, fmt.Sprintf("metric %s %s, but has no unit; add metric.WithUnit(%q)",
			d.Name, c.metricSays(def, "in "+unitName(def.Unit)), def.Unit), c.addUnit(d, def.Unit)...)
	}
}

// metricSays says what the vocabulary defines a metric as, and who says so.
func (c *checker) metricSays(def otelsc.Def, what string) string {
	if def.Registry {
		return fmt.Sprintf("is declared %s in the registry (%s)", what, c.where(def.Pos))
	}
	return fmt.Sprintf("is %s in the semantic conventions %s", what, c.vocab.Release)
}

func unitName(u string) string {
	if u == "" {
		return "no unit"
	}
	return strconv.Quote(u)
}

func isConst(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

func renameMetric(d *metricdefs.Def, name, msg string) []analysis.SuggestedFix {
	if d.NameLit == nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: d.NameLit.Pos(), End: d.NameLit.End(), NewText: []byte(strconv.Quote(name))}},
	}}
}

// replaceUnit rewrites the unit literal.
func (c *checker) replaceUnit(d *metricdefs.Def, unit string) []analysis.SuggestedFix {
	if d.UnitLit == nil || unit == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   "use the unit " + strconv.Quote(unit),
		TextEdits: []analysis.TextEdit{{Pos: d.UnitLit.Pos(), End: d.UnitLit.End(), NewText: []byte(strconv.Quote(unit))}},
	}}
}

// addUnit appends metric.WithUnit(unit) to the instrument's options, when
// the call is the meter's own (not a wrapper's), the file imports the
// metric package (under whatever name) and the call does not spread a
// slice of options.
func (c *checker) addUnit(d *metricdefs.Def, unit string) []analysis.SuggestedFix {
	if d.Call == nil || d.Call.Ellipsis.IsValid() {
		return nil
	}
	if fn := typesutil.Callee(c.pass.TypesInfo, d.Call); fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != metricdefs.PkgOTelMetric {
		return nil // a wrapper of the meter: its parameters may take no options
	}
	name := c.importName(d.Call, metricdefs.PkgOTelMetric)
	if name == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("add %s.WithUnit(%q)", name, unit),
		TextEdits: []analysis.TextEdit{{Pos: d.Call.Rparen, End: d.Call.Rparen, NewText: []byte(fmt.Sprintf(", %s.WithUnit(%q)", name, unit))}},
	}}
}

// importName is the name under which the file holding n imports path, or
// "" when it does not (or imports it with _ or .).
func (c *checker) importName(n ast.Node, path string) string {
	for _, f := range c.pass.Files {
		if f.FileStart > n.Pos() || n.Pos() > f.FileEnd {
			continue
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p != path {
				continue
			}
			if imp.Name != nil {
				if imp.Name.Name == "_" || imp.Name.Name == "." {
					return ""
				}
				return imp.Name.Name
			}
			if pn, ok := c.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
				return pn.Name()
			}
			return "metric"
		}
	}
	return ""
}
