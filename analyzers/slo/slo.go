// Package slo defines the analyzer that checks service-level objectives
// declared in code: every exported entry point declares one when the
// convention requires it, named objectives exist, values are valid, the
// function is observed (an objective nobody can measure is a promise
// nobody keeps), and one SLO name means one set of targets across the
// whole program.
//
// Declarations come from three syntaxes, parsed by passes/directiveindex:
// //obslint:slo NAME, //obslint:slo success=… latency=… latency_target=…
// [name=…], and //autometrics:inst --slo NAME with Autometrics' flags.
// The convention can also assign objectives to entry points by pattern
// (slo.entrypoints).
package slo

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/directive"
	"github.com/obslint/obslint/internal/naming"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/slodecls"
)

const analyzerName = "slo"

// The analyzer's checks.
var (
	Missing    = &checks.Check{ID: "slo-missing", Analyzer: analyzerName, Severity: checks.Warning, Summary: "exported entry point without an SLO (slo.required)"}
	Unknown    = &checks.Check{ID: "slo-unknown", Analyzer: analyzerName, Severity: checks.Error, Summary: "//obslint:slo names an objective the convention does not define"}
	Invalid    = &checks.Check{ID: directive.CheckSLOInvalid, Analyzer: analyzerName, Severity: checks.Error, Summary: "SLO declaration with invalid values (success or latency_target outside (0,100), latency not positive, Autometrics flags it rejects)"}
	Unobserved = &checks.Check{ID: "slo-unobserved", Analyzer: analyzerName, Severity: checks.Warning, Summary: "SLO on a function that records no metrics or span, or a success objective on Autometrics that cannot see its errors: nothing can measure it"}
	Conflict   = &checks.Check{ID: "slo-conflict", Analyzer: analyzerName, Severity: checks.Error, Summary: "one SLO name declared with different targets in the program or the convention"}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{Missing, Unknown, Invalid, Unobserved, Conflict}

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      "checks SLO declarations and reports entry points without one",
		URL:      Missing.DocURL(),
		Requires: []*analysis.Analyzer{set.Config, set.Directives, set.EntryPoints, set.Instrumentation, set.SLODecls},
		Run: func(pass *analysis.Pass) (any, error) {
			c := &checker{
				pass: pass,
				conv: config.Of(pass),
				dirs: directiveindex.Of(pass),
				eps:  entrypoints.Of(pass),
				inst: instrumentation.Of(pass),
				slos: slodecls.Of(pass),
			}
			c.r = diag.New(pass, c.dirs)
			decls := c.slos.Decls
			c.invalid()
			c.missing()
			c.unknown(decls)
			c.unobserved(decls)
			c.conflicts(decls)
			return nil, nil
		},
	}
}

type checker struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
	dirs *directiveindex.Result
	eps  *entrypoints.Result
	inst *instrumentation.Result
	slos *slodecls.Result
}

// invalid reports the declarations the directive parser rejected.
func (c *checker) invalid() {
	for _, e := range c.dirs.Errors() {
		if e.Check == Invalid.ID {
			c.r.Report(Invalid, e.Pos, e.End, e.Msg)
		}
	}
}

// missing reports exported entry points without an SLO when the
// convention requires one.
func (c *checker) missing() {
	if !c.conv.SLO.Required {
		return
	}
	names := slices.Sorted(maps.Keys(c.conv.SLO.Objectives))
	for _, ep := range c.eps.EntryPoints {
		if !ep.Exported() || ep.Decl == nil {
			continue
		}
		if c.declares(ep.Decl) {
			continue
		}
		full := typesutil.FullName(ep.Func)
		if c.conv.SLOFor(full) != "" {
			continue
		}
		hint := "declare one with //obslint:slo success=… latency=… latency_target=…"
		if len(names) > 0 {
			hint = "add //obslint:slo NAME (objectives: " + strings.Join(names, ", ") + ") or map it in slo.entrypoints"
		}
		var fixes []analysis.SuggestedFix
		if len(names) == 1 {
			fixes = append(fixes, analysis.SuggestedFix{
				Message: "Declare the " + names[0] + " objective",
				TextEdits: []analysis.TextEdit{{
					Pos:     ep.Decl.Pos(),
					End:     ep.Decl.Pos(),
					NewText: []byte(directiveLine(ep.Decl, "//obslint:slo "+names[0])),
				}},
			})
		}
		c.r.Report(Missing, ep.Pos(), token.NoPos, fmt.Sprintf("entry point %s declares no SLO; %s (convention: slo.required)", displayName(ep.Func), hint), fixes...)
	}
}

// declares reports whether fd's doc comment declares an SLO, valid or
// not: an invalid one is reported as such, not as missing.
func (c *checker) declares(fd *ast.FuncDecl) bool {
	if dirs := c.dirs.Func(fd); dirs != nil && len(dirs.SLOs) > 0 {
		return true
	}
	if fd.Doc == nil {
		return false
	}
	for _, e := range c.dirs.Errors() {
		if e.Check == Invalid.ID && fd.Doc.Pos() <= e.Pos && e.Pos < fd.Doc.End() {
			return true
		}
	}
	return false
}

