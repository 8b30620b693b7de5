package logkeys

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/passes/logcalls"
)

// A key held in a named constant is one decision, however many calls use
// it: its finding is reported once, at the constant's declaration when
// the constant is declared in the package (with a fix of its value), else
// at its first use in the package, each with the number of uses. A
// constant judged in its own package is marked with a fact, so that the
// packages importing it do not report it again.

// KeyConstFact marks a constant its package uses as a log key and judged
// at its declaration.
type KeyConstFact struct{}

// AFact implements analysis.Fact.
func (*KeyConstFact) AFact() {}

// String is "logkeyconst".
func (*KeyConstFact) String() string { return "logkeyconst" }

// namedConst returns the constant a key expression names (key, pkg.Key),
// or nil.
func namedConst(info *types.Info, e ast.Expr) *types.Const {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	c, _ := info.Uses[id].(*types.Const)
	if c == nil || c.Pkg() == nil || c.Parent() != c.Pkg().Scope() {
		return nil // a local constant: as good as a literal
	}
	return c
}

// constGroup is the findings of one constant's uses.
type constGroup struct {
	obj      *types.Const
	first    *logcalls.Key
	verdicts []*verdict
	uses     map[*verdict]int
}

func (c *checker) byConst(obj *types.Const, k *logcalls.Key, v *verdict) {
	if c.consts == nil {
		c.consts = make(map[*types.Const]*constGroup)
	}
	g := c.consts[obj]
	if g == nil {
		g = &constGroup{obj: obj, first: k, uses: make(map[*verdict]int)}
		c.consts[obj] = g
		c.constOrder = append(c.constOrder, g)
	}
	for _, w := range g.verdicts {
		if w.check == v.check && w.msg == v.msg {
			g.uses[w]++
			return
		}
	}
	g.verdicts = append(g.verdicts, v)
	g.uses[v] = 1
}

// reportConsts reports each constant's findings once.
func (c *checker) reportConsts() {
	for _, g := range c.constOrder {
		here := g.obj.Pkg() == c.pass.Pkg
		if !here && c.pass.ImportObjectFact(g.obj, new(KeyConstFact)) {
			continue // judged where it is declared
		}
		var spec *ast.ValueSpec
		var value ast.Expr
		if here {
			spec, value = c.constDecl(g.obj)
		}
		for _, v := range g.verdicts {
			n := g.uses[v]
			times := "once"
			if n > 1 {
				times = strconv.Itoa(n) + " times"
			}
			if spec != nil {
				var fixes []analysis.SuggestedFix
				if lit, ok := ast.Unparen(value).(*ast.BasicLit); ok && lit.Kind == token.STRING && v.rename != "" {
					fixes = []analysis.SuggestedFix{{
						Message:   fmt.Sprintf("rename key to %q", v.rename),
						TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(v.rename))}},
					}}
				}
				c.r.Report(v.check, value.Pos(), value.End(), fmt.Sprintf("%s; the constant %s is used as a log key %s in this package", v.msg, g.obj.Name(), times), fixes...)
				continue
			}
			name := g.obj.Name()
			if !here {
				name = g.obj.Pkg().Name() + "." + name
			}
			c.r.Report(v.check, g.first.Expr.Pos(), g.first.Expr.End(), fmt.Sprintf("%s; the constant %s is used as a log key %s in this package (reported at its first use)", v.msg, name, times))
		}
		if here && spec != nil && g.obj.Exported() {
			c.pass.ExportObjectFact(g.obj, &KeyConstFact{})
		}
	}
}

// constDecl finds the declaration of a package-level constant and the
// expression giving its value (the spec's own, or, in a const block with
// iota-style repetition, none).
func (c *checker) constDecl(obj *types.Const) (*ast.ValueSpec, ast.Expr) {
	for _, f := range c.pass.Files {
		if f.Pos() > obj.Pos() || obj.Pos() >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if c.pass.TypesInfo.Defs[n] == obj && i < len(vs.Values) {
						return vs, vs.Values[i]
					}
				}
			}
		}
	}
	return nil, nil
}
