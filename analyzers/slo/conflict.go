package slo

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/slodecls"
)

// conflicts reports one SLO name with different targets: against the
// convention's objective of that name, against a declaration this package
// sees, and between two imported packages that do not see each other (in
// the lowest package importing both, at the import).
func (c *checker) conflicts(decls []slodecls.Decl) {
	imported, reach := c.slos.Imported, c.slos.Reach
	first := make(map[string]slodecls.FactDecl)
	for _, d := range imported {
		if _, ok := first[d.Name]; !ok {
			first[d.Name] = d
		}
	}
	reported := make(map[string]bool)
	for _, d := range decls {
		if !d.Named() {
			continue
		}
		this := d.Fact(c.pass)
		if o, ok := c.conv.SLO.Objectives[this.Name]; ok {
			conv := slodecls.FactDecl{Success: float64(o.Success), Latency: o.Latency.D, LatencyTarget: float64(o.LatencyTarget)}
			if diff := differences(this, conv, "here", "in the convention"); diff != "" {
				c.r.Report(Conflict, d.SLO.Pos, d.SLO.End, fmt.Sprintf("SLO %s differs from the convention's objective %s (%s); write //obslint:slo %s to use it, or pick another name", this.Name, this.Name, diff, this.Name))
				continue
			}
		}
		prev, ok := first[this.Name]
		if !ok {
			first[this.Name] = this
			continue
		}
		if diff := differences(this, prev, "here", "there"); diff != "" && !reported[this.Name] {
			c.r.Report(Conflict, d.SLO.Pos, d.SLO.End, fmt.Sprintf("SLO %s differs from its declaration at %s in %s (%s); one name must mean one objective", this.Name, shortPos(prev.Position), prev.Func, diff))
		}
	}
	c.siblingConflicts(imported, reach, reported)
}

// siblingConflicts reports a name declared differently in two imported
// packages when no direct import sees both: neither package could.
func (c *checker) siblingConflicts(imported []slodecls.FactDecl, reach map[string]map[string]bool, reported map[string]bool) {
	first := make(map[string]slodecls.FactDecl)
	for _, b := range imported {
		a, ok := first[b.Name]
		if !ok {
			first[b.Name] = b
			continue
		}
		if reported[b.Name] || a.Package == b.Package {
			continue
		}
		diff := differences(b, a, "in "+b.Package, "in "+a.Package)
		if diff == "" {
			continue
		}
		via, seenBoth := "", false
		for imp, pkgs := range reach {
			if pkgs[a.Package] && pkgs[b.Package] {
				seenBoth = true
				break
			}
			if pkgs[b.Package] && (via == "" || imp < via) {
				via = imp
			}
		}
		if seenBoth || via == "" {
			continue
		}
		spec := typesutil.ImportSpec(c.pass.Files, via)
		if spec == nil {
			continue
		}
		reported[b.Name] = true
		c.r.Report(Conflict, spec.Pos(), spec.End(), fmt.Sprintf("SLO %s is declared differently at %s and %s (%s); one name must mean one objective", b.Name, shortPos(b.Position), shortPos(a.Position), diff))
	}
}

// differences describes how a's targets differ from b's, comparing only
// the targets both declare ("success 99.5% here, 99.9% there"), or "".
func differences(a, b slodecls.FactDecl, atA, atB string) string {
	var parts []string
	pct := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "%" }
	if a.Success != 0 && b.Success != 0 && a.Success != b.Success {
		parts = append(parts, "success "+pct(a.Success)+" "+atA+", "+pct(b.Success)+" "+atB)
	}
	if a.Latency != 0 && b.Latency != 0 && a.Latency != b.Latency {
		parts = append(parts, "latency "+a.Latency.String()+" "+atA+", "+b.Latency.String()+" "+atB)
	}
	if a.LatencyTarget != 0 && b.LatencyTarget != 0 && a.LatencyTarget != b.LatencyTarget {
		parts = append(parts, "latency_target "+pct(a.LatencyTarget)+" "+atA+", "+pct(b.LatencyTarget)+" "+atB)
	}
	return strings.Join(parts, "; ")
}

func shortPos(p string) string { return filepath.Base(p) }
