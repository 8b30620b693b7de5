// Package metricnames defines the analyzer that makes metric names and
// labels follow Prometheus and OpenTelemetry naming practice and the
// company convention, on the real client APIs (prometheus/client_golang
// constructors, promauto, NewDesc, OpenTelemetry meter instruments).
//
// Each rule is its own check ID, so teams can switch rules off one by one.
// Names are folded from constants by the metricdefs pass; a name that
// cannot be folded is never guessed at.
package metricnames

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/metricdefs"
)

const analyzerName = "metricnames"

const analyzerSummary = "reports metric names and labels that break Prometheus, OpenTelemetry or company naming rules"

// The analyzer's checks.
var (
	NameCase       = &checks.Check{ID: "metric-name-case", Analyzer: analyzerName, Severity: checks.Warning, Summary: "Prometheus metric name is not snake_case"}
	CounterTotal   = &checks.Check{ID: "metric-counter-total", Analyzer: analyzerName, Severity: checks.Warning, Summary: "counter without _total, or _total on a metric that is not a counter"}
	BaseUnit       = &checks.Check{ID: "metric-base-unit", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name uses a non-base unit (milliseconds, kilobytes, minutes, …)"}
	UnitAbbrev     = &checks.Check{ID: "metric-unit-abbrev", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name abbreviates its unit (_ms, _sec, _kb, …)"}
	TypeSuffix     = &checks.Check{ID: "metric-type-suffix", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name contains its type (_gauge_, _counter, …)"}
	ReservedSuffix = &checks.Check{ID: "metric-reserved-suffix", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name ends in _bucket, _count or _sum, which histograms and summaries add"}
	ReservedLabel  = &checks.Check{ID: "metric-reserved-label", Analyzer: analyzerName, Severity: checks.Error, Summary: "label le or quantile, or a label starting with __, which Prometheus reserves"}
	Colon          = &checks.Check{ID: "metric-colon", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name contains a colon, reserved for recording rules"}
	Help           = &checks.Check{ID: "metric-help", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric without help text (metrics.require_help)"}
	LabelCase      = &checks.Check{ID: "metric-label-case", Analyzer: analyzerName, Severity: checks.Warning, Summary: "label name is not snake_case"}
	OTelName       = &checks.Check{ID: "otel-metric-name", Analyzer: analyzerName, Severity: checks.Warning, Summary: "OpenTelemetry instrument name is not lowercase dot-separated, has _total, a unit, or the otel. prefix"}
	OTelUnit       = &checks.Check{ID: "otel-metric-unit", Analyzer: analyzerName, Severity: checks.Warning, Summary: "OpenTelemetry instrument without a UCUM unit in metric.WithUnit"}
	Namespace      = &checks.Check{ID: "metric-namespace", Analyzer: analyzerName, Severity: checks.Warning, Summary: "metric name lacks the company namespace (metrics.namespace)"}
	ForbiddenLabel = &checks.Check{ID: "metric-forbidden-label", Analyzer: analyzerName, Severity: checks.Warning, Summary: "label the convention forbids (metrics.forbidden_labels)"}
	MaxLabels      = &checks.Check{ID: "metric-max-labels", Analyzer: analyzerName, Severity: checks.Warning, Summary: "more variable labels than metrics.max_labels"}
	LabelCardinal  = &checks.Check{ID: "metric-label-cardinality", Analyzer: analyzerName, Severity: checks.Warning, Summary: "label value from an unbounded source (raw path, error text, formatted IDs)"}
	Duplicate      = &checks.Check{ID: "metric-duplicate", Analyzer: analyzerName, Severity: checks.Error, Summary: "one metric name declared twice with a different type, labels or unit"}
	TimestampGauge = &checks.Check{ID: "metric-timestamp-gauge", Analyzer: analyzerName, Severity: checks.Warning, Summary: "a _timestamp_seconds metric that is not a gauge"}
	SeriesUnique   = &checks.Check{ID: "metric-series-unique", Analyzer: analyzerName, Severity: checks.Error, Summary: "one collector emits the same series twice (same descriptor, same label values), which Gather rejects"}
	Unfolded       = &checks.Check{ID: "metric-unfolded", Analyzer: analyzerName, Severity: checks.Info, Summary: "metric whose name is not a constant, so its naming is not checked (off by default; shown with -v)", OffByDefault: true}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{NameCase, CounterTotal, BaseUnit, UnitAbbrev, TypeSuffix, ReservedSuffix, ReservedLabel, Colon, Help, LabelCase, OTelName, OTelUnit, Namespace, ForbiddenLabel, MaxLabels, LabelCardinal, Duplicate, TimestampGauge, SeriesUnique, Unfolded}

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      analyzerSummary,
		URL:      NameCase.DocURL(),
		Requires: []*analysis.Analyzer{set.Config, set.MetricDefs, set.Directives, inspect.Analyzer},
		Run:      run,
	}
}

type checker struct {
	pass *analysis.Pass
	conv *convention.Convention
	r    *diag.Reporter
}

func run(pass *analysis.Pass) (any, error) {
	defs := metricdefs.Of(pass)
	c := &checker{pass: pass, conv: config.Of(pass), r: diag.New(pass, directiveindex.Of(pass))}
	for _, d := range defs.Defs {
		if d.Library == metricdefs.OTel {
			c.otel(d)
		} else {
			c.prom(d)
		}
		c.labels(d)
	}
	c.duplicates(defs)
	c.siblingDuplicates(defs)
	c.cardinality()
	c.seriesUnique(defs)
	for _, call := range defs.Unfolded {
		c.r.Report(Unfolded, call.Pos(), call.Lparen, "the name of this metric is not a constant, so obslint cannot check it; build it from constants to have it checked")
	}
	return nil, nil
}

// at returns the position to report a name problem at: the name.
func at(d *metricdefs.Def) (token.Pos, token.Pos) {
	if d.NameExpr != nil {
		return d.NameExpr.Pos(), d.NameExpr.End()
	}
	return d.Pos, token.NoPos
}

// rename offers to replace the name literal, when the name is written as
// one literal holding the part to change.
func rename(d *metricdefs.Def, newShort, msg string) []analysis.SuggestedFix {
	if d.NameLit == nil || newShort == d.Short {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: d.NameLit.Pos(), End: d.NameLit.End(), NewText: []byte(strconv.Quote(newShort))}},
	}}
}

func (c *checker) prom(d *metricdefs.Def) {
	pos, end := at(d)
	for _, f := range promNameFindings(d.Name, d.Kind) {
		var fixes []analysis.SuggestedFix
		msg := f.msg
		if f.check == NameCase {
			snake := toSnake(d.Short)
			msg = fmt.Sprintf("metric %s is not snake_case; name it %s", d.Name, joinName(d, snake))
			fixes = rename(d, snake, "rename to "+snake)
		} else if f.rename != nil && snakeRE.MatchString(d.Name) {
			// Only a snake_case name is renamed by the other rules: the
			// name-case fix rewrites the whole literal.
			if short := f.rename(d.Short); short != "" {
				fixes = rename(d, short, f.renameMsg)
			}
		}
		c.r.Report(f.check, pos, end, msg, fixes...)
	}
	name := d.Name
	if c.conv.Metrics.RequireHelp && !d.HasHelp {
		c.r.Report(Help, d.Pos, token.NoPos, fmt.Sprintf("metric %s has no help text; say what it measures", name))
	}
	if ns := c.conv.Metrics.Namespace; ns != "" && !strings.HasPrefix(name, ns+"_") {
		c.r.Report(Namespace, pos, end, fmt.Sprintf("metric %s lacks the namespace %s_ (metrics.namespace)", name, ns))
	}
}

// nameFinding is one naming rule a Prometheus name breaks.
type nameFinding struct {
	check *checks.Check
	msg   string
	// rename, when set, returns the name's last part fixed.
	rename    func(short string) string
	renameMsg string
}

// promNameFindings applies the Prometheus naming rules (promlint's among
// them) to a full metric name of the given kind. A name that is not
// snake_case is still held to the rules that read its words, in lower
// case, as promlint does.
func promNameFindings(name, kind string) []nameFinding {
	var out []nameFinding
	add := func(c *checks.Check, msg string) *nameFinding {
		out = append(out, nameFinding{check: c, msg: msg})
		return &out[len(out)-1]
	}
	// n is the name the word rules read: the name in snake_case, so that
	// shopHttpRequestsTotal has its _total and requestLatencyMs its _ms.
	n := name
	if strings.Contains(name, ":") {
		add(Colon, fmt.Sprintf("metric %s contains a colon, which is reserved for recording rules; use _", name))
	} else if !snakeRE.MatchString(name) {
		add(NameCase, fmt.Sprintf("metric %s is not snake_case", name))
		n = toSnake(name)
	}
	hasTotal := strings.HasSuffix(n, "_total")
	switch {
	case kind == metricdefs.Counter && !hasTotal:
		f := add(CounterTotal, fmt.Sprintf("counter %s should end in _total", name))
		f.rename, f.renameMsg = func(s string) string { return s + "_total" }, "add _total"
	case kind != metricdefs.Counter && kind != metricdefs.Untyped && hasTotal:
		f := add(CounterTotal, fmt.Sprintf("%s %s ends in _total, which is for counters only", kind, name))
		f.rename, f.renameMsg = func(s string) string {
			if t := strings.TrimSuffix(s, "_total"); t != s {
				return t
			}
			return ""
		}, "remove _total"
	}
	if timestampNotGauge(n, kind) {
		add(TimestampGauge, fmt.Sprintf("%s %s holds a timestamp; a _timestamp_seconds metric is a gauge (compared by value, set from a clock that can go back)", kind, name))
	}
	if w, base := nonBaseUnit(n); w != "" {
		add(BaseUnit, fmt.Sprintf("metric %s uses %s; use the base unit %s (and convert the values)", name, w, base))
	}
	if w, full := abbreviatedUnit(n); w != "" {
		add(UnitAbbrev, fmt.Sprintf("metric %s abbreviates its unit as _%s; spell out the base unit, _%s", name, w, full))
	}
	if t := typeInName(n, kind); t != "" {
		add(TypeSuffix, fmt.Sprintf("metric %s names its type (%s); the type is in the metadata, leave it out of the name", name, t))
	}
	if s := reservedSuffix(n); s != "" && kind != metricdefs.Untyped && !reservedFor(s, kind) {
		add(ReservedSuffix, fmt.Sprintf("metric %s ends in %s, which histograms and summaries add to their series; choose another name", name, s))
	}
	return out
}

// reservedFor reports whether a metric of the given kind may end in the
// reserved suffix s, as promlint allows: a histogram any of them, a
// summary _count and _sum (their own series then read x_count_count,
// which is odd but collides with nothing).
func reservedFor(s, kind string) bool {
	return kind == metricdefs.Histogram || kind == metricdefs.Summary && s != "_bucket"
}

// joinName is the full name d would have with short as its last part.
func joinName(d *metricdefs.Def, short string) string {
	var parts []string
	for _, p := range []string{d.Namespace, d.Subsystem, short} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "_")
}

func (c *checker) otel(d *metricdefs.Def) {
	pos, end := at(d)
	name := d.Name
	switch {
	case strings.HasPrefix(name, "otel."):
		c.r.Report(OTelName, pos, end, fmt.Sprintf("instrument %s uses the otel. namespace, which OpenTelemetry reserves", name))
	case !otelNameRE.MatchString(name):
		c.r.Report(OTelName, pos, end, fmt.Sprintf("instrument %s is not lowercase and dot-separated (like http.server.request.duration)", name))
	case strings.HasSuffix(name, "_total") || strings.HasSuffix(name, ".total"):
		c.r.Report(OTelName, pos, end, fmt.Sprintf("instrument %s ends in total; OpenTelemetry counters carry no suffix (exporters add _total)", name))
	default:
		if w, u := otelNameUnit(name); w != "" {
			c.r.Report(OTelName, pos, end, fmt.Sprintf("instrument %s has its unit (%s) in the name; put it in metric.WithUnit(%q)", name, w, u))
		}
	}
	if d.HasUnit {
		if u, ok := ucum[strings.ToLower(d.Unit)]; ok && u != d.Unit {
			c.r.Report(OTelUnit, d.Pos, token.NoPos, fmt.Sprintf("instrument %s has unit %q; use the UCUM unit %q", name, d.Unit, u))
		}
	} else if d.Kind == metricdefs.Histogram {
		c.r.Report(OTelUnit, d.Pos, token.NoPos, fmt.Sprintf("histogram %s has no unit; add metric.WithUnit (for example \"s\" or \"By\")", name))
	}
	if c.conv.Metrics.RequireHelp && !d.HasHelp {
		c.r.Report(Help, d.Pos, token.NoPos, fmt.Sprintf("instrument %s has no description; add metric.WithDescription", name))
	}
	if ns := c.conv.Metrics.Namespace; ns != "" && !strings.HasPrefix(name, ns+".") {
		c.r.Report(Namespace, pos, end, fmt.Sprintf("instrument %s lacks the namespace %s. (metrics.namespace)", name, ns))
	}
}

// labels checks variable and constant label names.
func (c *checker) labels(d *metricdefs.Def) {
	forbidden := make(map[string]bool)
	for _, l := range c.conv.Metrics.ForbiddenLabels {
		forbidden[l] = true
	}
	for i, l := range d.Labels {
		pos := d.Pos
		if i < len(d.LabelExprs) {
			pos = d.LabelExprs[i].Pos()
		}
		c.label(d, l, pos, forbidden)
	}
	for _, l := range d.ConstLabels {
		c.label(d, l, d.Pos, forbidden)
	}
	if max := c.conv.Metrics.MaxLabels; max > 0 && len(d.Labels) > max {
		c.r.Report(MaxLabels, d.Pos, token.NoPos, fmt.Sprintf("metric %s has %d variable labels; the convention allows %d (metrics.max_labels)", d.Name, len(d.Labels), max))
	}
}

func (c *checker) label(d *metricdefs.Def, l string, pos token.Pos, forbidden map[string]bool) {
	if check, msg := labelFinding(d.Name, l); check != nil {
		c.r.Report(check, pos, token.NoPos, msg)
	}
	if forbidden[l] {
		c.r.Report(ForbiddenLabel, pos, token.NoPos, fmt.Sprintf("label %s of %s is forbidden by the convention (metrics.forbidden_labels)", l, d.Name))
	}
}

// labelFinding applies the Prometheus label rules to label l of the
// metric name: reserved names (client_golang panics on le in a histogram
// and quantile in a summary; promlint reports them on every other type),
// and snake_case.
func labelFinding(name, l string) (*checks.Check, string) {
	switch {
	case strings.HasPrefix(l, "__"):
		return ReservedLabel, fmt.Sprintf("label %s of %s starts with __, which Prometheus reserves", l, name)
	case l == "le":
		return ReservedLabel, fmt.Sprintf("label le of %s is reserved for histogram buckets", name)
	case l == "quantile":
		return ReservedLabel, fmt.Sprintf("label quantile of %s is reserved for summary quantiles", name)
	case !snakeRE.MatchString(l):
		return LabelCase, fmt.Sprintf("label %s of %s is not snake_case; name it %s", l, name, toSnake(l))
	}
	return nil, ""
}

// duplicates finds a name declared with a different kind, label set or
// unit, in this package or in the packages it imports (whose definitions
// arrive as facts).
func (c *checker) duplicates(defs *metricdefs.Result) {
	type seen struct {
		def metricdefs.FactDef
		pos string
	}
	first := make(map[string]seen)
	for _, d := range defs.Imported {
		if _, ok := first[d.Name]; !ok {
			first[d.Name] = seen{d, d.Position}
		}
	}
	for _, d := range defs.Defs {
		p := c.pass.Fset.Position(d.Pos)
		this := metricdefs.FactDef{Name: d.Name, Kind: d.Kind, Library: d.Library, Unit: d.Unit, Labels: d.Labels, LabelsKnown: d.LabelsKnown}
		prev, ok := first[d.Name]
		if !ok {
			first[d.Name] = seen{this, p.Filename + ":" + strconv.Itoa(p.Line)}
			continue
		}
		if diff := difference(prev.def, this, "here"); diff != "" {
			pos, end := at(d)
			c.r.Report(Duplicate, pos, end, fmt.Sprintf("metric %s is also declared at %s with %s; one name must mean one metric", d.Name, shortPos(prev.pos), diff))
		}
	}
}

// siblingDuplicates reports one name declared differently in two imported
// packages that do not see each other. Neither package can report it, so
// the lowest package that sees both does: the one none of whose direct
// imports already sees both. The finding sits at the import bringing in
// the second definition.
func (c *checker) siblingDuplicates(defs *metricdefs.Result) {
	first := make(map[string]metricdefs.FactDef)
	done := make(map[string]bool)
	for _, b := range defs.Imported {
		a, ok := first[b.Name]
		if !ok {
			first[b.Name] = b
			continue
		}
		if done[b.Name] || a.Package == b.Package || a.Package == "" || b.Package == "" {
			continue
		}
		diff := difference(a, b, "in "+b.Package+" at "+shortPos(b.Position)+" with")
		if diff == "" {
			continue
		}
		var via string
		seen := false
		for imp, reach := range defs.Reach {
			hasA, hasB := contains(reach, a.Package), contains(reach, b.Package)
			if hasA && hasB {
				seen = true
				break
			}
			if hasB && (via == "" || imp < via) {
				via = imp
			}
		}
		if seen || via == "" {
			continue
		}
		done[b.Name] = true
		spec := typesutil.ImportSpec(c.pass.Files, via)
		if spec == nil {
			continue
		}
		c.r.Report(Duplicate, spec.Pos(), spec.End(), fmt.Sprintf("metric %s is declared in %s at %s with %s; one name must mean one metric", b.Name, a.Package, shortPos(a.Position), diff))
	}
}

func contains(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

func shortPos(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return p
}

// difference describes how b differs from a, or "" when they agree.
func difference(a, b metricdefs.FactDef, where string) string {
	switch {
	case a.Kind != b.Kind && a.Kind != metricdefs.Untyped && b.Kind != metricdefs.Untyped:
		return "type " + a.Kind + " (" + where + " " + b.Kind + ")"
	case a.LabelsKnown && b.LabelsKnown && !sameSet(a.Labels, b.Labels):
		return fmt.Sprintf("labels [%s] (%s [%s])", strings.Join(a.Labels, " "), where, strings.Join(b.Labels, " "))
	case a.Unit != b.Unit:
		return fmt.Sprintf("unit %q (%s %q)", a.Unit, where, b.Unit)
	}
	return ""
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	x := append([]string(nil), a...)
	y := append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// cardinality reports label values fed from unbounded sources at
// WithLabelValues, With(prometheus.Labels{...}) and their Get variants,
// and OpenTelemetry attribute values in metric.WithAttributes and
// metric.WithAttributeSet (span attributes are free to vary).
func (c *checker) cardinality() {
	ins := c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ins.Preorder([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node) {
		call := n.(*ast.CallExpr)
		fn := typesutil.Callee(c.pass.TypesInfo, call)
		if fn == nil || fn.Pkg() == nil {
			return
		}
		var values []ast.Expr
		what := "label value"
		switch fn.Pkg().Path() {
		case metricdefs.PkgOTelMetric:
			values, what = otelAttributeValues(c.pass.TypesInfo, fn, call), "attribute value"
		case metricdefs.PkgProm:
			values = promLabelValues(fn, call)
		}
		for _, v := range values {
			if why := unbounded(c.pass, v); why != "" {
				c.r.Report(LabelCardinal, v.Pos(), v.End(), fmt.Sprintf("%s %s; every distinct value makes a new time series: use a bounded value (route template, status class, error kind)", what, why))
			}
		}
	})
}

// seriesUnique reports a collector emitting one series twice: two samples
// of the same descriptor with the same constant label values in one
// block, so that whenever one is made the other is too. The registry's
// Gather rejects the second ("was collected before with the same name and
// label values"); promlint reports it as "metric not unique".
func (c *checker) seriesUnique(defs *metricdefs.Result) {
	if len(defs.ConstMetrics) < 2 {
		return
	}
	want := make(map[*ast.CallExpr]*metricdefs.ConstMetric)
	for _, cm := range defs.ConstMetrics {
		if cm.Desc != nil && cm.LabelsConst {
			want[cm.Call] = cm
		}
	}
	if len(want) < 2 {
		return
	}
	type key struct {
		block  ast.Node
		desc   types.Object
		labels string
	}
	first := make(map[key]*metricdefs.ConstMetric)
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			call, ok := n.(*ast.CallExpr)
			if !ok || want[call] == nil {
				return true
			}
			var block ast.Node
			for i := len(stack) - 2; i >= 0 && block == nil; i-- {
				switch s := stack[i].(type) {
				case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
					block = s
				}
			}
			cm := want[call]
			k := key{block, cm.Desc, strings.Join(cm.LabelValues, "\x00")}
			prev, seen := first[k]
			if !seen {
				first[k] = cm
				return true
			}
			labels := "no labels"
			if len(cm.LabelValues) > 0 {
				labels = fmt.Sprintf("label values %q", cm.LabelValues)
			}
			line := c.pass.Fset.Position(prev.Call.Pos()).Line
			c.r.Report(SeriesUnique, call.Pos(), call.Lparen, fmt.Sprintf("%s is emitted twice with %s (line %d and here): Gather fails with \"collected before with the same name and label values\"; give the samples different label values or emit one", cm.Desc.Name(), labels, line))
			return true
		})
	}
}
