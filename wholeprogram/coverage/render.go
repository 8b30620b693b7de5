package coverage

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
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
	fmt.Fprintf(&b, "obslint coverage report for %s (call graph: %s)\n\n", r.Module, r.CallGraph)
	fmt.Fprintf(&b, "entry points observed  %d/%d  %s\n", t.Observed, t.EntryPoints, pct(t.Coverage))
	fmt.Fprintf(&b, "entry points with SLO  %d/%d  %s\n", t.WithSLO, t.EntryPoints, pct(t.SLOCoverage))
	fmt.Fprintf(&b, "functions under them   %d/%d covered  %s\n", t.Covered, t.Reached, pct(t.DepthCoverage))
	fmt.Fprintf(&b, "naming                 %d metrics, %d metric findings, %d log findings\n", r.Naming.Metrics, r.Naming.MetricFindings, r.Naming.LogFindings)
	if c := r.Change; c != nil {
		fmt.Fprintf(&b, "\nthis change (since %s): %d entry points, %d observed, %d with SLO; %d blind spots\n", r.Base, c.Totals.EntryPoints, c.Totals.Observed, c.Totals.WithSLO, len(c.BlindSpots))
	}
	if len(r.EntryPoints) > 0 {
		b.WriteString("\nENTRY POINTS\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "FUNCTION\tOBSERVED\tSLO\tCOVERED\tOWNER\tPOSITION")
		for _, e := range r.EntryPoints {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\n", e.Function, via(e), slo(e.SLO), e.Covered, e.Reached, dash(e.Owner), e.Position)
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
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", s.Function, s.EntryPoints, traits(s), s.Position)
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
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", g.Name, t.EntryPoints, pct(t.Coverage), pct(t.SLOCoverage), pct(t.DepthCoverage))
	}
	tw.Flush()
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
