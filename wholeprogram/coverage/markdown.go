package coverage

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/safetext"
	"github.com/obslint/obslint/wholeprogram/contract"
)

// maxComment keeps a Markdown report under GitHub's 65,536-character
// limit on comments and job summaries, with room for the sticky
// comment's marker and a note.
const maxComment = 60000

// Widths of the cells people read, in characters: names and
// expressions longer than this are cut with "…" (the JSON has them whole).
const (
	maxNameCell = 100
	maxExprCell = 240
)

// Markdown writes a pull request comment. With -base it leads with the
// change: coverage before and after, the rules the change breaks, the
// entry points it adds or modifies that are not observed or have no SLO,
// and its telemetry changes; the whole program's inventory follows,
// folded. Without -base it is the inventory: totals, the unobserved
// entry points, the top blind spots, owners. Positions link to their
// lines when r.Links says where; long lists are cut to fit GitHub's
// limit, with a note saying how many rows were left out and where the
// full report is.
func Markdown(w io.Writer, r *Report) error {
	m := &md{r: r, names: NewNamer(r)}
	if r.Change != nil {
		m.change()
		m.telemetry()
		m.warnings()
		m.inventory(true)
	} else {
		fmt.Fprintf(&m.b, "## Observability coverage: %s of entry points observed\n\n", pct(r.Totals.Coverage))
		m.warnings()
		m.inventory(false)
	}
	_, err := io.WriteString(w, m.b.String())
	return err
}

type md struct {
	r     *Report
	names *Namer
	b     strings.Builder
}

// fn is a function's short name as a code span.
func (m *md) fn(full string) string {
	return mdCode(safetext.Ellipsis(m.names.Name(full), maxNameCell))
}

// pos is a position ("file:line"), linked to its line when the report
// knows where.
func (m *md) pos(p string, atBase bool) string {
	text := shortPosition(p)
	if u := m.r.Links.URL(p); u != "" && !atBase {
		return "[" + mdText(text) + "](" + mdURL(u) + ")"
	}
	if atBase {
		return mdCode(text) + " (base)"
	}
	return mdCode(text)
}

// rows writes rows while the comment stays reserve characters below its
// limit, then a note saying how many were left out and where they are.
func (m *md) rows(rows []string, reserve int) {
	for i, row := range rows {
		if m.b.Len()+len(row)+1 > maxComment-reserve {
			fmt.Fprintf(&m.b, "\n… %d more row%s left out to fit a comment; %s.\n", len(rows)-i, plural(len(rows)-i), m.fullReport())
			return
		}
		m.b.WriteString(row + "\n")
	}
}

// fullReport says where the rows left out are.
func (m *md) fullReport() string {
	if m.r.FullReport != "" {
		return "[the full report](" + mdURL(m.r.FullReport) + ") has them all"
	}
	return "`obslint report -format html` (or `-format json`) has them all"
}

