// Package promrefs finds the PromQL expressions a repository keeps next to
// its code, in Prometheus rule files (rule groups, PrometheusRule custom
// resources, the files obslint slo export writes, Sloth specs) and
// Grafana dashboard JSON, parses each with Prometheus' own parser and
// says what it reads: the series it selects, the labels it matches on,
// and the labels it groups or matches vectors by. The telemetry contract
// diff (wholeprogram/contract) uses it to name the expressions a change
// breaks.
package promrefs

import (
	"regexp"
	"sort"
	"strings"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"
)

// Ref is one expression.
type Ref struct {
	File string // slash-separated, relative to the directory scanned
	Line int
	// Rule names what holds it: "alert X", "record x:y", "panel Title",
	// "slo name" (Sloth).
	Rule string
	Expr string
	// Selectors are the expression's series selectors.
	Selectors []Selector
	// Groupings are its by/without clauses and vector matchings.
	Groupings []Grouping
}

// Selector is one series selector.
type Selector struct {
	// Name is the metric name, "" when the selector picks names by
	// matchers on __name__ (NameMatchers).
	Name         string
	NameMatchers []*labels.Matcher
	// Labels are the labels it matches on, sorted (not __name__).
	Labels []string
	// Funcs are the functions applied to it, innermost first: "rate",
	// "histogram_quantile".
	Funcs []string
}

// Selects reports whether the selector picks series named name.
func (s Selector) Selects(name string) bool {
	if s.Name != "" {
		return s.Name == name
	}
	if len(s.NameMatchers) == 0 {
		return false
	}
	for _, m := range s.NameMatchers {
		if !m.Matches(name) {
			return false
		}
	}
	return true
}

// Grouping is a clause that names labels: by, without, on, ignoring,
// group_left, group_right.
type Grouping struct {
	Clause string
	Labels []string
	// Selectors are the selectors under it: the aggregated expression,
	// or both sides of a binary operation.
	Selectors []Selector
}

var promql = parser.NewParser(parser.Options{
	EnableExperimentalFunctions:  true,
	ExperimentalDurationExpr:     true,
	EnableExtendedRangeSelectors: true,
	EnableBinopFillModifiers:     true,
})

// Parse parses expr and fills in ref's selectors and groupings.
func Parse(ref *Ref) error {
	e, err := promql.ParseExpr(ref.Expr)
	if err != nil {
		return err
	}
	ref.Selectors = selectors(e)
	parser.Inspect(e, func(n parser.Node, _ []parser.Node) error {
		switch n := n.(type) {
		case *parser.AggregateExpr:
			if len(n.Grouping) > 0 {
				clause := "by"
				if n.Without {
					clause = "without"
				}
				ref.Groupings = append(ref.Groupings, Grouping{Clause: clause, Labels: sorted(n.Grouping), Selectors: selectors(n.Expr)})
			}
		case *parser.BinaryExpr:
			if vm := n.VectorMatching; vm != nil {
				sels := append(selectors(n.LHS), selectors(n.RHS)...)
				if len(vm.MatchingLabels) > 0 {
					clause := "ignoring"
					if vm.On {
						clause = "on"
					}
					ref.Groupings = append(ref.Groupings, Grouping{Clause: clause, Labels: sorted(vm.MatchingLabels), Selectors: sels})
				}
				if len(vm.Include) > 0 {
					clause := "group_left"
					if vm.Card == parser.CardOneToMany {
						clause = "group_right"
					}
					ref.Groupings = append(ref.Groupings, Grouping{Clause: clause, Labels: sorted(vm.Include), Selectors: sels})
				}
			}
		}
		return nil
	})
	return nil
}

// selectors lists the selectors under n.
func selectors(n parser.Node) []Selector {
	var out []Selector
	parser.Inspect(n, func(n parser.Node, path []parser.Node) error {
		vs, ok := n.(*parser.VectorSelector)
		if !ok {
			return nil
		}
		s := Selector{Name: vs.Name}
		for i := len(path) - 1; i >= 0; i-- {
			if call, ok := path[i].(*parser.Call); ok && call.Func != nil {
				s.Funcs = append(s.Funcs, call.Func.Name)
			}
		}
		seen := make(map[string]bool)
		for _, m := range vs.LabelMatchers {
			if m.Name == labels.MetricName {
				if vs.Name == "" {
					if m.Type == labels.MatchEqual {
						s.Name = m.Value
					} else {
						s.NameMatchers = append(s.NameMatchers, m)
					}
				}
				continue
			}
			if !seen[m.Name] {
				seen[m.Name] = true
				s.Labels = append(s.Labels, m.Name)
			}
		}
		if s.Name != "" {
			s.NameMatchers = nil
		}
		sort.Strings(s.Labels)
		out = append(out, s)
		return nil
	})
	return out
}

