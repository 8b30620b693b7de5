package findings

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// EnclosingFunctions sets each finding's Function to the function or
// method declaration containing it ("Store.ServeHTTP", "ListOrders"), or
// leaves it empty at package level. Baselines and SARIF fingerprints use
// it instead of line numbers, which shift. Each file is parsed once,
// without type checking.
func EnclosingFunctions(fs []Finding) {
	type span struct {
		from, to int
		name     string
	}
	byFile := make(map[string][]span)
	for i := range fs {
		f := &fs[i]
		spans, ok := byFile[f.File]
		if !ok {
			fset := token.NewFileSet()
			file, err := parser.ParseFile(fset, f.File, nil, parser.SkipObjectResolution)
			if file != nil {
				for _, d := range file.Decls {
					fd, ok := d.(*ast.FuncDecl)
					if !ok {
						continue
					}
					spans = append(spans, span{
						from: fset.Position(fd.Pos()).Line,
						to:   fset.Position(fd.End()).Line,
						name: funcName(fd),
					})
				}
			}
			_ = err // an unparsable file has no functions to name
			byFile[f.File] = spans
		}
		for _, s := range spans {
			if s.from <= f.Line && f.Line <= s.to {
				f.Function = s.name
				break
			}
		}
	}
}

// funcName names a declaration "Func" or "Type.Method".
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.Ident:
			return x.Name + "." + fd.Name.Name
		}
		return fd.Name.Name
	}
}