// change writes the change's share: the headline numbers before and
// after, the rules it breaks, the changed entry points that need
// attention and the blind spots it touches.
func (m *md) change() {
	r, c := m.r, m.r.Change
	b := &m.b
	fmt.Fprintf(b, "## Observability of this change\n\n")
	t := r.Totals
	if bt := r.BaseTotals; bt != nil {
		fmt.Fprintf(b, "**Entry points observed: %s** · with an SLO: %s · functions under them in sight: %s · since %s\n\n",
			beforeAfter(bt.Coverage, t.Coverage), beforeAfter(bt.SLOCoverage, t.SLOCoverage), beforeAfter(bt.DepthCoverage, t.DepthCoverage), mdCode(shortRev(r.Base)))
	} else {
		fmt.Fprintf(b, "**Entry points observed: %s** · with an SLO: %s · functions under them in sight: %s · since %s (the numbers before are unknown: the base revision could not be analysed in full; see the warnings)\n\n",
			pct(t.Coverage), pct(t.SLOCoverage), pct(t.DepthCoverage), mdCode(shortRev(r.Base)))
	}
	m.breakingHeadline()

	ct := c.Totals
	fmt.Fprintf(b, "This change adds or modifies **%d entry point%s, %d observed**, %d with an SLO, and touches %d blind spot%s.\n\n",
		ct.EntryPoints, plural(ct.EntryPoints), ct.Observed, ct.WithSLO, len(c.BlindSpots), plural(len(c.BlindSpots)))
	changed := make(map[string]bool)
	for _, f := range c.EntryPoints {
		changed[f] = true
	}
	var attention []string
	fine := 0
	for _, e := range r.EntryPoints {
		if !changed[e.Function] {
			continue
		}
		if e.Observed && e.SLO != nil {
			fine++
			continue
		}
		attention = append(attention, fmt.Sprintf("| %s | %s | %s | %s |", m.fn(e.Function), mdVia(e), mdText(slo(e.SLO)), m.pos(e.Position, false)))
	}
	if len(attention) > 0 {
		fmt.Fprintf(b, "#### %d changed entry point%s not observed or without an SLO\n\n", len(attention), plural(len(attention)))
		b.WriteString("| entry point | observed | SLO | where |\n| --- | --- | --- | --- |\n")
		m.rows(attention, 25000)
		b.WriteString("\n")
		if fine > 0 {
			fmt.Fprintf(b, "%d other changed entry point%s observed and ha%s an SLO.\n\n", fine, pluralVerb(fine, " is", "s are"), pluralVerb(fine, "s", "ve"))
		}
	} else if fine > 0 {
		fmt.Fprintf(b, "Every changed entry point is observed and has an SLO.\n\n")
	}
	if len(c.BlindSpots) > 0 {
		spots := make(map[string]BlindSpot)
		for _, s := range r.BlindSpots {
			spots[s.Function] = s
		}
		fmt.Fprintf(b, "<details><summary>%d blind spot%s this change touches</summary>\n\n| function | entry points | traits | where |\n| --- | ---: | --- | --- |\n", len(c.BlindSpots), plural(len(c.BlindSpots)))
		var rows []string
		for _, f := range c.BlindSpots {
			s := spots[f]
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s |", m.fn(f), s.EntryPoints, mdText(traits(s)), m.pos(s.Position, false)))
		}
		m.rows(rows, 22000)
		b.WriteString("\n</details>\n\n")
	}
}

// breakingHeadline lists the references the change breaks, first thing
// after the numbers, so that the comment's first screen says which alert
// or recording rule stops matching and why.
func (m *md) breakingHeadline() {
	var lines []string
	n := 0
	for _, c := range m.r.TelemetryChanges {
		for _, br := range c.Breaks {
			n++
			if len(lines) < 5 {
				lines = append(lines, fmt.Sprintf("> - %s%s: %s", m.pos(br.File+":"+strconv.Itoa(br.Line), false), ruleName(br.Rule), mdText(changeSentence(c))))
			}
		}
	}
	if n == 0 {
		return
	}
	fmt.Fprintf(&m.b, "> [!CAUTION]\n> This change breaks **%d rule or dashboard expression%s** in the repository:\n", n, plural(n))
	m.b.WriteString(strings.Join(lines, "\n") + "\n")
	if n > len(lines) {
		fmt.Fprintf(&m.b, "> - and %d more, under Telemetry changes\n", n-len(lines))
	}
	m.b.WriteString("\n")
}

func ruleName(rule string) string {
	if rule == "" {
		return ""
	}
	kind, name, ok := strings.Cut(rule, " ")
	if !ok {
		return " " + mdText(rule)
	}
	return " " + mdText(kind) + " " + mdCode(name)
}

// changeSentence says a change in words: "shop_logins_total renamed to
// shop_sign_ins_total", "label route removed from shop_requests_total".
func changeSentence(c contract.Change) string {
	what := c.Signal
	switch c.Signal {
	case contract.SignalLabel:
		switch c.Change {
		case contract.Removed:
			return "label " + c.Before + " removed from " + c.Name
		case contract.Added:
			return "label " + c.After + " added to " + c.Name
		}
	case contract.SignalLogKey:
		what = "log key"
	case contract.SignalSLO:
		what = "SLO"
	}
	switch c.Change {
	case contract.Renamed:
		return what + " " + c.Name + " renamed to " + c.After
	case contract.Changed:
		return what + " " + c.Name + " changed: " + c.Before + " → " + c.After
	}
	return what + " " + c.Name + " " + c.Change
}

