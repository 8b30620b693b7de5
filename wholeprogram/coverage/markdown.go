package coverage

import (
	"fmt"
	"io"
	"strings"

	"github.com/obslint/obslint/internal/safetext"
)

// maxComment keeps a Markdown report under GitHub's 65,536-character
// limit on comments and job summaries, with room for a note.
const maxComment = 60000

// Markdown writes a pull request comment: totals, the change's share, the
// unobserved entry points and the top blind spots. Long lists are cut to
// fit GitHub's limit, with a note saying how many were left out.
func Markdown(w io.Writer, r *Report) error {
	var b strings.Builder
	t := r.Totals
	fmt.Fprintf(&b, "## Observability coverage: %s of entry points observed\n\n", pct(t.Coverage))
	b.WriteString("| | covered | total | % |\n| --- | ---: | ---: | ---: |\n")
	fmt.Fprintf(&b, "| entry points observed | %d | %d | %s |\n", t.Observed, t.EntryPoints, pct(t.Coverage))
	fmt.Fprintf(&b, "| entry points with an SLO | %d | %d | %s |\n", t.WithSLO, t.EntryPoints, pct(t.SLOCoverage))
	fmt.Fprintf(&b, "| functions under them in sight | %d | %d | %s |\n\n", t.Covered, t.Reached, pct(t.DepthCoverage))
	if c := r.Change; c != nil {
		ct := c.Totals
		fmt.Fprintf(&b, "### This change\n\nSince %s, this change adds or modifies **%d entry point%s, %d observed**, %d with an SLO, and touches %d blind spot%s.\n\n",
			mdCode(r.Base), ct.EntryPoints, plural(ct.EntryPoints), ct.Observed, ct.WithSLO, len(c.BlindSpots), plural(len(c.BlindSpots)))
		changed := make(map[string]bool)
		for _, f := range c.EntryPoints {
			changed[f] = true
		}
		var rows []string
		for _, e := range r.EntryPoints {
			if changed[e.Function] {
				rows = append(rows, fmt.Sprintf("| %s | %s | %s | %s |", mdCode(e.Function), mdVia(e), mdText(slo(e.SLO)), mdCode(e.Position)))
			}
		}
		if len(rows) > 0 {
			b.WriteString("| entry point | observed | SLO | position |\n| --- | --- | --- | --- |\n")
			b.WriteString(strings.Join(rows, "\n") + "\n\n")
		}
	}
	var unobserved []string
	for _, e := range r.EntryPoints {
		if !e.Observed {
			unobserved = append(unobserved, fmt.Sprintf("| %s | %s | %s | %s | %s |", mdCode(e.Function), mdVia(e), mdText(slo(e.SLO)), mdText(dash(e.Owner)), mdCode(e.Position)))
		}
	}
	if len(unobserved) > 0 {
		fmt.Fprintf(&b, "<details><summary>%d entry point%s not observed</summary>\n\n| entry point | observed | SLO | owner | position |\n| --- | --- | --- | --- | --- |\n", len(unobserved), plural(len(unobserved)))
		writeRows(&b, unobserved, maxComment/3)
		b.WriteString("\n</details>\n\n")
	}
	if len(r.BlindSpots) > 0 {
		b.WriteString("### Where to instrument next\n\nUnobserved functions that entry points reach with nothing observed on the way; a failure there shows only as a slow or failed request.\n\n")
		b.WriteString("| function | entry points | traits | position |\n| --- | ---: | --- | --- |\n")
		var rows []string
		for i, s := range r.BlindSpots {
			if i == 10 {
				break
			}
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s |", mdCode(s.Function), s.EntryPoints, mdText(traits(s)), mdCode(s.Position)))
		}
		writeRows(&b, rows, maxComment/3)
		if len(r.BlindSpots) > 10 {
			fmt.Fprintf(&b, "\n%d more in `obslint report -format json`.\n", len(r.BlindSpots)-10)
		}
		b.WriteString("\n")
	}
	if len(r.Owners) > 1 {
		b.WriteString("<details><summary>By owner</summary>\n\n| owner | entry points | observed | with SLO | depth |\n| --- | ---: | ---: | ---: | ---: |\n")
		var rows []string
		for _, g := range r.Owners {
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s | %s |", mdText(g.Name), g.Totals.EntryPoints, pct(g.Totals.Coverage), pct(g.Totals.SLOCoverage), pct(g.Totals.DepthCoverage)))
		}
		writeRows(&b, rows, maxComment-b.Len()-2000)
		b.WriteString("\n</details>\n\n")
	}
	fmt.Fprintf(&b, "<sub>obslint report · call graph %s · %d metrics, %d metric naming findings, %d log findings</sub>\n", r.CallGraph, r.Naming.Metrics, r.Naming.MetricFindings, r.Naming.LogFindings)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeRows writes rows until budget characters are used, then a note.
func writeRows(b *strings.Builder, rows []string, budget int) {
	used := 0
	for i, row := range rows {
		if used+len(row)+1 > budget {
			fmt.Fprintf(b, "\n… %d more rows left out to fit a comment; `obslint report -format json` has them all.\n", len(rows)-i)
			return
		}
		b.WriteString(row + "\n")
		used += len(row) + 1
	}
}

func mdVia(e EntryPoint) string {
	switch {
	case e.Observed:
		return "✅ " + mdText(strings.Join(e.Via, ", "))
	case e.Unknown:
		return "❔ registered out of sight"
	}
	return "❌"
}

// mdText escapes s for a cell of a GitHub-flavoured Markdown table: no
// HTML (<img …>, <details>), no links or images ([x](javascript:…)), no
// emphasis, and no "|" to split the cell; control characters are
// written as Go escapes so the row stays one line.
func mdText(s string) string {
	s = safetext.Escape(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '_', '[', ']', '(', ')', '!', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdCode writes s as a code span in a table cell: a fence longer than
// any run of backticks in s, "|" escaped (GitHub splits cells before it
// reads code spans), control characters as Go escapes.
func mdCode(s string) string {
	s = strings.ReplaceAll(safetext.Escape(s), "|", "\\|")
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || longest > 0 {
		s = " " + s + " "
	}
	return fence + s + fence
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
