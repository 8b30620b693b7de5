package coverage

import (
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/safetext"
)

// HTML writes one self-contained page: no network, no external assets.
// Tables sort when a header is clicked (a few lines of inline script);
// each entry point's call graph is drawn as inline SVG, laid out in
// columns by distance from the entry point, observed functions in green,
// blind spots in red.
//
// Names are written with control characters and bytes that are not UTF-8
// as Go escapes (see escaped), so the page is valid UTF-8 and each name
// stays on its line.
//
// Functions are shown by their short names (full names in the tooltip)
// and positions link to their lines when r.Links says where. With -base
// the change comes first: coverage before and after, the changed entry
// points, and the telemetry changes, breaking ones first.
func HTML(w io.Writer, r *Report) error {
	r = escaped(r)
	names := NewNamer(r)
	changed := make(map[string]bool)
	if r.Change != nil {
		for _, f := range r.Change.EntryPoints {
			changed[f] = true
		}
	}
	var changedEPs []EntryPoint
	for _, e := range r.EntryPoints {
		if changed[e.Function] {
			changedEPs = append(changedEPs, e)
		}
	}
	funcs := template.FuncMap{
		"name":  names.Name,
		"link":  func(pos string) string { return r.Links.URL(pos) },
		"spos":  shortPosition,
		"lpos":  func(file string, line int) string { return file + ":" + strconv.Itoa(line) },
		"delta": func(before, after float64) string { return delta(after - before) },
	}
	t, err := page.Clone()
	if err != nil {
		return err
	}
	return t.Funcs(funcs).Execute(w, struct {
		*Report
		Graphs    []template.HTML
		ChangedEP []EntryPoint
		Breaking  int
		Contract  bool // the telemetry contract diff was computed
	}{r, graphs(r, names), changedEPs, breakingCount(r), r.TelemetryChanges != nil})
}

func breakingCount(r *Report) int {
	n := 0
	for _, c := range r.TelemetryChanges {
		n += len(c.Breaks)
	}
	return n
}

func graphs(r *Report, names *Namer) []template.HTML {
	out := make([]template.HTML, len(r.EntryPoints))
	for i, e := range r.EntryPoints {
		out[i] = svg(e.Graph, names)
	}
	return out
}

