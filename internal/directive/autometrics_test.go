package directive

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestAutometricsLabels compares with the names runtime.FuncForPC printed
// for the same declarations in a package whose last path element has a
// dot (go1.26): example.com/callers/sub%2epkg.(*G[...]).Q and so on.
// Autometrics splits that name at its last dot.
func TestAutometricsLabels(t *testing.T) {
	src := `package p

type S struct{}
type G[T any] struct{}

func F()         {}
func (S) V()     {}
func (*S) P()    {}
func (*G[T]) Q() {}
func H[T any]()  {}
`
	for _, tc := range []struct {
		pkg, fn, function, module string
	}{
		{"example.com/callers/sub.pkg", "F", "F", "example.com/callers/sub%2epkg"},
		{"example.com/callers/sub.pkg", "V", "V", "example.com/callers/sub%2epkg.S"},
		{"example.com/callers/sub.pkg", "P", "P", "example.com/callers/sub%2epkg.S"},
		{"example.com/callers/sub.pkg", "Q", "Q", "example.com/callers/sub%2epkg.G[...]"},
		// Autometrics' split at the last dot falls inside "[...]".
		{"example.com/callers/sub.pkg", "H", "]", "example.com/callers/sub%2epkg.H[.."},
		{"example.com/shop/api", "P", "P", "example.com/shop/api.S"},
	} {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		info := &types.Info{Defs: make(map[*ast.Ident]types.Object)}
		if _, err := (&types.Config{Importer: importer.Default()}).Check(tc.pkg, fset, []*ast.File{f}, info); err != nil {
			t.Fatal(err)
		}
		var fn *types.Func
		for id, obj := range info.Defs {
			if o, ok := obj.(*types.Func); ok && id.Name == tc.fn {
				fn = o
			}
		}
		function, module := AutometricsLabels(fn)
		if function != tc.function || module != tc.module {
			t.Errorf("%s %s: function=%q module=%q, want %q %q", tc.pkg, tc.fn, function, module, tc.function, tc.module)
		}
	}
}

func TestAutometricsLabelsMain(t *testing.T) {
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, "m.go", "package main\n\nfunc M() {}\n", 0)
	pkg, err := (&types.Config{}).Check("example.com/cmd/server", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	function, module := AutometricsLabels(pkg.Scope().Lookup("M").(*types.Func))
	if function != "M" || module != "main" {
		t.Errorf("function=%q module=%q, want M main", function, module)
	}
}

func TestAutometricsSeesErrors(t *testing.T) {
	src := `package p

func None() {}
func Unnamed() error { return nil }
func Named() (n int, err error) { return 0, nil }
func Two() (a, b error) { return nil, nil }
`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"None": false, "Unnamed": false, "Named": true, "Two": false}
	for _, d := range f.Decls {
		fd := d.(*ast.FuncDecl)
		if got := AutometricsSeesErrors(fd); got != want[fd.Name.Name] {
			t.Errorf("%s: %v, want %v", fd.Name.Name, got, want[fd.Name.Name])
		}
	}
}
