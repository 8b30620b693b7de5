package semconv

import (
	"fmt"
	"sort"

	"github.com/obslint/obslint/internal/naming"
)

// resolver joins parsed files into a Registry.
type resolver struct {
	opts   Options
	attrs  map[string]*Attribute
	groups map[string]*group
	memo   map[*group][]AttrRef
	active map[*group]bool // on the current extends/ref_group chain
}

func resolve(p *parsed, opts Options) (*Registry, error) {
	r := &resolver{
		opts:   opts,
		attrs:  make(map[string]*Attribute, len(p.attrs)),
		groups: make(map[string]*group, len(p.groups)),
		memo:   make(map[*group][]AttrRef),
		active: make(map[*group]bool),
	}
	reg := &Registry{}
	for _, a := range p.attrs {
		if prev, dup := r.attrs[a.Key]; dup {
			return nil, posErr(a.Pos, "", "attribute %s is declared twice (first at %s)", quote(a.Key), prev.Pos)
		}
		r.attrs[a.Key] = a
		reg.Attributes = append(reg.Attributes, a)
	}
	metrics := make(map[string]*Metric)
	for _, g := range p.groups {
		if g.id != "" {
			if prev, dup := r.groups[g.id]; dup {
				return nil, posErr(g.pos, "", "group id %s is used twice (first at %s)", quote(g.id), prev.pos)
			}
			r.groups[g.id] = g
		}
		if m := g.metric; m != nil {
			if prev, dup := metrics[m.Name]; dup {
				return nil, posErr(m.Pos, "", "metric %s is declared twice (first at %s)", quote(m.Name), prev.Pos)
			}
			metrics[m.Name] = m
		}
	}
	for _, g := range p.groups {
		refs, err := r.attrsOf(g)
		if err != nil {
			return nil, err
		}
		switch {
		case g.metric != nil:
			g.metric.Attributes = refs
			reg.Metrics = append(reg.Metrics, g.metric)
		case g.span != nil:
			g.span.Attributes = refs
			reg.Spans = append(reg.Spans, g.span)
		case g.event != nil:
			g.event.Attributes = refs
			reg.Events = append(reg.Events, g.event)
		}
	}
	reg.Imports = p.imports
	reg.Sort()
	return reg, nil
}

// attrsOf returns the attributes of g: those of the group it extends and
// of the groups it references, then its own, which override.
func (r *resolver) attrsOf(g *group) ([]AttrRef, error) {
	if refs, ok := r.memo[g]; ok {
		return refs, nil
	}
	if r.active[g] {
		at := g.extPos
		if at.File == "" {
			at = g.pos
		}
		return nil, posErr(at, "", "group %s extends itself through a cycle", quote(g.id))
	}
	r.active[g] = true
	defer delete(r.active, g)

	byKey := make(map[string]Requirement)
	inherit := func(id string, at Pos, what string) error {
		base, ok := r.groups[id]
		if !ok {
			return posErr(at, "", "%s %s: no such group%s", what, quote(id), r.suggestGroup(id))
		}
		refs, err := r.attrsOf(base)
		if err != nil {
			return err
		}
		for _, a := range refs {
			byKey[a.Key] = a.Requirement
		}
		return nil
	}
	if g.extends != "" {
		if err := inherit(g.extends, g.extPos, "extends"); err != nil {
			return nil, err
		}
	}
	for _, rg := range g.groups {
		if err := inherit(rg.key, rg.pos, "ref_group"); err != nil {
			return nil, err
		}
	}
	for _, a := range g.refs {
		if !a.def && r.attrs[a.key] == nil && (r.opts.Base == nil || !r.opts.Base(a.key)) {
			return nil, posErr(a.pos, "", "ref %s: no such attribute in the registry%s%s", quote(a.key), r.baseHint(), r.suggestAttr(a.key))
		}
		byKey[a.key] = a.req
	}
	var refs []AttrRef // nil when empty, as in a Registry built in code
	for k, req := range byKey {
		refs = append(refs, AttrRef{Key: k, Requirement: req})
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i].Key < refs[j].Key })
	r.memo[g] = refs
	return refs, nil
}

func (r *resolver) baseHint() string {
	if r.opts.Base != nil {
		return " or the OpenTelemetry semantic conventions"
	}
	return ""
}

func (r *resolver) suggestAttr(key string) string {
	if len(r.attrs) > 5000 {
		return ""
	}
	names := make([]string, 0, len(r.attrs))
	for k := range r.attrs {
		names = append(names, k)
	}
	sort.Strings(names)
	if c := naming.Closest(key, names); c != "" {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}

func (r *resolver) suggestGroup(id string) string {
	if len(r.groups) > 5000 {
		return ""
	}
	names := make([]string, 0, len(r.groups))
	for k := range r.groups {
		names = append(names, k)
	}
	sort.Strings(names)
	if c := naming.Closest(id, names); c != "" {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}

func posErr(p Pos, key, format string, args ...any) *Error {
	return &Error{File: p.File, Line: p.Line, Col: p.Col, Key: key, Msg: fmt.Sprintf(format, args...)}
}
