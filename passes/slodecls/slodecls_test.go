package slodecls_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/passes/passtest"
	"github.com/obslint/obslint/passes/slodecls"
)

// describe reports each declaration at its function, and, at the package
// clause, the declarations handed on from imports and what each import
// reaches.
func describe(pass *analysis.Pass) {
	res := slodecls.Of(pass)
	for _, d := range res.Decls {
		name := d.SLO.Name
		if name == "" {
			name = "-"
		}
		pass.Reportf(d.Decl.Name.Pos(), "slo %s name=%s inline=%v source=%s success=%s latency=%s latency_target=%s named=%v",
			passtest.FuncName(pass, d.Func), name, d.SLO.Inline, d.SLO.Source, d.SLO.Success, d.SLO.Latency, d.SLO.LatencyTarget, d.Named())
	}
	at := passtest.PackagePos(pass)
	for _, d := range res.Imported {
		pass.Reportf(at, "imported %s func=%s from %s at %s", d.Name, strings.TrimPrefix(d.Func, d.Package+"."), d.Package, filepath.Base(d.Position))
	}
	var reach []string
	for imp, pkgs := range res.Reach {
		var list []string
		for p := range pkgs {
			list = append(list, p)
		}
		reach = append(reach, fmt.Sprintf("reach %s=%s", imp, passtest.List(list, true)))
	}
	sort.Strings(reach)
	for _, r := range reach {
		pass.Reportf(at, "%s", r)
	}
}

// TestSLODecls checks the declarations of each directive form, and the
// package facts that carry named declarations with targets across
// packages, from indirect dependencies too.
func TestSLODecls(t *testing.T) {
	passtest.Run(t, passtest.Probe(passtest.Set(nil).SLODecls, describe),
		"passes/slodecls/a", "passes/slodecls/b", "passes/slodecls/c", "passes/slodecls/d")
}
