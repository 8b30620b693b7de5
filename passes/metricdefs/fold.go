package metricdefs

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// folder folds metric names and labels: the type checker's constants,
// and package variables that hold a constant string for good — declared
// with a constant initialiser and never assigned in their package
// (openfga's Namespace: build.ProjectName) — known across packages by
// ConstVarFact. It also finds the option literals held in package
// variables (var cfg = prometheus.CounterOpts{...}).
type folder struct {
	*types.Info
	vars map[*types.Var]string            // this package's constant-valued variables
	lits map[*types.Var]*ast.CompositeLit // this package's variables holding an option literal
	pass *analysis.Pass
}

// ConstVarFact marks a package variable whose value is a constant string
// for good: initialised with it and never assigned in its package.
type ConstVarFact struct{ Value string }

// AFact implements analysis.Fact.
func (*ConstVarFact) AFact() {}

func (f *ConstVarFact) String() string { return "constant " + strconv.Quote(f.Value) }

// newFolder indexes the package's variables and exports their facts.
func newFolder(pass *analysis.Pass) *folder {
	f := &folder{Info: pass.TypesInfo, vars: make(map[*types.Var]string), lits: make(map[*types.Var]*ast.CompositeLit), pass: pass}
	assigned := make(map[*types.Var]bool)
	if !hasStringVars(pass) {
		return f
	}
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, name := range vs.Names {
					v, _ := pass.TypesInfo.Defs[name].(*types.Var)
					if v == nil {
						continue
					}
					val := ast.Unparen(vs.Values[i])
					if u, ok := val.(*ast.UnaryExpr); ok && u.Op == token.AND {
						val = u.X
					}
					if tv, ok := pass.TypesInfo.Types[val]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
						f.vars[v] = constant.StringVal(tv.Value)
					} else if lit, ok := val.(*ast.CompositeLit); ok {
						f.lits[v] = lit
					}
				}
			}
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					if v := varOf(pass.TypesInfo, l); v != nil {
						assigned[v] = true
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if v := varOf(pass.TypesInfo, n.X); v != nil {
						assigned[v] = true // its address taken: may change
					}
				}
			case *ast.IncDecStmt:
				if v := varOf(pass.TypesInfo, n.X); v != nil {
					assigned[v] = true
				}
			}
			return true
		})
	}
	for v, val := range f.vars {
		if assigned[v] {
			delete(f.vars, v)
			continue
		}
		pass.ExportObjectFact(v, &ConstVarFact{Value: val})
	}
	for v := range f.lits {
		if assigned[v] {
			delete(f.lits, v)
		}
	}
	return f
}

// hasStringVars reports whether the package declares a package-level
// variable initialised with a constant string or a literal: the common
// case, none, costs no walk of the files.
func hasStringVars(pass *analysis.Pass) bool {
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for _, v := range vs.Values {
					switch x := ast.Unparen(v).(type) {
					case *ast.BasicLit:
						if x.Kind == token.STRING {
							return true
						}
					case *ast.CompositeLit, *ast.UnaryExpr, *ast.BinaryExpr, *ast.Ident, *ast.SelectorExpr:
						return true
					}
				}
			}
		}
	}
	return false
}

// varOf returns the package-level variable e names, or nil.
func varOf(info *types.Info, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// varString returns the constant value a package variable holds for good.
func (f *folder) varString(e ast.Expr) (string, bool) {
	v := varOf(f.Info, e)
	if v == nil {
		return "", false
	}
	if s, ok := f.vars[v]; ok {
		return s, true
	}
	if v.Pkg() == f.pass.Pkg {
		return "", false
	}
	var fact ConstVarFact
	if f.pass.ImportObjectFact(v, &fact) {
		return fact.Value, true
	}
	return "", false
}

// optsLit returns the option literal a package variable of this package
// holds (var cfg = prometheus.CounterOpts{...}), or nil.
func (f *folder) optsLit(e ast.Expr) *ast.CompositeLit {
	if v := varOf(f.Info, e); v != nil {
		return f.lits[v]
	}
	return nil
}