// unknown reports //obslint:slo NAME for names the convention lacks.
func (c *checker) unknown(decls []slodecls.Decl) {
	for _, d := range decls {
		if d.SLO.Inline {
			continue
		}
		if _, ok := c.conv.SLO.Objectives[d.SLO.Name]; ok {
			continue
		}
		defined := slices.Sorted(maps.Keys(c.conv.SLO.Objectives))
		list := "the convention defines none; declare it inline (success=… latency=… latency_target=…) or add it to slo.objectives"
		if len(defined) > 0 {
			list = "defined: " + strings.Join(defined, ", ")
			if s := naming.Closest(d.SLO.Name, defined); s != "" {
				list = fmt.Sprintf("did you mean %q? (%s)", s, list)
			}
		}
		c.r.Report(Unknown, d.SLO.Pos, d.SLO.End, fmt.Sprintf("unknown SLO objective %q; %s", d.SLO.Name, list))
	}
}

// unobserved reports SLOs on functions that nothing measures: no
// observation inside, and, for an entry point registered in this package,
// none at any of its registrations. An entry point registered elsewhere,
// or passed around, may be wrapped out of sight and is not judged.
func (c *checker) unobserved(decls []slodecls.Decl) {
	done := make(map[*types.Func]bool)
	for _, d := range decls {
		if done[d.Func] {
			continue
		}
		done[d.Func] = true
		if c.inst.InsideKinds(d.Func) != 0 {
			continue
		}
		if ep := c.eps.Of(d.Func); ep != nil {
			if len(ep.Registrations) == 0 || ep.Escapes {
				continue
			}
			observed := false
			for _, reg := range ep.Registrations {
				if obs := c.inst.Registrations[reg]; obs.Unknown || obs.Kinds != 0 {
					observed = true
				}
			}
			if observed {
				continue
			}
		}
		c.r.Report(Unobserved, d.SLO.Pos, d.SLO.End, fmt.Sprintf("SLO on %s, which records no request metrics or span: nothing can measure the objective; instrument it (//autometrics:inst, a metric, a span) or its registration", displayName(d.Func)))
	}
	c.errorBlind(decls)
}

// errorBlind reports success objectives that rest on Autometrics alone in
// functions whose errors Autometrics never sees: without a named error
// result its generator passes nil to Instrument and every call counts as
// ok, so the objective is always met.
func (c *checker) errorBlind(decls []slodecls.Decl) {
	for _, d := range decls {
		dirs := c.dirs.Func(d.Decl)
		if dirs == nil || dirs.Autometrics == nil || c.success(d.SLO) == 0 || directive.AutometricsSeesErrors(d.Decl) {
			continue
		}
		if obs := c.inst.Funcs[d.Func]; obs == nil || !slices.Equal(obs.Via, []instrumentation.Via{instrumentation.ViaDirective}) {
			continue // the function measures something else too
		}
		if ep := c.eps.Of(d.Func); ep != nil {
			wrapped := ep.Escapes
			for _, reg := range ep.Registrations {
				if obs := c.inst.Registrations[reg]; obs.Unknown || obs.Kinds != 0 {
					wrapped = true
				}
			}
			if wrapped {
				continue // middleware may count its failures
			}
		}
		c.r.Report(Unobserved, d.SLO.Pos, d.SLO.End, fmt.Sprintf("success objective on %s, whose //autometrics:inst counts every call as ok: Autometrics sees failures only through a named error result; return (err error) or measure failures another way", displayName(d.Func)))
	}
}

// success returns the success target a declaration resolves to, or 0.
func (c *checker) success(s *directive.SLO) float64 {
	if s.Inline {
		return float64(s.Success)
	}
	return float64(c.conv.SLO.Objectives[s.Name].Success)
}

// directiveLine returns dir as a line to insert before fd's func keyword,
// kept gofmt-clean: after a doc comment's prose comes a "//" line, as
// gofmt separates directives from text.
func directiveLine(fd *ast.FuncDecl, dir string) string {
	if fd.Doc == nil || len(fd.Doc.List) == 0 {
		return dir + "\n"
	}
	last := fd.Doc.List[len(fd.Doc.List)-1].Text
	if last == "//" || isDirective(last) {
		return dir + "\n"
	}
	return "//\n" + dir + "\n"
}

// isDirective reports whether a comment line is a directive as go/doc
// sees one: //word:… with no space after the slashes.
func isDirective(line string) bool {
	rest, ok := strings.CutPrefix(line, "//")
	if !ok {
		return false
	}
	colon := strings.IndexByte(rest, ':')
	if colon <= 0 {
		return false
	}
	for _, r := range rest[:colon] {
		if !('a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return colon+1 < len(rest) && 'a' <= rest[colon+1] && rest[colon+1] <= 'z'
}

func displayName(fn *types.Func) string {
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		if n := typesutil.NamedOf(recv.Type()); n != nil {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Name()
}
