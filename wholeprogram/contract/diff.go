package contract

import (
	"path"
	"sort"
	"strings"
)

// Diff lists what changed between the telemetry at the base revision and
// in the working tree, without breaks (see Breaks), in a stable order.
func Diff(before, after *Telemetry) []Change {
	if before == nil {
		before = &Telemetry{}
	}
	if after == nil {
		after = &Telemetry{}
	}
	skip := make(map[string]bool)
	for _, d := range append(append([]string(nil), before.Incomplete...), after.Incomplete...) {
		skip[d] = true
	}
	if len(skip) > 0 {
		before, after = complete(before, skip), complete(after, skip)
	}
	out := []Change{}
	out = append(out, diffMetrics(before.Metrics, after.Metrics)...)
	out = append(out, diffSLOs(before.SLOs, after.SLOs)...)
	out = append(out, diffNamed(SignalSpan, before.Spans, after.Spans)...)
	out = append(out, diffNamed(SignalAttribute, before.Attributes, after.Attributes)...)
	out = append(out, diffNamed(SignalLogKey, before.LogKeys, after.LogKeys)...)
	Sort(out)
	return out
}

// complete returns t without what is declared in the directories of skip.
func complete(t *Telemetry, skip map[string]bool) *Telemetry {
	in := func(pos string) bool {
		f, _, _ := splitPos(pos)
		return !skip[path.Dir(f)]
	}
	named := func(l []Named) []Named {
		var out []Named
		for _, n := range l {
			var ps []string
			for _, p := range append([]string{n.Position}, n.Positions...) {
				if in(p) {
					ps = append(ps, p)
				}
			}
			if len(ps) > 0 {
				out = append(out, newNamed(n.Name, ps))
			}
		}
		return out
	}
	out := &Telemetry{Spans: named(t.Spans), Attributes: named(t.Attributes), LogKeys: named(t.LogKeys)}
	for _, m := range t.Metrics {
		if in(m.Position) {
			out.Metrics = append(out.Metrics, m)
		}
	}
	for _, s := range t.SLOs {
		if in(s.Position) {
			out.SLOs = append(out.SLOs, s)
		}
	}
	return out
}

// Sort orders changes: those that break a reference first, then by
// signal (metric, label, slo, span, attribute, log_key), change and name.
func Sort(cs []Change) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Breaking() != b.Breaking() {
			return a.Breaking()
		}
		if signalRank[a.Signal] != signalRank[b.Signal] {
			return signalRank[a.Signal] < signalRank[b.Signal]
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		if changeRank[a.Change] != changeRank[b.Change] {
			return changeRank[a.Change] < changeRank[b.Change]
		}
		if a.Before != b.Before {
			return a.Before < b.Before
		}
		return a.After < b.After
	})
}

var signalRank = map[string]int{SignalMetric: 0, SignalLabel: 1, SignalSLO: 2, SignalSpan: 3, SignalAttribute: 4, SignalLogKey: 5}
var changeRank = map[string]int{Removed: 0, Renamed: 1, Changed: 2, Added: 3}

// merged is one metric name's definitions, merged: a name declared in
// several places (one per binary, a vector and its curried views) is one
// series family.
type merged struct {
	Metric
	sites map[string]bool
}

func mergeMetrics(ms []Metric) (map[string]*merged, []string) {
	by := make(map[string]*merged)
	var names []string
	for _, m := range ms {
		if g := by[m.Name]; g != nil {
			g.sites[m.Site] = true
			if !m.LabelsKnown || !g.LabelsKnown {
				g.LabelsKnown, g.Labels = false, nil
			} else {
				g.Labels = sortedUnique(append(g.Labels, m.Labels...))
			}
			continue
		}
		by[m.Name] = &merged{Metric: m, sites: map[string]bool{m.Site: true}}
		names = append(names, m.Name)
	}
	sort.Strings(names)
	return by, names
}

// describe is a metric as a change shows it: "counter{code,route}",
// "histogram{route} unit=s".
func describe(m Metric) string {
	s := m.Kind
	if m.LabelsKnown {
		s += "{" + strings.Join(m.Labels, ",") + "}"
	}
	if m.Unit != "" {
		s += " unit=" + m.Unit
	}
	return s
}

