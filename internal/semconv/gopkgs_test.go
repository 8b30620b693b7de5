package semconv

import (
	"encoding/json"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// otelModule is the go.opentelemetry.io/otel release whose semconv
// packages (v1.4.0 to v1.43.0) TestGoSemconvPackages reads.
const otelModule = "go.opentelemetry.io/otel@v1.47.0"

// TestGoSemconvPackages reads every Go package semconv/vX of the real
// go.opentelemetry.io/otel module and checks the table and the naming
// helpers against it: each attribute.Key constant is a key the table
// defines at release X, each NAME(val) function is backed by NAMEKey, each
// enum variable by one of GoKeyConstNames, each template function's prefix
// is a template attribute. It downloads the module through the module
// proxy, so it runs with OBSLINT_E2E=1 only.
func TestGoSemconvPackages(t *testing.T) {
	if os.Getenv("OBSLINT_E2E") == "" {
		t.Skip("OBSLINT_E2E=1 runs this test (it downloads " + otelModule + ")")
	}
	out, err := exec.Command("go", "mod", "download", "-json", otelModule).Output()
	if err != nil {
		t.Fatalf("go mod download %s: %v", otelModule, err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download: %v %s", err, out)
	}
	dirs, _ := filepath.Glob(filepath.Join(mod.Dir, "semconv", "v*"))
	if len(dirs) < 39 {
		t.Fatalf("%d semconv packages in %s, want 39 or more", len(dirs), mod.Dir)
	}
	conv := Builtin()
	var keys, funcs, vars, templates int
	for _, dir := range dirs {
		v, err := ParseVersion(filepath.Base(dir))
		if err != nil {
			continue
		}
		if !conv.Covers(v) {
			t.Errorf("semconv/%s: release not in the table", filepath.Base(dir))
			continue
		}
		fset := token.NewFileSet()
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		consts := make(map[string]string) // NAMEKey -> key
		var decls []ast.Decl
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			af, err := goparser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			decls = append(decls, af.Decls...)
		}
		for _, d := range decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if key, ok := attributeKeyLit(vs.Values[i]); ok {
							consts[name.Name] = key
						}
					}
				}
			}
		}
		for name, key := range consts {
			keys++
			if info, ok := conv.Attribute(key, v); !ok || info.Status == NotYet || info.Status == Removed {
				t.Errorf("semconv/v%s.%s: key %s not in the table at %s (%s)", v, name, key, v, info.Status)
			}
		}
		for _, d := range decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv != nil || d.Body == nil || len(d.Body.List) != 1 {
					continue
				}
				ret, ok := d.Body.List[0].(*ast.ReturnStmt)
				if !ok || len(ret.Results) != 1 {
					continue
				}
				call, ok := ret.Results[0].(*ast.CallExpr)
				if !ok {
					continue
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					continue
				}
				if id, ok := sel.X.(*ast.Ident); ok && consts[id.Name] != "" {
					funcs++
					if names := GoKeyConstNames(d.Name.Name); len(names) == 0 || names[0] != id.Name {
						t.Errorf("semconv/v%s.%s returns %s.%s: GoKeyConstNames gives %v", v, d.Name.Name, id.Name, sel.Sel.Name, GoKeyConstNames(d.Name.Name))
					}
				}
				// Templates: attribute.T("prefix."+key, val).
				if len(call.Args) == 2 {
					if bin, ok := call.Args[0].(*ast.BinaryExpr); ok && bin.Op == token.ADD {
						if lit, ok := bin.X.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							prefix, _ := strconv.Unquote(lit.Value)
							templates++
							info, ok := conv.Attribute(prefix+"x", v)
							if !ok || !info.Template || info.Name+"." != prefix {
								t.Errorf("semconv/v%s.%s: template %sKEY not in the table (%+v)", v, d.Name.Name, prefix, info)
							}
						}
					}
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, s := range d.Specs {
					vs := s.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i >= len(vs.Values) {
							continue
						}
						call, ok := vs.Values[i].(*ast.CallExpr)
						if !ok {
							continue
						}
						sel, ok := call.Fun.(*ast.SelectorExpr)
						if !ok {
							continue
						}
						if id, ok := sel.X.(*ast.Ident); ok && consts[id.Name] != "" {
							vars++
							// The first candidate the package declares
							// is the one: the pass looks them up in order.
							first := ""
							for _, c := range GoKeyConstNames(name.Name) {
								if consts[c] != "" {
									first = c
									break
								}
							}
							if first != id.Name {
								t.Errorf("semconv/v%s.%s = %s.%s(...): the first key constant among GoKeyConstNames is %q", v, name.Name, id.Name, sel.Sel.Name, first)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("%d packages: %d keys, %d functions, %d enum variables, %d templates checked", len(dirs), keys, funcs, vars, templates)
}

// attributeKeyLit matches attribute.Key("k").
func attributeKeyLit(e ast.Expr) (string, bool) {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return "", false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Key" {
		return "", false
	}
	if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "attribute" {
		return "", false
	}
	lit, ok := call.Args[0].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}
