package semconv

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Registry is a vocabulary of telemetry: attribute definitions, metrics,
// spans and events, as a Weaver registry declares them. Lists are sorted
// (attributes by key, metrics and events by name, spans by id), so two
// registries with the same content are equal whatever order their files
// were in.
type Registry struct {
	Attributes []*Attribute
	Metrics    []*Metric
	Spans      []*Span
	Events     []*Event
	// Imports are the groups the registry takes from the registries it
	// depends on (Weaver's imports: names or wildcards, sorted), such as
	// the OpenTelemetry metrics a service emits as they are.
	Imports Imports
	// Files lists the files read, in the order they were read; empty for
	// a registry built in code. Digest is a digest of their names and of
	// the bytes read, for cache keys: a registry edited since must not
	// replay findings made under the old one.
	Files  []string
	Digest string

	attrs     map[string]*Attribute
	templates []*Attribute // template attributes, longest key first
	metrics   map[string]*Metric
}

// Imports lists, per kind of group, the names or wildcards
// ("http.server.*") a registry imports from its dependencies.
type Imports struct {
	Metrics, Events, Entities, Spans, AttributeGroups []string
}

func (im *Imports) lists() []struct {
	key  string
	list *[]string
} {
	return []struct {
		key  string
		list *[]string
	}{{"metrics", &im.Metrics}, {"events", &im.Events}, {"entities", &im.Entities}, {"spans", &im.Spans}, {"attribute_groups", &im.AttributeGroups}}
}

// Attribute is one attribute definition.
type Attribute struct {
	Key        string
	Type       Type
	Stability  Stability
	Deprecated *Deprecation
	Brief      string
	Note       string
	// Examples are the example values, as YAML gives them: string, int64,
	// float64, bool, nil, []any or map[string]any.
	Examples []any
	Pos      Pos
}

// Metric is one metric: a name with an instrument and a unit, and the
// attributes recorded on it.
type Metric struct {
	// ID is the Weaver group id ("metric.http.server.request.duration").
	ID         string
	Name       string
	Instrument Instrument
	Unit       string
	Stability  Stability
	Deprecated *Deprecation
	Brief      string
	Note       string
	// Attributes are the attributes the metric records, its own and those
	// of the groups it extends, sorted by key.
	Attributes []AttrRef
	Pos        Pos
}

// Span is one span definition. Weaver's span groups have no span name of
// their own (its format describes the name in prose), so spans are known by
// their id.
type Span struct {
	ID         string
	Kind       string // client, server, producer, consumer, internal or ""
	Stability  Stability
	Deprecated *Deprecation
	Brief      string
	Note       string
	Attributes []AttrRef
	Pos        Pos
}

// Event is one event definition.
type Event struct {
	ID         string
	Name       string
	Stability  Stability
	Deprecated *Deprecation
	Brief      string
	Note       string
	Attributes []AttrRef
	Pos        Pos
}

// AttrRef is an attribute used by a metric, span or event.
type AttrRef struct {
	Key         string
	Requirement Requirement
}

// Requirement is an attribute's requirement level on a signal:
// "required", "recommended", "opt_in" or "conditionally_required", and the
// condition text that the last two may carry. The zero value is unset.
type Requirement struct {
	Level string
	Text  string
}

// Requirement levels.
const (
	Required              = "required"
	Recommended           = "recommended"
	OptIn                 = "opt_in"
	ConditionallyRequired = "conditionally_required"
)

// Instrument is a metric's instrument kind as the conventions name it.
type Instrument string

// Instruments.
const (
	Counter       Instrument = "counter"
	UpDownCounter Instrument = "updowncounter"
	Histogram     Instrument = "histogram"
	Gauge         Instrument = "gauge"
)

// Instruments lists the instrument kinds, for messages.
var Instruments = []Instrument{Counter, UpDownCounter, Histogram, Gauge}

// Stability is how settled a definition is.
type Stability string