// telemetry writes the telemetry contract diff: changes that break a
// reference first, each with the expressions it breaks, then the rest.
func (m *md) telemetry() {
	r := m.r
	if r.TelemetryChanges == nil {
		return
	}
	b := &m.b
	if len(r.TelemetryChanges) == 0 {
		fmt.Fprintf(b, "No telemetry changes: the metrics, labels, SLOs, span names and log keys the code declares are those of %s.\n\n", mdCode(shortRev(r.Base)))
		return
	}
	breaking := 0
	for _, c := range r.TelemetryChanges {
		if c.Breaking() {
			breaking++
		}
	}
	fmt.Fprintf(b, "### Telemetry changes: %d", len(r.TelemetryChanges))
	if breaking > 0 {
		fmt.Fprintf(b, ", %d breaking", breaking)
	}
	b.WriteString("\n\n")
	var rows []string
	for _, c := range r.TelemetryChanges {
		mark := ""
		if c.Breaking() {
			mark = "⛔"
		}
		rows = append(rows, fmt.Sprintf("| %s | %s | %s | %s | %s | %s |", mark, mdText(c.Signal), mdText(c.Change), mdCode(safetext.Ellipsis(c.Name, maxNameCell)), beforeAfterText(c), m.pos(c.Position, c.AtBase)))
	}
	b.WriteString("| | signal | change | name | before → after | declared |\n| --- | --- | --- | --- | --- | --- |\n")
	m.rows(rows, 18000)
	b.WriteString("\n")
	if breaking == 0 {
		return
	}
	var lines []string
	for _, c := range r.TelemetryChanges {
		if !c.Breaking() {
			continue
		}
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, "**"+mdText(changeSentence(c))+"** breaks:", "")
		for _, br := range c.Breaks {
			lines = append(lines, fmt.Sprintf("- %s%s: %s — %s", m.pos(br.File+":"+strconv.Itoa(br.Line), false), ruleName(br.Rule), mdCode(safetext.Ellipsis(br.Expr, maxExprCell)), mdText(br.Why)))
		}
	}
	m.rows(lines, 14000)
	b.WriteString("\n")
}

func beforeAfterText(c contract.Change) string {
	switch {
	case c.Before != "" && c.After != "":
		return mdCode(safetext.Ellipsis(c.Before, maxNameCell)) + " → " + mdCode(safetext.Ellipsis(c.After, maxNameCell))
	case c.Before != "":
		return mdCode(safetext.Ellipsis(c.Before, maxNameCell)) + " → ∅"
	case c.After != "":
		return "∅ → " + mdCode(safetext.Ellipsis(c.After, maxNameCell))
	}
	return "—"
}

// warnings lists what did not stop the report, folded.
func (m *md) warnings() {
	if len(m.r.Warnings) == 0 {
		return
	}
	fmt.Fprintf(&m.b, "<details><summary>⚠️ %d warning%s</summary>\n\n", len(m.r.Warnings), plural(len(m.r.Warnings)))
	var rows []string
	for _, w := range m.r.Warnings {
		rows = append(rows, "- "+mdText(safetext.Ellipsis(w, 400)))
	}
	m.rows(rows, 10000)
	m.b.WriteString("\n</details>\n\n")
}

