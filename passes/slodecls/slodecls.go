// Package slodecls is the pass that gathers a package's SLO declarations
// (//obslint:slo and //autometrics:inst --slo, parsed by passes/directiveindex)
// and hands on, as a package fact, the named declarations with targets
// that the package sees, so that one SLO name declared with different
// targets is found across the program: by the slo analyzer, the coverage
// report and slo export.
package slodecls

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/directive"
	"github.com/obslint/obslint/internal/passresult"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/directiveindex"
)

// New returns the pass. dirs is the directive index pass.
func New(dirs *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintslodecls",
		Doc:        "gathers SLO declarations and hands named ones on as facts",
		Requires:   []*analysis.Analyzer{dirs},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(Fact)},
		Run:        run,
	}
}

// Decl is one SLO declaration on a function of this package.
type Decl struct {
	Func *types.Func
	Decl *ast.FuncDecl
	SLO  *directive.SLO
}

// Result lists the package's declarations in source order and those its
// imports see.
type Result struct {
	Decls []Decl
	// Imported are the named declarations with targets of the packages
	// this one imports, directly or not, ordered by package and position.
	Imported []FactDecl
	// Reach maps each direct import to the packages whose declarations it
	// sees, to find conflicts between packages that do not import each
	// other once, in the lowest package that imports both.
	Reach map[string]map[string]bool
}

// Fact lists the named SLO declarations with targets that a package sees:
// its own, then its dependencies', direct or not. It carries indirect
// dependencies itself, as passes/metricdefs does, so that go vet (which
// hands over only the facts of packages the export data mentions) and
// golangci-lint see the same program.
type Fact struct {
	Decls []FactDecl
}

// FactDecl is a named declaration's targets; zero means not declared.
type FactDecl struct {
	Name          string
	Success       float64
	Latency       time.Duration
	LatencyTarget float64
	Package       string // import path
	Position      string // file:line
	Func          string // full name (typesutil.FullName)
}

// AFact implements analysis.Fact.
func (*Fact) AFact() {}

// String lists the declarations, sorted by package, name and position, as
// "name success=P latency=D latency_target=P func=Func at pkg/file.go:line"
// (targets not declared left out), for tests and debugging.
func (f *Fact) String() string {
	decls := append([]FactDecl(nil), f.Decls...)
	sort.SliceStable(decls, func(i, j int) bool {
		a, b := decls[i], decls[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Position < b.Position
	})
	parts := make([]string, len(decls))
	for i, d := range decls {
		s := d.Name
		if d.Success != 0 {
			s += " success=" + strconv.FormatFloat(d.Success, 'f', -1, 64)
		}
		if d.Latency != 0 {
			s += " latency=" + d.Latency.String()
		}
		if d.LatencyTarget != 0 {
			s += " latency_target=" + strconv.FormatFloat(d.LatencyTarget, 'f', -1, 64)
		}
		parts[i] = s + " func=" + strings.TrimPrefix(d.Func, d.Package+".") + " at " + d.Package + "/" + filepath.Base(d.Position)
	}
	return "slos(" + strings.Join(parts, "; ") + ")"
}

// Named reports whether d takes part in conflict checks: an inline
// declaration with a name (a named reference takes the convention's
// targets and cannot disagree with them).
func (d Decl) Named() bool { return d.SLO.Inline && d.SLO.Name != "" }

func run(pass *analysis.Pass) (any, error) {
	dirs := directiveindex.Of(pass)
	res := &Result{Reach: make(map[string]map[string]bool)}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			fdirs := dirs.Func(fd)
			if fn == nil || fdirs == nil {
				continue
			}
			for _, s := range fdirs.SLOs {
				res.Decls = append(res.Decls, Decl{Func: fn, Decl: fd, SLO: s})
			}
		}
	}
	sort.Slice(res.Decls, func(i, j int) bool { return res.Decls[i].SLO.Pos < res.Decls[j].SLO.Pos })
	res.imported(pass)

	var own []FactDecl
	for _, d := range res.Decls {
		if d.Named() {
			own = append(own, d.Fact(pass))
		}
	}
	if all := append(own, res.Imported...); len(all) > 0 {
		pass.ExportPackageFact(&Fact{Decls: all})
	}
	return res, nil
}

// Fact returns d as other packages see it.
func (d Decl) Fact(pass *analysis.Pass) FactDecl {
	p := pass.Fset.Position(d.SLO.Pos)
	return FactDecl{
		Name: d.SLO.Name, Success: float64(d.SLO.Success), Latency: d.SLO.Latency, LatencyTarget: float64(d.SLO.LatencyTarget),
		Package: pass.Pkg.Path(), Position: p.Filename + ":" + strconv.Itoa(p.Line), Func: typesutil.FullName(d.Func),
	}
}

// imported gathers the declarations of the direct imports' facts.
func (res *Result) imported(pass *analysis.Pass) {
	type key struct{ pkg, pos string }
	seen := make(map[key]bool)
	for _, imp := range pass.Pkg.Imports() {
		var f Fact
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		pkgs := make(map[string]bool)
		for _, d := range f.Decls {
			pkgs[d.Package] = true
			if k := (key{d.Package, d.Position}); !seen[k] {
				seen[k] = true
				res.Imported = append(res.Imported, d)
			}
		}
		res.Reach[imp.Path()] = pkgs
	}
	sort.SliceStable(res.Imported, func(i, j int) bool {
		a, b := res.Imported[i], res.Imported[j]
		if a.Package != b.Package {
			return a.Package < b.Package
		}
		return a.Position < b.Position
	})
}

// Of returns the pass's result for the package under analysis; the
// analyzer calling it must Require the pass.
func Of(pass *analysis.Pass) *Result { return passresult.Of[*Result](pass, "SLO declaration") }
