package coverage

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/obslint/obslint/internal/safetext"
	"github.com/obslint/obslint/wholeprogram/contract"
)

// Formats are the renderers by -format name.
var Formats = map[string]func(io.Writer, *Report) error{
	"text":     Text,
	"json":     JSON,
	"markdown": Markdown,
	"html":     HTML,
}

// FormatNames lists Formats' keys, sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// JSON writes the report as indented JSON: the public contract of
// docs/report.md.
func JSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

func pct(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) + "%" }

func slo(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func via(e EntryPoint) string {
	switch {
	case e.Observed:
		return strings.Join(e.Via, "+")
	case e.Unknown:
		return "not seen (registered out of sight)"
	}
	return "no"
}

// Text writes a terminal summary: totals, entry points, top blind spots.
func Text(w io.Writer, r *Report) error {
	var b strings.Builder
	t := r.Totals
	fmt.Fprintf(&b, "obslint coverage report for %s (call graph: %s)\n\n", safetext.Escape(r.Module), r.CallGraph)
	fmt.Fprintf(&b, "entry points observed  %d/%d  %s\n", t.Observed, t.EntryPoints, pct(t.Coverage))
	fmt.Fprintf(&b, "entry points with SLO  %d/%d  %s\n", t.WithSLO, t.EntryPoints, pct(t.SLOCoverage))
	fmt.Fprintf(&b, "functions under them   %d/%d covered  %s\n", t.Covered, t.Reached, pct(t.DepthCoverage))
	fmt.Fprintf(&b, "naming                 %d metrics, %d metric findings, %d log findings\n", r.Naming.Metrics, r.Naming.MetricFindings, r.Naming.LogFindings)
	if c := r.Change; c != nil {
		fmt.Fprintf(&b, "\nthis change (since %s): %d entry points, %d observed, %d with SLO; %d blind spots\n", safetext.Escape(r.Base), c.Totals.EntryPoints, c.Totals.Observed, c.Totals.WithSLO, len(c.BlindSpots))
		if bt := r.BaseTotals; bt != nil {
			fmt.Fprintf(&b, "before and after     observed %s, with SLO %s, in sight %s\n", beforeAfter(bt.Coverage, t.Coverage), beforeAfter(bt.SLOCoverage, t.SLOCoverage), beforeAfter(bt.DepthCoverage, t.DepthCoverage))
		}
	}
	if r.TelemetryChanges != nil {
		textTelemetry(&b, r.TelemetryChanges)
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", cell(w))
	}
	if len(r.EntryPoints) > 0 {
		b.WriteString("\nENTRY POINTS\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "FUNCTION\tOBSERVED\tSLO\tCOVERED\tOWNER\tPOSITION")
		for _, e := range r.EntryPoints {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\n", cell(e.Function), cell(via(e)), cell(slo(e.SLO)), e.Covered, e.Reached, cell(dash(e.Owner)), cell(e.Position))
		}
		tw.Flush()
	}
	if len(r.BlindSpots) > 0 {
		b.WriteString("\nBLIND SPOTS (where instrumenting helps most)\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "FUNCTION\tENTRY POINTS\tTRAITS\tPOSITION")
		for i, s := range r.BlindSpots {
			if i == 20 {
				fmt.Fprintf(tw, "… %d more (-format json lists all)\t\t\t\n", len(r.BlindSpots)-20)
				break
			}
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", cell(s.Function), s.EntryPoints, cell(traits(s)), cell(s.Position))
		}
		tw.Flush()
	}
	if len(r.Owners) > 1 || len(r.Packages) > 1 {
		b.WriteString("\nBY OWNER\n")
		groupTable(&b, r.Owners)
		b.WriteString("\nBY PACKAGE\n")
		groupTable(&b, r.Packages)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func groupTable(b *strings.Builder, gs []Group) {
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tENTRY POINTS\tOBSERVED\tWITH SLO\tDEPTH")
	for _, g := range gs {
		t := g.Totals
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", cell(g.Name), t.EntryPoints, pct(t.Coverage), pct(t.SLOCoverage), pct(t.DepthCoverage))
	}
	tw.Flush()
}

// escaped returns a copy of r with every name from the code or the
// convention (functions, files, packages, owners, SLOs, the module and
// the base revision) passed through safetext.Escape, for the formats
// people read: control characters and invalid UTF-8 become Go escapes.
func escaped(r *Report) *Report {
	e := safetext.Escape
	out := *r
	out.Module, out.Base = e(r.Module), e(r.Base)
	list := func(l []string) []string {
		if l == nil {
			return nil
		}
		c := make([]string, len(l))
		for i, s := range l {
			c[i] = e(s)
		}
		return c
	}
	out.EntryPoints = make([]EntryPoint, len(r.EntryPoints))
	for i, ep := range r.EntryPoints {
		ep.Function, ep.Position, ep.Package, ep.Owner, ep.Reason = e(ep.Function), e(ep.Position), e(ep.Package), e(ep.Owner), e(ep.Reason)
		ep.Via, ep.Blind = list(ep.Via), list(ep.Blind)
		if ep.SLO != nil {
			s := e(*ep.SLO)
			ep.SLO = &s
		}
		if ep.Graph != nil {
			g := &Graph{Edges: ep.Graph.Edges, Nodes: make([]Node, len(ep.Graph.Nodes))}
			for j, n := range ep.Graph.Nodes {
				n.Function, n.Label = e(n.Function), e(n.Label)
				g.Nodes[j] = n
			}
			ep.Graph = g
		}
		out.EntryPoints[i] = ep
	}
	out.BlindSpots = make([]BlindSpot, len(r.BlindSpots))
	for i, b := range r.BlindSpots {
		b.Function, b.Position, b.Owner, b.Reason = e(b.Function), e(b.Position), e(b.Owner), e(b.Reason)
		b.Calls = list(b.Calls)
		out.BlindSpots[i] = b
	}
	groups := func(gs []Group) []Group {
		c := make([]Group, len(gs))
		for i, g := range gs {
			g.Name = e(g.Name)
			c[i] = g
		}
		return c
	}
	out.Owners, out.Packages = groups(r.Owners), groups(r.Packages)
	if r.Change != nil {
		c := *r.Change
		c.EntryPoints, c.BlindSpots = list(c.EntryPoints), list(c.BlindSpots)
		out.Change = &c
	}
	if r.TelemetryChanges != nil {
		out.TelemetryChanges = make([]contract.Change, len(r.TelemetryChanges))
		for i, c := range r.TelemetryChanges {
			c.Name, c.Before, c.After, c.Position, c.Function = e(c.Name), e(c.Before), e(c.After), e(c.Position), e(c.Function)
			breaks := make([]contract.Break, len(c.Breaks))
			for j, b := range c.Breaks {
				b.File, b.Rule, b.Expr, b.Why = e(b.File), e(b.Rule), e(b.Expr), e(b.Why)
				breaks[j] = b
			}
			c.Breaks = breaks
			out.TelemetryChanges[i] = c
		}
	}
	out.Warnings = list(r.Warnings)
	out.LeftOut = make([]LeftOut, len(r.LeftOut))
	for i, l := range r.LeftOut {
		l.Function, l.Position, l.Reason = e(l.Function), e(l.Position), e(l.Reason)
		out.LeftOut[i] = l
	}
	return &out
}

// cell makes a user-controlled string (a function, SLO, owner or file
// name) safe for a terminal table: control characters, tabs included,
// escaped, and "./" in front of a cell that would start a line with
// "::" (a workflow command in CI logs).
func cell(s string) string {
	s = safetext.Escape(s)
	if strings.HasPrefix(strings.TrimLeft(s, " "), "::") {
		s = "./" + s
	}
	return s
}

// traits says what makes a blind spot worth instrumenting: its reason
// without the entry-point count, which the tables show in a column.
func traits(s BlindSpot) string {
	t, _, _ := strings.Cut(s.Reason, ", reached blind from")
	if t == "" {
		return "-"
	}
	return t
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// textTelemetry writes the telemetry contract diff, breaking changes
// first, each followed by the expressions it breaks.
func textTelemetry(b *strings.Builder, changes []contract.Change) {
	if len(changes) == 0 {
		b.WriteString("\nno telemetry changes\n")
		return
	}
	b.WriteString("\nTELEMETRY CHANGES\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\tSIGNAL\tCHANGE\tNAME\tBEFORE\tAFTER\tPOSITION")
	for _, c := range changes {
		mark := ""
		if c.Breaking() {
			mark = "BREAKS"
		}
		pos := c.Position
		if c.AtBase {
			pos += " (base)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", mark, c.Signal, c.Change, cell(c.Name), cell(dash(c.Before)), cell(dash(c.After)), cell(pos))
	}
	tw.Flush()
	for _, c := range changes {
		for _, br := range c.Breaks {
			rule := ""
			if br.Rule != "" {
				rule = " " + br.Rule
			}
			fmt.Fprintf(b, "%s:%d:%s: %s: %s (%s)\n", cell(br.File), br.Line, cell(rule), cell(br.Why), cell(safetext.Ellipsis(br.Expr, maxExprCell)), cell(changeSentence(c)))
		}
	}
}