// inventory writes the whole program's numbers: totals, the unobserved
// entry points, the top blind spots and owners. folded puts it all in one
// <details> whose title carries the counts.
func (m *md) inventory(folded bool) {
	r, b := m.r, &m.b
	t := r.Totals
	var unobserved []string
	for _, e := range r.EntryPoints {
		if !e.Observed {
			unobserved = append(unobserved, fmt.Sprintf("| %s | %s | %s | %s | %s |", m.fn(e.Function), mdVia(e), mdText(slo(e.SLO)), mdText(dash(e.Owner)), m.pos(e.Position, false)))
		}
	}
	if folded {
		fmt.Fprintf(b, "<details><summary>Whole program: %d entry point%s, %s observed, %d not observed, %d blind spot%s</summary>\n\n",
			t.EntryPoints, plural(t.EntryPoints), pct(t.Coverage), len(unobserved), len(r.BlindSpots), plural(len(r.BlindSpots)))
	}
	b.WriteString("| | covered | total | % |\n| --- | ---: | ---: | ---: |\n")
	fmt.Fprintf(b, "| entry points observed | %d | %d | %s |\n", t.Observed, t.EntryPoints, pct(t.Coverage))
	fmt.Fprintf(b, "| entry points with an SLO | %d | %d | %s |\n", t.WithSLO, t.EntryPoints, pct(t.SLOCoverage))
	fmt.Fprintf(b, "| functions under them in sight | %d | %d | %s |\n\n", t.Covered, t.Reached, pct(t.DepthCoverage))
	if len(unobserved) > 0 {
		fmt.Fprintf(b, "<details><summary>%d entry point%s not observed</summary>\n\n| entry point | observed | SLO | owner | where |\n| --- | --- | --- | --- | --- |\n", len(unobserved), plural(len(unobserved)))
		m.rows(unobserved, 8000)
		b.WriteString("\n</details>\n\n")
	}
	if len(r.BlindSpots) > 0 {
		shown := min(len(r.BlindSpots), 10)
		fmt.Fprintf(b, "<details%s><summary>Where to instrument next: the top %d of %d blind spot%s</summary>\n\n", openIf(!folded), shown, len(r.BlindSpots), plural(len(r.BlindSpots)))
		b.WriteString("Unobserved functions that entry points reach with nothing observed on the way; a failure there shows only as a slow or failed request.\n\n")
		b.WriteString("| function | entry points | traits | where |\n| --- | ---: | --- | --- |\n")
		var rows []string
		for _, s := range r.BlindSpots[:shown] {
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s |", m.fn(s.Function), s.EntryPoints, mdText(traits(s)), m.pos(s.Position, false)))
		}
		m.rows(rows, 4000)
		if len(r.BlindSpots) > shown {
			fmt.Fprintf(b, "\n%d more: %s.\n", len(r.BlindSpots)-shown, strings.TrimSuffix(m.fullReport(), " has them all")+" lists them")
		}
		b.WriteString("\n</details>\n\n")
	}
	if len(r.Owners) > 1 {
		fmt.Fprintf(b, "<details><summary>By owner: %d owners</summary>\n\n| owner | entry points | observed | with SLO | depth |\n| --- | ---: | ---: | ---: | ---: |\n", len(r.Owners))
		var rows []string
		for _, g := range r.Owners {
			rows = append(rows, fmt.Sprintf("| %s | %d | %s | %s | %s |", mdText(g.Name), g.Totals.EntryPoints, pct(g.Totals.Coverage), pct(g.Totals.SLOCoverage), pct(g.Totals.DepthCoverage)))
		}
		m.rows(rows, 1000)
		b.WriteString("\n</details>\n\n")
	}
	if folded {
		b.WriteString("</details>\n\n")
	}
	fmt.Fprintf(b, "<sub>obslint report · call graph %s · %d metrics, %d metric naming findings, %d log findings</sub>\n", r.CallGraph, r.Naming.Metrics, r.Naming.MetricFindings, r.Naming.LogFindings)
}

func openIf(open bool) string {
	if open {
		return " open"
	}
	return ""
}

// beforeAfter is "66.7% → 50.0% (−16.7)".
func beforeAfter(before, after float64) string {
	return pct(before) + " → " + pct(after) + " (" + delta(after-before) + ")"
}

// delta is a signed difference in percentage points, one decimal.
func delta(d float64) string {
	d = float64(int64(d*10+sign(d)*0.5)) / 10
	switch {
	case d > 0:
		return "+" + strconv.FormatFloat(d, 'f', 1, 64)
	case d < 0:
		return "−" + strconv.FormatFloat(-d, 'f', 1, 64)
	}
	return "±0.0"
}

func sign(d float64) float64 {
	if d < 0 {
		return -1
	}
	return 1
}

// mdURL makes u safe as a Markdown link destination inside a table: no
// character that ends the destination, the link or the cell.
func mdURL(u string) string {
	var b strings.Builder
	for _, r := range u {
		switch {
		case r == '(' || r == ')' || r == '|' || r == '<' || r == '>' || r == '`' || r == '"' || r == '\\' || r == '[' || r == ']' || r <= ' ' || r == 0x7f:
			fmt.Fprintf(&b, "%%%02X", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
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

// pluralVerb returns one when n is 1, else many.
func pluralVerb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// shortRev shortens a full commit hash to 12 characters, as people
// read it; other revisions (branch names) are kept.
func shortRev(rev string) string {
	if len(rev) == 40 || len(rev) == 64 {
		for _, r := range rev {
			if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
				return rev
			}
		}
		return rev[:12]
	}
	return rev
}
