package directiveindex_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/passtest"
)

// testChecks are the checks fixtures name in finding("ID") calls, with
// their analyzers.
var testChecks = map[string]*checks.Check{
	"metric-help":  {ID: "metric-help", Analyzer: "metricnames"},
	"instrumented": {ID: "instrumented", Analyzer: "instrumented"},
	"log-key-case": {ID: "log-key-case", Analyzer: "logkeys"},
	"slo-missing":  {ID: "slo-missing", Analyzer: "slo"},
}

// describe reports the directives of each function, the errors, the
// verdict of Judge on each finding (a call finding("ID") in the fixture
// stands for a finding of check ID at the call), and then each ignore:
// what it names, which lines it covers, whether it silences a finding
// about itself, and whether the findings used it.
func describe(pass *analysis.Pass) {
	res := directiveindex.Of(pass)
	if res.HasAutometrics() {
		pass.Reportf(passtest.PackagePos(pass), "hasautometrics=true")
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || res.Func(fd) == nil {
				continue
			}
			fn := res.Func(fd)
			var slos []string
			for _, s := range fn.SLOs {
				slos = append(slos, s.Name)
			}
			am := "-"
			if a := fn.Autometrics; a != nil {
				am = "inst"
				if a.NoDoc {
					am += ",nodoc"
				}
				if a.CustomLatency {
					am += ",custom-latency"
				}
			}
			pass.Reportf(fd.Name.Pos(), "directives %s slos=%s autometrics=%s", fd.Name.Name, passtest.List(slos, false), am)
		}
	}
	for _, e := range res.Errors() {
		pass.Reportf(e.Pos, "error %s: %s", e.Check, e.Msg)
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "finding" {
				return true
			}
			id := constant.StringVal(pass.TypesInfo.Types[call.Args[0]].Value)
			check := testChecks[id]
			if check == nil {
				pass.Reportf(call.Pos(), "no test check %q", id)
				return true
			}
			j := res.Judge(call.Pos(), check)
			var b strings.Builder
			fmt.Fprintf(&b, "verdict %s silenced=%v", id, j.Silenced)
			if j.Note != "" {
				fmt.Fprintf(&b, " note=%s", j.Note)
			}
			line := pass.Fset.Position(call.Pos()).Line
			for _, r := range j.Related {
				fmt.Fprintf(&b, " related=%s at %+d", r.Message, pass.Fset.Position(r.Pos).Line-line)
			}
			pass.Reportf(call.Pos(), "%s", b.String())
			return true
		})
	}
	for _, ig := range res.Ignores() {
		var covers []string
		for l := ig.Line - 3; l <= ig.Line+10; l++ {
			if ig.Covers(l) {
				covers = append(covers, fmt.Sprintf("%+d", l-ig.Line))
			}
		}
		if line := pass.Fset.Position(ig.Pos).Line; line != ig.Line {
			pass.Reportf(ig.Pos, "ignore on line %d says line %d", line, ig.Line)
		}
		self := res.Judge(ig.Pos, &checks.Check{ID: ig.Checks[0], Analyzer: ig.Checks[0]})
		until := ig.Until
		if until == "" {
			until = "-"
		}
		reason := "no"
		if ig.Reason != "" {
			reason = "yes"
		}
		pass.Reportf(ig.Pos, "ignore checks=%s until=%s reason=%s trailing=%v covers=%s self=%v used=%v",
			strings.Join(ig.Checks, ","), until, reason, ig.Trailing, strings.Join(covers, ","),
			self.Silenced || self.Note != "" || len(self.Related) > 0, res.Used(ig))
	}
}

func probe(w directiveindex.Waivers) *analysis.Analyzer {
	set := passes.NewSet(convention.Fixed{C: convention.Default()}, passes.Options{Waivers: w})
	return passtest.Probe(set.Directives, describe)
}

// TestDirectives checks the parsed directives, the errors, which lines
// each //obslint:ignore covers and which findings it silences, judged
// against the current date.
func TestDirectives(t *testing.T) {
	passtest.Run(t, probe(directiveindex.Waivers{}), "passes/directiveindex/parse")
}

var today = func() time.Time { return time.Date(2026, 6, 15, 12, 0, 0, 0, time.UTC) }

// TestWaivers checks dated waivers judged by the pass on a fixed day,
// with Waivers.Defer unset and returning false.
func TestWaivers(t *testing.T) {
	t.Run("defer unset", func(t *testing.T) {
		passtest.Run(t, probe(directiveindex.Waivers{Today: today}), "passes/directiveindex/waivers")
	})
	t.Run("defer off", func(t *testing.T) {
		passtest.Run(t, probe(directiveindex.Waivers{Today: today, Defer: func() bool { return false }}), "passes/directiveindex/waivers")
	})
}

// TestDeferredWaivers checks that with Waivers.Defer on, a dated waiver
// silences nothing itself and hands its date to the driver.
func TestDeferredWaivers(t *testing.T) {
	passtest.Run(t, probe(directiveindex.Waivers{Today: today, Defer: func() bool { return true }}), "passes/directiveindex/deferred")
}
