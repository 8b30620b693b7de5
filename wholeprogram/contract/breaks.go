package contract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/wholeprogram/promrefs"
)

// Breaks fills in the expressions each change breaks, then sorts the
// changes (breaking ones first):
//
//   - a metric removed, renamed or changed in type: expressions selecting
//     a series name it had and no metric of the working tree has (a
//     histogram's _bucket, _sum and _count, a counter's _total);
//   - a label removed: expressions matching on it in a selector of the
//     metric, or naming it in a by, without, on, ignoring, group_left or
//     group_right clause over the metric.
func Breaks(changes []Change, before, after *Telemetry, refs []promrefs.Ref) {
	if before == nil {
		before = &Telemetry{}
	}
	if after == nil {
		after = &Telemetry{}
	}
	b, _ := mergeMetrics(before.Metrics)
	a, _ := mergeMetrics(after.Metrics)
	now := make(map[string]bool)
	for _, m := range a {
		for _, s := range series(m.Metric) {
			now[s] = true
		}
	}
	for i := range changes {
		c := &changes[i]
		var found []Break
		switch {
		case c.Signal == SignalMetric && (c.Change == Removed || c.Change == Renamed || c.Change == Changed && strings.HasPrefix(c.Before, "type ") && c.Before != "type "+metricdefs.Counter):
			m := b[c.Name]
			if m == nil {
				break
			}
			for _, s := range series(m.Metric) {
				if now[s] {
					continue
				}
				why := fmt.Sprintf("selects %s, which no metric has any more", s)
				switch c.Change {
				case Renamed:
					why = fmt.Sprintf("selects %s; the metric is renamed to %s", s, c.After)
				case Changed:
					why = fmt.Sprintf("selects %s, which a %s does not have", s, strings.TrimPrefix(c.After, "type "))
				}
				for _, r := range refs {
					for _, sel := range r.Selectors {
						if sel.Selects(s) {
							found = append(found, brk(r, why))
							break
						}
					}
				}
			}
		case c.Signal == SignalMetric && c.Change == Changed && c.Before == "type "+metricdefs.Counter:
			// A counter that is no longer one: rate() and friends over its
			// name now compute nonsense.
			for _, r := range refs {
				for _, sel := range r.Selectors {
					if f := counterFunc(sel.Funcs); f != "" && sel.Selects(c.Name) {
						found = append(found, brk(r, fmt.Sprintf("applies %s() to %s, which is now a %s", f, c.Name, strings.TrimPrefix(c.After, "type "))))
					}
				}
			}
		case c.Signal == SignalLabel && c.Change == Removed:
			names := make(map[string]bool)
			for _, m := range []*merged{b[c.Name], a[c.Name]} {
				if m != nil {
					for _, s := range series(m.Metric) {
						names[s] = true
					}
				}
			}
			sortedNames := make([]string, 0, len(names))
			for n := range names {
				sortedNames = append(sortedNames, n)
			}
			sort.Strings(sortedNames)
			selects := func(sels []promrefs.Selector) (string, bool) {
				for _, sel := range sels {
					for _, n := range sortedNames {
						if sel.Selects(n) {
							return n, true
						}
					}
				}
				return "", false
			}
			for _, r := range refs {
				for _, sel := range r.Selectors {
					if n, ok := selects([]promrefs.Selector{sel}); ok && contains(sel.Labels, c.Before) {
						found = append(found, brk(r, fmt.Sprintf("matches on label %s of %s, which this change removes", c.Before, n)))
					}
				}
				for _, g := range r.Groupings {
					if !contains(g.Labels, c.Before) {
						continue
					}
					if n, ok := selects(g.Selectors); ok {
						found = append(found, brk(r, fmt.Sprintf("%s (%s) over %s, which no longer has label %s", clause(g.Clause), strings.Join(g.Labels, ", "), n, c.Before)))
					}
				}
			}
		}
		c.Breaks = dedupe(found)
	}
	Sort(changes)
}

// counterFunc returns the first of funcs that expects a counter.
func counterFunc(funcs []string) string {
	for _, f := range funcs {
		switch f {
		case "rate", "irate", "increase", "resets":
			return f
		}
	}
	return ""
}

func clause(c string) string {
	switch c {
	case "by", "without":
		return "aggregates " + c
	}
	return "matches vectors " + c
}

func brk(r promrefs.Ref, why string) Break {
	return Break{File: r.File, Line: r.Line, Rule: r.Rule, Expr: r.Expr, Why: why}
}

// dedupe keeps one break per expression (file, line and text), its
// reasons joined: tempo's outstanding-blocks alert both aggregates by
// the removed label and ignores it, and was counted twice.
func dedupe(bs []Break) []Break {
	out := []Break{}
	at := make(map[string]int)
	for _, b := range bs {
		k := fmt.Sprintf("%s:%d:%s", b.File, b.Line, b.Expr)
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, b)
			continue
		}
		if !strings.Contains("; "+out[i].Why+"; ", "; "+b.Why+"; ") {
			out[i].Why += "; " + b.Why
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// series lists the series names a metric is exposed as in Prometheus:
// a histogram's _bucket, _sum and _count (and its own name, for native
// histograms), a summary's _sum and _count, a counter with and without
// _total (OpenMetrics adds it). OpenTelemetry names are translated as the
// Prometheus exporter does: dots to underscores, the unit as a suffix,
// _total on counters.
func series(m Metric) []string {
	bases := []string{m.Name}
	if m.Library == metricdefs.OTel {
		base := sanitize(m.Name)
		bases = []string{base}
		if u := unitSuffix(m.Unit); u != "" && !strings.HasSuffix(base, "_"+u) {
			bases = append(bases, base+"_"+u)
		}
	}
	var out []string
	for _, n := range bases {
		switch m.Kind {
		case metricdefs.Histogram:
			out = append(out, n, n+"_bucket", n+"_sum", n+"_count")
		case metricdefs.Summary:
			out = append(out, n, n+"_sum", n+"_count")
		case metricdefs.Counter:
			out = append(out, n)
			if !strings.HasSuffix(n, "_total") {
				out = append(out, n+"_total")
			}
		default:
			out = append(out, n)
		}
	}
	return out
}

func sanitize(name string) string {
	var b strings.Builder
	for i, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_', r == ':', r >= '0' && r <= '9' && i > 0:
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// unitSuffix is the Prometheus suffix of an OpenTelemetry (UCUM) unit.
func unitSuffix(unit string) string {
	switch unit {
	case "s":
		return "seconds"
	case "ms":
		return "milliseconds"
	case "us":
		return "microseconds"
	case "ns":
		return "nanoseconds"
	case "By":
		return "bytes"
	case "KiBy":
		return "kibibytes"
	case "MiBy":
		return "mebibytes"
	case "1":
		return "ratio"
	case "%":
		return "percent"
	}
	return ""
}