func diffMetrics(before, after []Metric) []Change {
	var out []Change
	b, bNames := mergeMetrics(before)
	a, aNames := mergeMetrics(after)
	var removed, added []*merged
	for _, n := range bNames {
		if a[n] == nil {
			removed = append(removed, b[n])
		}
	}
	for _, n := range aNames {
		if b[n] == nil {
			added = append(added, a[n])
		}
	}
	// Renames: the same declaration site under a new name; else, in the
	// same file, the one metric of the same kind and labels removed and
	// the one added.
	renamed := make(map[*merged]*merged) // removed -> added
	taken := make(map[*merged]bool)
	for _, r := range removed {
		for _, ad := range added {
			if taken[ad] {
				continue
			}
			if sameSite(r, ad) {
				renamed[r], taken[ad] = ad, true
				break
			}
		}
	}
	type key struct{ file, kind, labels string }
	fileKey := func(m *merged) key {
		f, _, _ := splitPos(m.Position)
		return key{path.Clean(f), m.Kind, describe(m.Metric)}
	}
	rem, add := make(map[key][]*merged), make(map[key][]*merged)
	for _, r := range removed {
		if renamed[r] == nil {
			rem[fileKey(r)] = append(rem[fileKey(r)], r)
		}
	}
	for _, ad := range added {
		if !taken[ad] {
			add[fileKey(ad)] = append(add[fileKey(ad)], ad)
		}
	}
	for k, rs := range rem {
		if len(rs) == 1 && len(add[k]) == 1 {
			renamed[rs[0]], taken[add[k][0]] = add[k][0], true
		}
	}

	for _, r := range removed {
		if ad := renamed[r]; ad != nil {
			out = append(out, Change{Signal: SignalMetric, Change: Renamed, Name: r.Name, Before: r.Name, After: ad.Name, Position: ad.Position})
			out = append(out, compareMetric(r, ad, ad.Name)...)
			continue
		}
		out = append(out, Change{Signal: SignalMetric, Change: Removed, Name: r.Name, Before: describe(r.Metric), Position: r.Position, AtBase: true})
	}
	for _, ad := range added {
		if !taken[ad] {
			out = append(out, Change{Signal: SignalMetric, Change: Added, Name: ad.Name, After: describe(ad.Metric), Position: ad.Position})
		}
	}
	for _, n := range bNames {
		if a[n] != nil {
			out = append(out, compareMetric(b[n], a[n], n)...)
		}
	}
	return out
}

func sameSite(x, y *merged) bool {
	for s := range x.sites {
		if y.sites[s] {
			return true
		}
	}
	return false
}

// compareMetric lists the changes between two definitions of one metric
// (or of a renamed one, then named by its new name): type, unit,
// buckets, labels.
func compareMetric(b, a *merged, name string) []Change {
	var out []Change
	ch := func(what, before, after string) {
		out = append(out, Change{Signal: SignalMetric, Change: Changed, Name: name, Before: what + " " + before, After: what + " " + after, Position: a.Position})
	}
	if b.Kind != a.Kind {
		ch("type", b.Kind, a.Kind)
	}
	if b.Unit != a.Unit {
		ch("unit", orNone(b.Unit), orNone(a.Unit))
	}
	if b.Buckets != a.Buckets && b.Kind == a.Kind {
		out = append(out, Change{Signal: SignalMetric, Change: Changed, Name: name, Before: orNone(b.Buckets), After: orNone(a.Buckets), Position: a.Position})
	}
	if b.LabelsKnown && a.LabelsKnown {
		has := make(map[string]bool)
		for _, l := range a.Labels {
			has[l] = true
		}
		had := make(map[string]bool)
		for _, l := range b.Labels {
			had[l] = true
			if !has[l] {
				out = append(out, Change{Signal: SignalLabel, Change: Removed, Name: name, Before: l, Position: a.Position})
			}
		}
		for _, l := range a.Labels {
			if !had[l] {
				out = append(out, Change{Signal: SignalLabel, Change: Added, Name: name, After: l, Position: a.Position})
			}
		}
	}
	return out
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func diffSLOs(before, after []SLO) []Change {
	var out []Change
	a := make(map[string]SLO)
	for _, s := range after {
		a[s.Function] = s
	}
	b := make(map[string]SLO)
	for _, s := range before {
		b[s.Function] = s
		n, ok := a[s.Function]
		switch {
		case !ok:
			out = append(out, Change{Signal: SignalSLO, Change: Removed, Name: s.Name, Before: s.String(), Position: s.Position, AtBase: true, Function: s.Function})
		case n.String() != s.String():
			out = append(out, Change{Signal: SignalSLO, Change: Changed, Name: n.Name, Before: s.String(), After: n.String(), Position: n.Position, Function: s.Function})
		}
	}
	for _, s := range after {
		if _, ok := b[s.Function]; !ok {
			out = append(out, Change{Signal: SignalSLO, Change: Added, Name: s.Name, After: s.String(), Position: s.Position, Function: s.Function})
		}
	}
	return out
}

func diffNamed(signal string, before, after []Named) []Change {
	var out []Change
	a := make(map[string]bool)
	for _, n := range after {
		a[n.Name] = true
	}
	b := make(map[string]bool)
	for _, n := range before {
		b[n.Name] = true
		if !a[n.Name] {
			out = append(out, Change{Signal: signal, Change: Removed, Name: n.Name, Position: n.Position, AtBase: true})
		}
	}
	for _, n := range after {
		if !b[n.Name] {
			out = append(out, Change{Signal: signal, Change: Added, Name: n.Name, Position: n.Position})
		}
	}
	return out
}
