package coverage

import (
	"bytes"

	"github.com/obslint/obslint/wholeprogram/contract"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile is the set of names a pull request controls: owners and SLO
// names from the convention, function and file names from the code.
const (
	evilOwner = "team|x <img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** \x1b[31m\n::error::owner"
	evilSLO   = "slo|<script>alert(1)</script>\n::warning::slo\u202e"
	evilFunc  = "example.com/x.日本語の関数名ではないがとても長いラベル|`tick`\xff"
	evilPos   = "x/a|b`c.go:1:1"
)

func hostileReport() *Report {
	slo := evilSLO
	g := &Graph{Nodes: []Node{{Function: evilFunc, Label: "日本語の関数名ではないがとても長いラベルで三十文字を超えるもの"}, {Function: evilFunc, Label: strings.Repeat("é", 40), Blind: true, Depth: 1}}, Edges: [][2]int{{0, 1}}}
	ep := EntryPoint{Function: evilFunc, Position: evilPos, Package: "example.com/x", Framework: "nethttp", Owner: evilOwner, SLO: &slo, Reached: 1, Graph: g}
	bs := BlindSpot{Function: evilFunc, Position: evilPos, EntryPoints: 1, Owner: evilOwner}
	r := &Report{Version: 1, Module: "example.com/x\n::error::module", CallGraph: "vta", Base: "main`|<b>\n::x",
		EntryPoints: []EntryPoint{ep}, BlindSpots: []BlindSpot{bs},
		Owners:   []Group{{Name: evilOwner}, {Name: "b"}},
		Packages: []Group{{Name: "example.com/x"}, {Name: "example.com/y"}},
		Change:   &Change{EntryPoints: []string{evilFunc}},
	}
	r.Totals = totals(r.EntryPoints)
	r.BaseTotals = &Totals{}
	r.TelemetryChanges = []contract.Change{{Signal: "metric", Change: "renamed", Name: evilSLO, Before: evilSLO, After: evilOwner, Position: evilPos,
		Breaks: []contract.Break{{File: evilPos, Line: 3, Rule: "alert " + evilOwner, Expr: evilFunc + "\n::error::expr", Why: evilOwner}}}}
	r.Warnings = []string{evilOwner}
	r.Links = &Links{Base: "https://example.com/a)b|c<d>/"}
	r.FullReport = "https://example.com/x)|<img>"
	return r
}

// TestReportEscaping: every report format keeps user-controlled names
// inert (issue 19, items 10 to 12).
func TestReportEscaping(t *testing.T) {
	for _, format := range FormatNames() {
		var buf bytes.Buffer
		if err := Formats[format](&buf, hostileReport()); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !utf8.ValidString(out) && format != "text" {
			t.Errorf("%s: invalid UTF-8", format)
		}
		if strings.ContainsAny(out, "\x1b\x00") || format != "json" && strings.ContainsRune(out, '\u202e') {
			t.Errorf("%s: raw control characters", format)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(strings.TrimLeft(line, " \t"), "::") {
				t.Errorf("%s: a line starts a workflow command: %q", format, line)
			}
		}
		switch format {
		case "markdown":
			// Code spans are literal in Markdown: what is inside them is
			// inert, what is outside must be escaped.
			outside := withoutCodeSpans(out)
			for _, bad := range []string{"<img", "<script", "](javascript", "**b**", "<d>", ")|"} {
				if strings.Contains(outside, bad) {
					t.Errorf("markdown holds %q raw outside code spans", bad)
				}
			}
			checkTables(t, out)
		case "html":
			for _, bad := range []string{"<img", "<script>alert"} {
				if strings.Contains(out, bad) {
					t.Errorf("html holds %q raw", bad)
				}
			}
			if !strings.Contains(out, "日本語の関数名ではないがとても長いラベルで三十文字を超える…") {
				t.Errorf("html label not cut at a character boundary")
			}
		}
	}
}

// withoutCodeSpans removes the code spans of each line (a run of
// backticks, then anything up to the same run), as GFM reads them.
func withoutCodeSpans(md string) string {
	var b strings.Builder
	for _, line := range strings.Split(md, "\n") {
		line = strings.ReplaceAll(line, "\\`", "ESCAPED") // a literal backtick
		for {
			i := strings.IndexByte(line, '`')
			if i < 0 {
				break
			}
			n := i
			for n < len(line) && line[n] == '`' {
				n++
			}
			fence := line[i:n]
			end := strings.Index(line[n:], fence)
			if end < 0 {
				break
			}
			line = line[:i] + "CODE" + line[n+end+len(fence):]
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

// checkTables checks that every row of every Markdown table has as many
// cells as its header.
func checkTables(t *testing.T, md string) {
	t.Helper()
	cells := func(row string) int { return len(unescapedPipe.FindAllString(row, -1)) - 1 }
	want := -1
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		if want < 0 {
			want = cells(line)
			continue
		}
		if got := cells(line); got != want {
			t.Errorf("markdown row has %d cells, header %d: %s", got, want, line)
		}
	}
}

func TestMarkdownCode(t *testing.T) {
	for in, want := range map[string]string{
		"pkg.F":  "`pkg.F`",
		"a`b":    "`` a`b ``",
		"a|b":    "`a\\|b`",
		"x\n::e": "`x\\n::e`",
		"``a":    "``` ``a ```",
	} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
}
