package promrefs

import (
	"fmt"
	"strings"
	"testing"
)

func TestScan(t *testing.T) {
	dir := "testdata/repo"
	files, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	refs, warnings := Scan(dir, files)
	var got []string
	for _, r := range refs {
		var sels []string
		for _, s := range r.Selectors {
			sels = append(sels, s.Name+"{"+strings.Join(s.Labels, ",")+"}")
		}
		var groups []string
		for _, g := range r.Groupings {
			groups = append(groups, g.Clause+"("+strings.Join(g.Labels, ",")+")")
		}
		got = append(got, fmt.Sprintf("%s:%d %s: %s %s", r.File, r.Line, r.Rule, strings.Join(sels, " "), strings.Join(groups, " ")))
	}
	want := []string{
		"dashboards/shop.json:7 panel Logins: shop_logins_total{job} by(obslint_grafana_var)",
		"dashboards/shop.json:16 panel Latency: shop_request_duration_seconds_bucket{} by(le)",
		"deploy/prometheusrule.yaml:10 alert ShopDown: shop_up{job} ",
		"deploy/sloth.yml:8 slo requests-availability: shop_requests_total{code} ",
		"deploy/sloth.yml:9 slo requests-availability: shop_requests_total{} ",
		"rules/alerts.yml:5 alert ShopLoginsHigh: shop_logins_total{} ",
		"rules/alerts.yml:9 record shop:latency:p99: shop_request_duration_seconds_bucket{code} by(le,route)",
		"rules/alerts.yml:13 alert Ratio: a_total{} build_info{} on(instance) group_left(version)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("refs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(warnings) != 2 || !strings.HasPrefix(warnings[0], "rules/broken.yml:5: alert Broken: the expression does not parse") || !strings.HasPrefix(warnings[1], "rules/notyaml.yml: not valid YAML") {
		t.Errorf("warnings:\n%s", strings.Join(warnings, "\n"))
	}
}

func TestSelects(t *testing.T) {
	r := Ref{Expr: `sum(rate({__name__=~"shop_.*_total", job="x"}[5m]))`}
	if err := Parse(&r); err != nil {
		t.Fatal(err)
	}
	if len(r.Selectors) != 1 || !r.Selectors[0].Selects("shop_logins_total") || r.Selectors[0].Selects("other_total") {
		t.Errorf("regex name selector: %+v", r.Selectors)
	}
}

func TestDeGrafana(t *testing.T) {
	for in, want := range map[string]string{
		`rate(x{a="$v"}[$__rate_interval])`:        `rate(x{a="$v"}[5m])`,
		`sum by ($g) (x)`:                          `sum by (obslint_grafana_var) (x)`,
		`rate(x[${__range}])`:                      `rate(x[5m])`,
		`rate(x[[[interval]]])`:                    `rate(x[5m])`,
		`sum(rate(x[{{.window}}]))`:                `sum(rate(x[5m]))`,
		`x{a=~"$a|b"} offset $__interval`:          `x{a=~"$a|b"} offset 5m`,
		`label_replace(x, "d", "$1", "s", "(.*)")`: `label_replace(x, "d", "$1", "s", "(.*)")`,
		`x and on() (vector($show) == 1)`:          `x and on() (vector(1) == 1)`,
		`histogram_quantile($q, x)`:                `histogram_quantile(1, x)`,
		`myvector($v)`:                             `myvector(obslint_grafana_var)`,
	} {
		if got := deGrafana(in); got != want {
			t.Errorf("deGrafana(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGrafanaScalarVariable: a dashboard variable switching a panel on
// and off through vector() parses (tempo's backend work dashboard: 56
// expressions were warnings).
func TestGrafanaScalarVariable(t *testing.T) {
	r := Ref{Expr: deGrafana(`(histogram_quantile(0.99, sum(rate(app_poll_duration_seconds_bucket{cluster=~"$cluster"}[$__rate_interval])) by (le))) and on() (vector($latency_metrics) == 1)`)}
	if err := Parse(&r); err != nil {
		t.Fatalf("%v\n%s", err, r.Expr)
	}
}

// TestGrafanaSubquery: a subquery whose range is a Grafana variable
// keeps its step (tempo's writes dashboard).
func TestGrafanaSubquery(t *testing.T) {
	r := Ref{Expr: deGrafana("sum by (grpc_status) (rate(label_replace({__name__=~\"envoy_cluster_grpc_[0-9]+\", cluster=~\"$cluster\"}, \"grpc_status\", \"$1\", \"__name__\", \"envoy_cluster_grpc_([0-9]+)\")[ $__rate_interval : 30s ]))")}
	if err := Parse(&r); err != nil {
		t.Fatalf("%v\n%s", err, r.Expr)
	}
}