func sorted(l []string) []string {
	c := append([]string(nil), l...)
	sort.Strings(c)
	return c
}

// Grafana's variables are not PromQL: "$__rate_interval" in a range,
// "$job" or "${job}" or "[[job]]" elsewhere. Before parsing, a variable
// where a duration goes (after "[", ":" or "offset", or a Grafana
// interval variable) becomes "5m", one where a number goes (scalarPlace)
// "1", any other a neutral name; inside a
// quoted label value they do no harm and are left alone.
var (
	grafanaVar = regexp.MustCompile(`\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\[\[[A-Za-z_][A-Za-z0-9_:]*\]\]`)
	// Sloth's and obslint's own window placeholders.
	windowVar = regexp.MustCompile(`\{\{\s*\.?[Ww]indow\s*\}\}`)
)

// durationPlace reports whether what precedes a variable makes it a
// duration: "[", ":" (a subquery's step) or "offset".
func durationPlace(before string) bool {
	b := strings.TrimRight(before, " \t\n")
	return strings.HasSuffix(b, "[") || strings.HasSuffix(b, ":") || strings.HasSuffix(strings.ToLower(b), "offset")
}

// scalarPlace reports whether what precedes a variable makes it a
// number: the first argument of vector, histogram_quantile,
// quantile_over_time, topk, bottomk, quantile, limitk or limit_ratio
// (tempo's dashboards: "and on() (vector($latency_metrics) == 1)").
func scalarPlace(before string) bool {
	b := strings.TrimRight(before, " \t\n")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	b = strings.TrimRight(strings.TrimSuffix(b, "("), " \t\n")
	for _, f := range []string{"vector", "histogram_quantile", "quantile_over_time", "topk", "bottomk", "quantile", "limitk", "limit_ratio"} {
		if strings.HasSuffix(b, f) {
			rest := b[:len(b)-len(f)]
			if rest == "" || !isNameByte(rest[len(rest)-1]) {
				return true
			}
		}
	}
	return false
}

func isNameByte(c byte) bool {
	return c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// deGrafana replaces Grafana variables outside quoted strings.
func deGrafana(expr string) string {
	expr = windowVar.ReplaceAllString(expr, "5m")
	if !strings.ContainsAny(expr, "$[") {
		return expr
	}
	var b strings.Builder
	inQuote := rune(0)
	start := 0
	flush := func(end int) {
		part := expr[start:end]
		last := 0
		for _, m := range grafanaVar.FindAllStringIndex(part, -1) {
			v := part[m[0]:m[1]]
			b.WriteString(part[last:m[0]])
			switch {
			case strings.HasPrefix(v, "[[") && strings.HasSuffix(strings.TrimRight(part[:m[0]], " "), "["):
				b.WriteString("5m") // "[[[interval]]]": the range holds [[interval]]
			case strings.Contains(v, "__interval") || strings.Contains(v, "__rate_interval") || strings.Contains(v, "__range") || durationPlace(b.String()):
				b.WriteString("5m")
			case scalarPlace(b.String()):
				b.WriteString("1")
			default:
				b.WriteString("obslint_grafana_var")
			}
			last = m[1]
		}
		b.WriteString(part[last:])
	}
	for i, r := range expr {
		switch {
		case inQuote != 0:
			if r == inQuote && (i == 0 || expr[i-1] != '\\') {
				inQuote = 0
				b.WriteString(expr[start : i+1])
				start = i + 1
			}
		case r == '"' || r == '\'' || r == '`':
			flush(i)
			start = i
			inQuote = r
		}
	}
	if inQuote != 0 {
		b.WriteString(expr[start:])
	} else {
		flush(len(expr))
	}
	return b.String()
}