// svg draws g: columns by depth, rows in node order within a column.
func svg(g *Graph, names *Namer) template.HTML {
	if g == nil || len(g.Nodes) == 0 {
		return ""
	}
	const colW, rowH, boxW, boxH, pad = 230, 34, 210, 24, 10
	rows := make(map[int]int)
	x := make([]int, len(g.Nodes))
	y := make([]int, len(g.Nodes))
	maxRow, maxDepth := 0, 0
	for i, n := range g.Nodes {
		x[i] = pad + n.Depth*colW
		y[i] = pad + rows[n.Depth]*rowH
		rows[n.Depth]++
		maxRow = max(maxRow, rows[n.Depth])
		maxDepth = max(maxDepth, n.Depth)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" role="img" aria-label="call graph">`, 2*pad+(maxDepth+1)*colW, 2*pad+maxRow*rowH)
	for _, e := range g.Edges {
		from, to := e[0], e[1]
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" class="edge"/>`, x[from]+boxW, y[from]+boxH/2, x[to], y[to]+boxH/2)
	}
	for i, n := range g.Nodes {
		class := "node"
		switch {
		case i == 0:
			class += " entry"
		case n.Observed:
			class += " observed"
		case n.Blind:
			class += " blind"
		}
		label := names.Name(n.Function)
		if label == n.Function {
			label = n.Label // not a name of the module's
		}
		label = safetext.Ellipsis(label, 30) // never mid-character
		fmt.Fprintf(&b, `<g class="%s"><title>%s</title><rect x="%d" y="%d" width="%d" height="%d" rx="4"/><text x="%d" y="%d">%s</text></g>`,
			class, template.HTMLEscapeString(n.Function), x[i], y[i], boxW, boxH, x[i]+6, y[i]+16, template.HTMLEscapeString(label))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"pct":    pct,
	"slo":    slo,
	"via":    via,
	"traits": traits,
	"dash":   dash,
	// replaced per report in HTML:
	"name":  func(s string) string { return s },
	"link":  func(string) string { return "" },
	"spos":  shortPosition,
	"lpos":  func(string, int) string { return "" },
	"delta": func(float64, float64) string { return "" },
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>obslint coverage: {{.Module}}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1f2328}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;cursor:pointer;user-select:none}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.num{text-align:right}
code{font-size:12px}
.yes{color:#1a7f37}.no{color:#cf222e}.unknown{color:#9a6700}
.cards{display:flex;gap:1em;flex-wrap:wrap}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.8em 1.2em;min-width:12em}
.card b{display:block;font-size:1.8em}
details{margin:.3em 0}
svg{display:block;margin:.5em 0;font:11px monospace}
.edge{stroke:#8c959f;stroke-width:1}
.node rect{fill:#f6f8fa;stroke:#8c959f}
.node.entry rect{fill:#ddf4ff;stroke:#0969da}
.node.observed rect{fill:#dafbe1;stroke:#1a7f37}
.node.blind rect{fill:#ffebe9;stroke:#cf222e}
.breaking{color:#cf222e}tr.breaking td{background:#fff5f5}
a{color:#0969da}
.legend span{display:inline-block;padding:0 .5em;margin-right:.5em;border:1px solid}
</style>
</head>
<body>
<h1>Observability coverage: <code>{{.Module}}</code></h1>
<div class="cards">
<div class="card"><b>{{pct .Totals.Coverage}}</b>entry points observed ({{.Totals.Observed}}/{{.Totals.EntryPoints}})</div>
<div class="card"><b>{{pct .Totals.SLOCoverage}}</b>with an SLO ({{.Totals.WithSLO}}/{{.Totals.EntryPoints}})</div>
<div class="card"><b>{{pct .Totals.DepthCoverage}}</b>functions under them in sight ({{.Totals.Covered}}/{{.Totals.Reached}})</div>
<div class="card"><b>{{.Naming.Metrics}}</b>metrics; {{.Naming.MetricFindings}} metric and {{.Naming.LogFindings}} log naming findings</div>
</div>
{{define "pos"}}{{with link .}}<a href="{{.}}"><code>{{spos $}}</code></a>{{else}}<code>{{spos .}}</code>{{end}}{{end}}
{{define "fn"}}<code title="{{.}}">{{name .}}</code>{{end}}
{{with .Change}}<h2>This change (since <code>{{$.Base}}</code>)</h2>
{{with $.BaseTotals}}<div class="cards">
<div class="card"><b>{{pct $.Totals.Coverage}}</b>entry points observed, was {{pct .Coverage}} ({{delta .Coverage $.Totals.Coverage}})</div>
<div class="card"><b>{{pct $.Totals.SLOCoverage}}</b>with an SLO, was {{pct .SLOCoverage}} ({{delta .SLOCoverage $.Totals.SLOCoverage}})</div>
<div class="card"><b>{{pct $.Totals.DepthCoverage}}</b>functions in sight, was {{pct .DepthCoverage}} ({{delta .DepthCoverage $.Totals.DepthCoverage}})</div>
</div>{{else}}<p>The numbers before are unknown: the base revision could not be analysed in full; see the warnings.</p>{{end}}
{{if $.Breaking}}<p class="breaking">This change breaks {{$.Breaking}} rule or dashboard expression{{if ne $.Breaking 1}}s{{end}} in the repository: see Telemetry changes.</p>{{end}}
<p>{{.Totals.EntryPoints}} entry points added or modified, {{.Totals.Observed}} observed, {{.Totals.WithSLO}} with an SLO; {{len .BlindSpots}} blind spots touched.</p>
{{if $.ChangedEP}}<table class="sortable">
<thead><tr><th>entry point</th><th>observed</th><th>SLO</th><th>position</th></tr></thead>
<tbody>{{range $.ChangedEP}}
<tr><td>{{template "fn" .Function}}</td><td class="{{if .Observed}}yes{{else if .Unknown}}unknown{{else}}no{{end}}">{{via .}}</td><td>{{slo .SLO}}</td><td>{{template "pos" .Position}}</td></tr>{{end}}
</tbody></table>{{end}}
{{end}}{{with .TelemetryChanges}}<h2>Telemetry changes</h2>
<table class="sortable">
<thead><tr><th></th><th>signal</th><th>change</th><th>name</th><th>before</th><th>after</th><th>declared</th><th>breaks</th></tr></thead>
<tbody>{{range .}}
<tr{{if .Breaks}} class="breaking"{{end}}><td>{{if .Breaks}}⛔{{end}}</td><td>{{.Signal}}</td><td>{{.Change}}</td><td><code>{{.Name}}</code></td><td><code>{{.Before}}</code></td><td><code>{{.After}}</code></td><td>{{if .AtBase}}<code>{{spos .Position}}</code> (base){{else}}{{template "pos" .Position}}{{end}}</td><td>{{range .Breaks}}<div>{{template "pos" (lpos .File .Line)}} {{.Rule}}: <code>{{.Expr}}</code> — {{.Why}}</div>{{end}}</td></tr>{{end}}
</tbody></table>{{else}}{{if $.Change}}{{if $.Contract}}<p>No telemetry changes since <code>{{$.Base}}</code>.</p>{{end}}{{end}}{{end}}
{{with .Warnings}}<h2>Warnings</h2><ul>{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}
<h2>Entry points</h2>
<table class="sortable">
<thead><tr><th>function</th><th>observed</th><th>SLO</th><th>covered below</th><th>owner</th><th>position</th></tr></thead>
<tbody>{{range .EntryPoints}}
<tr><td>{{template "fn" .Function}}</td><td class="{{if .Observed}}yes{{else if .Unknown}}unknown{{else}}no{{end}}">{{via .}}</td><td>{{slo .SLO}}</td><td class="num" data-sort="{{.Covered}}">{{.Covered}}/{{.Reached}}</td><td>{{dash .Owner}}</td><td>{{template "pos" .Position}}</td></tr>{{end}}
</tbody></table>
<h2>Blind spots</h2>
<p>Unobserved functions that entry points reach with nothing observed on the way, ranked by how many do: the best places to instrument next.</p>
<table class="sortable">
<thead><tr><th>function</th><th>entry points</th><th>traits</th><th>owner</th><th>position</th></tr></thead>
<tbody>{{range .BlindSpots}}
<tr><td>{{template "fn" .Function}}</td><td class="num">{{.EntryPoints}}</td><td>{{traits .}}</td><td>{{dash .Owner}}</td><td>{{template "pos" .Position}}</td></tr>{{end}}
</tbody></table>
<h2>Call graphs</h2>
<p class="legend"><span class="yes" style="border-color:#1a7f37">observed</span><span class="no" style="border-color:#cf222e">blind spot</span><span style="border-color:#0969da">entry point</span> Functions of the module within three calls of each entry point.</p>
{{range $i, $e := .EntryPoints}}<details><summary>{{template "fn" $e.Function}} · {{$e.Covered}}/{{$e.Reached}} in sight</summary>{{index $.Graphs $i}}</details>
{{end}}
<h2>By owner</h2>
<table class="sortable"><thead><tr><th>owner</th><th>entry points</th><th>observed</th><th>with SLO</th><th>depth</th></tr></thead><tbody>{{range .Owners}}
<tr><td>{{.Name}}</td><td class="num">{{.Totals.EntryPoints}}</td><td class="num">{{pct .Totals.Coverage}}</td><td class="num">{{pct .Totals.SLOCoverage}}</td><td class="num">{{pct .Totals.DepthCoverage}}</td></tr>{{end}}
</tbody></table>
<h2>By package</h2>
<table class="sortable"><thead><tr><th>package</th><th>entry points</th><th>observed</th><th>with SLO</th><th>depth</th></tr></thead><tbody>{{range .Packages}}
<tr><td><code>{{.Name}}</code></td><td class="num">{{.Totals.EntryPoints}}</td><td class="num">{{pct .Totals.Coverage}}</td><td class="num">{{pct .Totals.SLOCoverage}}</td><td class="num">{{pct .Totals.DepthCoverage}}</td></tr>{{end}}
</tbody></table>
<p><small>obslint report · call graph {{.CallGraph}}</small></p>
<script>
document.querySelectorAll("table.sortable th").forEach(function (th) {
  th.addEventListener("click", function () {
    var table = th.closest("table"), body = table.tBodies[0], col = th.cellIndex;
    var asc = !th.classList.contains("sorted-asc");
    table.querySelectorAll("th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
    th.classList.add(asc ? "sorted-asc" : "sorted-desc");
    var key = function (row) {
      var td = row.cells[col], v = td.dataset.sort || td.textContent.trim(), n = parseFloat(v);
      return isNaN(n) ? v.toLowerCase() : n;
    };
    Array.from(body.rows).sort(function (a, b) {
      var x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    }).forEach(function (row) { body.appendChild(row); });
  });
});
</script>
</body>
</html>
`))
