package metricdefs_test

import (
	"fmt"
	"go/types"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/passtest"
)

// describe reports every definition at its call, every call it could not
// fold, and, at the package clause, the definitions it hands on from its
// imports and which packages each import reaches.
func describe(pass *analysis.Pass) {
	res := metricdefs.Of(pass)
	for _, d := range res.Defs {
		pass.Reportf(d.Pos, "def %s %s %s ns=%s sub=%s short=%s labels=%s const=%s help=%s unit=%s lit=%v",
			d.Library, d.Kind, d.Name, orDash(d.Namespace), orDash(d.Subsystem), d.Short,
			labels(d.Labels, d.LabelsKnown), passtest.List(d.ConstLabels, false), yesNo(d.HasHelp), unit(d), d.NameLit != nil)
		if d.NameExpr == nil {
			pass.Reportf(d.Pos, "def %s without a name expression", d.Name)
		}
	}
	for _, call := range res.Unfolded {
		pass.Reportf(call.Pos(), "unfolded %s", types.ExprString(call.Fun))
	}
	at := passtest.PackagePos(pass)
	for _, d := range res.Imported {
		pass.Reportf(at, "imported %s %s from %s at %s", d.Name, d.Kind, d.Package, filepath.Base(d.Position))
	}
	var reach []string
	for imp, pkgs := range res.Reach {
		reach = append(reach, fmt.Sprintf("reach %s=%s", imp, passtest.List(pkgs, false)))
	}
	sort.Strings(reach)
	for _, r := range reach {
		pass.Reportf(at, "%s", r)
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func labels(list []string, known bool) string {
	if !known {
		return "unknown"
	}
	return passtest.List(list, false)
}

func unit(d *metricdefs.Def) string {
	switch {
	case !d.HasUnit:
		return "-"
	case d.Unit == "":
		return "dynamic"
	}
	return d.Unit
}

// TestMetricDefs checks the definitions of client_golang and OpenTelemetry
// in every constructor shape, names folded from constants of another
// package, and the package facts that carry dependencies' definitions up
// the import graph, indirect ones included; metric helpers (wrappers),
// their facts, and their calls with constant names as definitions.
func TestMetricDefs(t *testing.T) {
	passtest.Run(t, passtest.Probe(passtest.Set(nil).MetricDefs, describe),
		"passes/metricdefs/names", "passes/metricdefs/prom", "passes/metricdefs/otelm",
		"passes/metricdefs/user", "passes/metricdefs/top", "passes/metricdefs/none",
		"passes/metricdefs/wrap/obs", "passes/metricdefs/wrap/app",
		"passes/metricdefs/constvar/build", "passes/metricdefs/constvar/app")
}