// Stability levels. Weaver reads "experimental" as Development; so does
// the loader.
const (
	Stable           Stability = "stable"
	Development      Stability = "development"
	Alpha            Stability = "alpha"
	Beta             Stability = "beta"
	ReleaseCandidate Stability = "release_candidate"
	// StabilityDeprecated is the old way of deprecating (before the
	// deprecated field); such definitions also get a Deprecation.
	StabilityDeprecated Stability = "deprecated"
)

var stabilities = []Stability{Stable, Development, Alpha, Beta, ReleaseCandidate, StabilityDeprecated}

// Deprecation says why a definition should no longer be used, and what to
// use instead when there is one thing to use.
type Deprecation struct {
	// Reason is "renamed", "obsoleted" or "uncategorized", or "" for the
	// old free-text form (deprecated: "Replaced by `x`.").
	Reason string
	// RenamedTo is the replacement; set when Reason is "renamed".
	RenamedTo string
	Note      string
}

// Deprecation reasons.
const (
	Renamed       = "renamed"
	Obsoleted     = "obsoleted"
	Uncategorized = "uncategorized"
)

// Pos is where a definition was read: file, 1-based line and column.
type Pos struct {
	File      string
	Line, Col int
}

func (p Pos) String() string {
	if p.File == "" {
		return ""
	}
	if p.Line == 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
}

// Attribute returns the definition of key: its own, or that of the
// template attribute key falls under ("http.request.header.content-type"
// under "http.request.header"), or nil.
func (r *Registry) Attribute(key string) *Attribute {
	if r.attrs == nil { // built in code without Sort: scan
		var best *Attribute
		for _, a := range r.Attributes {
			if a.Key == key {
				return a
			}
			if a.Type.Template && strings.HasPrefix(key, a.Key+".") && (best == nil || len(a.Key) > len(best.Key)) {
				best = a
			}
		}
		return best
	}
	if a := r.attrs[key]; a != nil {
		return a
	}
	for _, t := range r.templates {
		if strings.HasPrefix(key, t.Key+".") {
			return t
		}
	}
	return nil
}

// Metric returns the metric called name, or nil.
func (r *Registry) Metric(name string) *Metric {
	if r.metrics == nil {
		for _, m := range r.Metrics {
			if m.Name == name {
				return m
			}
		}
		return nil
	}
	return r.metrics[name]
}

// index builds the lookup maps. Registries are shared by analyzers running
// concurrently, so the maps are built once, by Sort (which the loader
// calls), and only read afterwards.
func (r *Registry) index() {
	r.attrs = make(map[string]*Attribute, len(r.Attributes))
	r.metrics = make(map[string]*Metric, len(r.Metrics))
	r.templates = nil
	for _, a := range r.Attributes {
		r.attrs[a.Key] = a
		if a.Type.Template {
			r.templates = append(r.templates, a)
		}
	}
	sort.SliceStable(r.templates, func(i, j int) bool { return len(r.templates[i].Key) > len(r.templates[j].Key) })
	for _, m := range r.Metrics {
		r.metrics[m.Name] = m
	}
}

// Sort puts the registry's lists in their canonical order and rebuilds its
// indexes; call it after building or changing a Registry in code.
func (r *Registry) Sort() {
	sort.Slice(r.Attributes, func(i, j int) bool { return r.Attributes[i].Key < r.Attributes[j].Key })
	sort.Slice(r.Metrics, func(i, j int) bool { return r.Metrics[i].Name < r.Metrics[j].Name })
	sort.Slice(r.Spans, func(i, j int) bool { return r.Spans[i].ID < r.Spans[j].ID })
	sort.Slice(r.Events, func(i, j int) bool { return r.Events[i].Name < r.Events[j].Name })
	for _, m := range r.Metrics {
		sortRefs(m.Attributes)
	}
	for _, s := range r.Spans {
		sortRefs(s.Attributes)
	}
	for _, e := range r.Events {
		sortRefs(e.Attributes)
	}
	for _, l := range r.Imports.lists() {
		sort.Strings(*l.list)
		*l.list = slices.Compact(*l.list)
	}
	r.index()
}

func sortRefs(refs []AttrRef) {
	sort.Slice(refs, func(i, j int) bool { return refs[i].Key < refs[j].Key })
}
