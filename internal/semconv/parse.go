package semconv

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// A registry file is read in two steps: parse turns each file's YAML into
// definitions and groups, checking every key and value's shape against
// Weaver's format (unknown keys are errors, as they are for Weaver, which
// denies unknown fields); resolve then joins the files: references,
// extends and ref_group chains, duplicates.

// parsed is what one or more files declare, before resolution.
type parsed struct {
	attrs   []*Attribute
	groups  []*group
	imports Imports
}

// group is a v1 group or a v2 signal or attribute group: something with
// attributes that others may extend or reference.
type group struct {
	id, typ string
	pos     Pos
	extends string
	extPos  Pos
	refs    []ref // attribute uses and definitions, in order
	groups  []ref // v2 ref_group
	metric  *Metric
	span    *Span
	event   *Event
}

type ref struct {
	key string
	req Requirement
	pos Pos
	def bool // a definition in the group, not a ref
}

// parser reads one file.
type parser struct {
	file   string
	budget int // node visits left: aliases may repeat a subtree many times
	out    *parsed
}

// maxNodeVisits bounds the work one file may cause. A 4 MiB file has
// fewer nodes; only aliases that repeat large subtrees reach it.
const maxNodeVisits = 1_000_000

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML syntax error into an *Error with its line.
func yamlError(file string, err error) *Error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: file, Line: line, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// parseFile parses one registry file's content into out.
func parseFile(file string, data []byte, out *parsed) error {
	p := &parser{file: file, budget: maxNodeVisits, out: out}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return yamlError(file, err)
	}
	if len(doc.Content) == 0 {
		return nil // an empty file declares nothing
	}
	root, err := p.node(doc.Content[0])
	if err != nil {
		return err
	}
	if root.Kind != yaml.MappingNode {
		return p.errAt(root, "", "a registry file is a YAML mapping (groups: ...), not %s", kindName(root))
	}
	format := ""
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "file_format" {
			v, err := p.node(root.Content[i+1])
			if err != nil {
				return err
			}
			format = v.Value
			if v.Kind != yaml.ScalarNode || (format != "definition/1" && format != "definition/2") {
				return p.errAt(v, "file_format", "unknown file format %s (want definition/1 or definition/2)", quote(format))
			}
		}
	}
	if format == "definition/2" {
		return p.fileV2(root)
	}
	return p.fileV1(root)
}

func (p *parser) fileV1(root *yaml.Node) error {
	m, err := p.mapping(root, "", []string{"file_format", "groups", "imports"})
	if err != nil {
		return err
	}
	if err := p.imports(m); err != nil {
		return err
	}
	groups, err := m.list("groups")
	if err != nil {
		return err
	}
	for i, g := range groups {
		if err := p.groupV1(g, fmt.Sprintf("groups[%d]", i)); err != nil {
			return err
		}
	}
	return nil
}

// imports (of groups from a dependency registry) are kept as names: obslint
// resolves references to the OpenTelemetry conventions itself, and an
// imported name is the conventions' own.
func (p *parser) imports(m *mapping) error {
	n, ok := m.fields["imports"]
	if !ok {
		return nil
	}
	im, err := p.mapping(n, "imports", []string{"metrics", "events", "entities", "spans", "attribute_groups"})
	if err != nil {
		return err
	}
	for _, l := range p.out.imports.lists() {
		items, err := im.list(l.key)
		if err != nil {
			return err
		}
		for j, it := range items {
			name, err := p.scalar(it, fmt.Sprintf("imports.%s[%d]", l.key, j))
			if err != nil {
				return err
			}
			if name == "" || strings.ContainsAny(name, " \t\n") {
				return p.errAt(it, fmt.Sprintf("imports.%s[%d]", l.key, j), "want a name or a wildcard, got %s", quote(name))
			}
			*l.list = append(*l.list, name)
		}
	}
	return nil
}

var groupKeysV1 = []string{
	"id", "type", "brief", "note", "prefix", "extends", "stability", "deprecated", "attributes",
	"span_kind", "events", "metric_name", "instrument", "unit", "name", "display_name", "body",
	"annotations", "entity_associations", "include_groups", "visibility", "span_name",
	"requirement_level", "constraints",
}

var groupTypes = []string{"attribute_group", "span", "event", "metric", "metric_group", "entity", "resource", "scope"}

func (p *parser) groupV1(n *yaml.Node, path string) error {
	m, err := p.mapping(n, path, groupKeysV1)
	if err != nil {
		return err
	}
	g := &group{pos: p.pos(m.n)}
	if g.id, err = m.required("id"); err != nil {
		return err
	}
	g.pos = m.keyPos("id")
	if g.typ, err = m.oneOf("type", groupTypes); err != nil {
		return err
	}
	prefix, err := m.str("prefix")
	if err != nil {
		return err
	}
	if g.extends, err = m.str("extends"); err != nil {
		return err
	}
	g.extPos = m.keyPos("extends")
	common, err := p.common(m)
	if err != nil {
		return err
	}
	for _, k := range []string{"events", "include_groups"} {
		items, err := m.list(k)
		if err != nil {
			return err
		}
		for j, it := range items {
			if _, err := p.scalar(it, fmt.Sprintf("%s.%s[%d]", path, k, j)); err != nil {
				return err
			}
		}
	}
	if _, err := m.oneOf("visibility", []string{"internal", "public"}); err != nil {
		return err
	}
	if _, err := m.oneOf("requirement_level", []string{Recommended, OptIn}); err != nil {
		return err
	}
	for _, k := range []string{"display_name", "name"} {
		if _, err := m.str(k); err != nil {
			return err
		}
	}
	switch g.typ {
	case "metric":
		mt := &Metric{ID: g.id, Stability: common.stability, Deprecated: common.deprecated, Brief: common.brief, Note: common.note}
		if mt.Name, err = m.required("metric_name"); err != nil {
			return err
		}
		mt.Pos = m.keyPos("metric_name")
		if err := p.instrumentAndUnit(m, path, mt); err != nil {
			return err
		}
		g.metric = mt
	case "span":
		sp := &Span{ID: g.id, Pos: g.pos, Stability: common.stability, Deprecated: common.deprecated, Brief: common.brief, Note: common.note}
		if sp.Kind, err = m.oneOf("span_kind", spanKinds); err != nil {
			return err
		}
		g.span = sp
	case "event":
		ev := &Event{ID: g.id, Pos: g.pos, Stability: common.stability, Deprecated: common.deprecated, Brief: common.brief, Note: common.note}
		if ev.Name, err = m.str("name"); err != nil {
			return err
		}
		if ev.Name == "" {
			ev.Name = strings.TrimPrefix(g.id, "event.")
		} else {
			ev.Pos = m.keyPos("name")
		}
		g.event = ev
	}
	if g.metric == nil {
		for _, k := range []string{"metric_name", "instrument", "unit"} {
			if kn, ok := m.keys[k]; ok {
				return p.errAt(kn, path+"."+k, "only metric groups have %s (this group's type is %s)", k, quote(g.typ))
			}
		}
	}
	attrs, err := m.list("attributes")
	if err != nil {
		return err
	}
	for i, a := range attrs {
		r, err := p.attributeV1(a, fmt.Sprintf("%s.attributes[%d]", path, i), prefix, common.stability)
		if err != nil {
			return err
		}
		g.refs = append(g.refs, r)
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

var spanKinds = []string{"client", "server", "producer", "consumer", "internal"}

func instrumentNames() []string {
	s := make([]string, len(Instruments))
	for i, in := range Instruments {
		s[i] = string(in)
	}
	return s
}

var (
	attrDefKeysV1 = []string{"id", "type", "brief", "examples", "tag", "requirement_level", "required",
		"sampling_relevant", "note", "stability", "deprecated", "annotations", "role"}
	attrRefKeysV1 = []string{"ref", "brief", "examples", "tag", "requirement_level", "required",
		"sampling_relevant", "note", "stability", "deprecated", "prefix", "annotations", "role"}
)

// attributeV1 reads an attribute definition (id) or use (ref) in a v1
// group. Old registries write ids relative to the group's prefix.
func (p *parser) attributeV1(n *yaml.Node, path, prefix string, groupStability Stability) (ref, error) {
	n, err := p.node(n)
	if err != nil {
		return ref{}, err
	}
	if n.Kind != yaml.MappingNode {
		return ref{}, p.errAt(n, path, "want a mapping (id: ... or ref: ...), got %s", kindName(n))
	}
	isRef := mappingHas(n, "ref")
	keys := attrDefKeysV1
	if isRef {
		keys = attrRefKeysV1
	}
	m, err := p.mapping(n, path, keys)
	if err != nil {
		return ref{}, err
	}
	req, err := p.requirement(m)
	if err != nil {
		return ref{}, err
	}
	if isRef {
		key, err := m.required("ref")
		if err != nil {
			return ref{}, err
		}
		if _, err := p.common(m); err != nil {
			return ref{}, err
		}
		if _, err := p.examples(m); err != nil {
			return ref{}, err
		}
		if _, err := m.boolean("prefix"); err != nil {
			return ref{}, err
		}
		return ref{key: key, req: req, pos: m.keyPos("ref")}, nil
	}
	if _, ok := m.fields["id"]; !ok {
		return ref{}, p.errAt(m.n, path, "an attribute needs id (a definition) or ref (a use of one defined elsewhere)")
	}
	id, err := m.required("id")
	if err != nil {
		return ref{}, err
	}
	key := id
	if prefix != "" {
		key = prefix + "." + id
	}
	a := &Attribute{Key: key, Pos: m.keyPos("id")}
	if err := p.attrBody(m, a); err != nil {
		return ref{}, err
	}
	if a.Stability == "" {
		a.Stability = groupStability
	}
	p.out.attrs = append(p.out.attrs, a)
	return ref{key: key, req: req, pos: a.Pos, def: true}, nil
}

// attrBody reads what v1 and v2 attribute definitions share.
func (p *parser) attrBody(m *mapping, a *Attribute) error {
	tn, ok := m.fields["type"]
	if !ok {
		return p.errAt(m.n, m.path, "attribute %s has no type (want %s)", quote(a.Key), typeNames)
	}
	t, err := p.attrType(tn, m.path+".type")
	if err != nil {
		return err
	}
	a.Type = t
	c, err := p.common(m)
	if err != nil {
		return err
	}
	a.Stability, a.Deprecated, a.Brief, a.Note = c.stability, c.deprecated, c.brief, c.note
	if a.Examples, err = p.examples(m); err != nil {
		return err
	}
	for _, k := range []string{"tag", "role"} {
		if _, err := m.str(k); err != nil {
			return err
		}
	}
	if _, err := m.boolean("sampling_relevant"); err != nil {
		return err
	}
	return nil
}

func (p *parser) attrType(n *yaml.Node, path string) (Type, error) {
	n, err := p.node(n)
	if err != nil {
		return Type{}, err
	}
	if n.Kind == yaml.ScalarNode {
		t, ok := ParseType(n.Value)
		if !ok {
			return Type{}, p.errAt(n, path, "unknown type %s (want %s)", quote(n.Value), typeNames)
		}
		return t, nil
	}
	m, err := p.mapping(n, path, []string{"members", "allow_custom_values"})
	if err != nil {
		return Type{}, err
	}
	if _, err := m.boolean("allow_custom_values"); err != nil {
		return Type{}, err
	}
	items, err := m.list("members")
	if err != nil {
		return Type{}, err
	}
	if len(items) == 0 {
		return Type{}, p.errAt(m.n, path, "an enum needs members")
	}
	t := Type{Enum: true, Members: make([]Member, 0, len(items))}
	seen := make(map[string]bool)
	for i, it := range items {
		mp := fmt.Sprintf("%s.members[%d]", path, i)
		mm, err := p.mapping(it, mp, []string{"id", "value", "brief", "note", "stability", "deprecated", "annotations"})
		if err != nil {
			return Type{}, err
		}
		var mem Member
		if mem.ID, err = mm.required("id"); err != nil {
			return Type{}, err
		}
		if seen[mem.ID] {
			return Type{}, p.errAt(mm.keys["id"], mp+".id", "member %s appears twice", quote(mem.ID))
		}
		seen[mem.ID] = true
		vn, ok := mm.fields["value"]
		if !ok {
			return Type{}, p.errAt(mm.n, mp, "member %s has no value", quote(mem.ID))
		}
		vn, err = p.node(vn)
		if err != nil {
			return Type{}, err
		}
		if vn.Kind != yaml.ScalarNode || vn.Tag == "!!null" {
			return Type{}, p.errAt(vn, mp+".value", "want a string, number or boolean, got %s", kindName(vn))
		}
		v, b := scalarValue(vn)
		if t.Basic == NoBasic {
			t.Basic = b
		} else if t.Basic != b {
			return Type{}, p.errAt(vn, mp+".value", "member values must share one type: this one is %s, the first was %s", b, t.Basic)
		}
		mem.Value = v
		c, err := p.common(mm)
		if err != nil {
			return Type{}, err
		}
		mem.Stability, mem.Deprecated, mem.Brief, mem.Note = c.stability, c.deprecated, c.brief, c.note
		t.Members = append(t.Members, mem)
	}
	return t, nil
}

// scalarValue converts a YAML scalar to the Go value and basic type it
// stands for: tagged ints and floats are numbers, true/false booleans,
// everything else a string.
func scalarValue(n *yaml.Node) (any, Basic) {
	switch n.ShortTag() {
	case "!!int":
		var i int64
		if n.Decode(&i) == nil {
			return i, Int
		}
	case "!!float":
		var f float64
		if n.Decode(&f) == nil {
			return f, Double
		}
	case "!!bool":
		var b bool
		if n.Decode(&b) == nil {
			return b, Boolean
		}
	case "!!null":
		return nil, NoBasic
	}
	return n.Value, String
}

// commonFields are what every definition may carry.
type commonFields struct {
	brief, note string
	stability   Stability
	deprecated  *Deprecation
}

func (p *parser) common(m *mapping) (commonFields, error) {
	var c commonFields
	var err error
	if c.brief, err = m.str("brief"); err != nil {
		return c, err
	}
	if c.note, err = m.str("note"); err != nil {
		return c, err
	}
	names := make([]string, 0, len(stabilities)+1)
	for _, s := range stabilities {
		names = append(names, string(s))
	}
	st, err := m.oneOf("stability", append(names, "experimental"))
	if err != nil {
		return c, err
	}
	if st == "experimental" {
		st = string(Development)
	}
	c.stability = Stability(st)
	if c.deprecated, err = p.deprecated(m); err != nil {
		return c, err
	}
	if c.deprecated == nil && c.stability == StabilityDeprecated {
		c.deprecated = &Deprecation{}
	}
	if n, ok := m.fields["annotations"]; ok {
		if _, err := p.mapping(n, m.path+".annotations", nil); err != nil {
			return c, err
		}
	}
	return c, nil
}

func (p *parser) deprecated(m *mapping) (*Deprecation, error) {
	n, ok := m.fields["deprecated"]
	if !ok {
		return nil, nil
	}
	n, err := p.node(n)
	if err != nil {
		return nil, err
	}
	path := m.path + ".deprecated"
	if n.Kind == yaml.ScalarNode {
		if n.Tag == "!!null" {
			return nil, nil
		}
		return &Deprecation{Note: strings.TrimSpace(n.Value)}, nil
	}
	dm, err := p.mapping(n, path, []string{"reason", "renamed_to", "note"})
	if err != nil {
		return nil, err
	}
	d := &Deprecation{}
	if d.Reason, err = dm.oneOf("reason", []string{Renamed, Obsoleted, Uncategorized}); err != nil {
		return nil, err
	}
	if d.Reason == "" {
		return nil, p.errAt(dm.n, path, "want reason: renamed, obsoleted or uncategorized")
	}
	if d.RenamedTo, err = dm.str("renamed_to"); err != nil {
		return nil, err
	}
	if d.Note, err = dm.str("note"); err != nil {
		return nil, err
	}
	d.Note = strings.TrimSpace(d.Note)
	if d.Reason == Renamed && d.RenamedTo == "" {
		return nil, p.errAt(dm.n, path, "reason renamed needs renamed_to")
	}
	if d.Reason != Renamed {
		// Weaver reads renamed_to only with reason renamed and ignores it
		// otherwise; so does obslint (the OpenTelemetry registry of
		// 1.38.0 to 1.43.0 has renamed_to: "Use `db.namespace` instead."
		// under reason: uncategorized).
		d.RenamedTo = ""
	}
	return d, nil
}

// requirement reads requirement_level (and the old required: form).
func (p *parser) requirement(m *mapping) (Requirement, error) {
	if n, ok := m.fields["requirement_level"]; ok {
		return p.requirementLevel(n, m.path+".requirement_level")
	}
	n, ok := m.fields["required"]
	if !ok {
		return Requirement{}, nil
	}
	// Before requirement_level: "required: always" or
	// "required: {conditional: text}".
	n, err := p.node(n)
	if err != nil {
		return Requirement{}, err
	}
	if n.Kind == yaml.ScalarNode {
		if n.Value != "always" {
			return Requirement{}, p.errAt(n, m.path+".required", "want always or {conditional: ...}, got %s", kindName(n))
		}
		return Requirement{Level: Required}, nil
	}
	rm, err := p.mapping(n, m.path+".required", []string{"conditional"})
	if err != nil {
		return Requirement{}, err
	}
	text, err := rm.str("conditional")
	return Requirement{Level: ConditionallyRequired, Text: strings.TrimSpace(text)}, err
}

func (p *parser) requirementLevel(n *yaml.Node, path string) (Requirement, error) {
	n, err := p.node(n)
	if err != nil {
		return Requirement{}, err
	}
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case Required, Recommended, OptIn:
			return Requirement{Level: n.Value}, nil
		case "optional": // before opt_in (conventions 1.13.0 to 1.18.0)
			return Requirement{Level: OptIn}, nil
		}
		return Requirement{}, p.errAt(n, path, "unknown requirement level %s (want required, recommended, opt_in, or conditionally_required: CONDITION)", quote(n.Value))
	}
	rm, err := p.mapping(n, path, []string{ConditionallyRequired, Recommended, OptIn})
	if err != nil {
		return Requirement{}, err
	}
	if len(rm.order) != 1 {
		return Requirement{}, p.errAt(rm.n, path, "want one of conditionally_required, recommended or opt_in with its condition")
	}
	level := rm.order[0]
	text, err := rm.str(level)
	return Requirement{Level: level, Text: strings.TrimSpace(text)}, err
}

// examples reads an examples value: one value or a list of them.
func (p *parser) examples(m *mapping) ([]any, error) {
	n, ok := m.fields["examples"]
	if !ok {
		return nil, nil
	}
	n, err := p.node(n)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.SequenceNode {
		v, err := p.value(n, m.path+".examples")
		if err != nil {
			return nil, err
		}
		return []any{v}, nil
	}
	var out []any // nil for examples: [], as for no examples
	for i, it := range n.Content {
		v, err := p.value(it, fmt.Sprintf("%s.examples[%d]", m.path, i))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// value converts any YAML node to string, int64, float64, bool, nil,
// []any or map[string]any.
func (p *parser) value(n *yaml.Node, path string) (any, error) {
	n, err := p.node(n)
	if err != nil {
		return nil, err
	}
	switch n.Kind {
	case yaml.ScalarNode:
		v, _ := scalarValue(n)
		if f, ok := v.(float64); ok && (math.IsInf(f, 0) || math.IsNaN(f)) {
			return nil, p.errAt(n, path, "want a finite number")
		}
		return v, nil
	case yaml.SequenceNode:
		// Children report their errors under this path, at their own line
		// and column: building a path per item would cost more than the
		// walk when aliases repeat a list.
		out := make([]any, 0, len(n.Content))
		for _, it := range n.Content {
			v, err := p.value(it, path)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.MappingNode:
		out := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, err := p.node(n.Content[i])
			if err != nil {
				return nil, err
			}
			if k.Kind != yaml.ScalarNode {
				return nil, p.errAt(k, path, "keys must be strings")
			}
			if _, dup := out[k.Value]; dup {
				return nil, p.errAt(k, path, "key %s appears twice", quote(k.Value))
			}
			v, err := p.value(n.Content[i+1], path)
			if err != nil {
				return nil, err
			}
			out[k.Value] = v
		}
		return out, nil
	}
	return nil, p.errAt(n, path, "unsupported value %s", kindName(n))
}

// ---- v2 (file_format: definition/2) ----

var commonKeysV2 = []string{"brief", "note", "stability", "deprecated", "annotations"}

func withCommon(keys ...string) []string { return append(keys, commonKeysV2...) }

func (p *parser) fileV2(root *yaml.Node) error {
	m, err := p.mapping(root, "", []string{"file_format", "attributes", "entities", "events", "metrics", "spans",
		"attribute_groups", "entity_refinements", "event_refinements", "metric_refinements", "span_refinements", "imports"})
	if err != nil {
		return err
	}
	if err := p.imports(m); err != nil {
		return err
	}
	sections := []struct {
		key  string
		read func(*mapping, string) error
	}{
		{"attributes", p.attributeDefV2},
		{"attribute_groups", p.attributeGroupV2},
		{"metrics", p.metricV2},
		{"spans", p.spanV2},
		{"events", p.eventV2},
		{"entities", p.entityV2},
		{"metric_refinements", p.refinementV2(withCommon("id", "ref", "attributes", "entity_associations"))},
		{"event_refinements", p.refinementV2(withCommon("id", "ref", "attributes", "entity_associations"))},
		{"span_refinements", p.refinementV2(withCommon("id", "ref", "name", "attributes", "entity_associations"))},
		{"entity_refinements", p.refinementV2(withCommon("id", "ref", "identity", "description"))},
	}
	for _, s := range sections {
		items, err := m.list(s.key)
		if err != nil {
			return err
		}
		for i, it := range items {
			path := fmt.Sprintf("%s[%d]", s.key, i)
			im, err := p.mapping(it, path, nil) // keys checked by s.read
			if err != nil {
				return err
			}
			if err := s.read(im, path); err != nil {
				return err
			}
		}
	}
	return nil
}

func (p *parser) attributeDefV2(m *mapping, path string) error {
	if err := m.check(withCommon("key", "type", "examples")); err != nil {
		return err
	}
	key, err := m.required("key")
	if err != nil {
		return err
	}
	a := &Attribute{Key: key, Pos: m.keyPos("key")}
	if err := p.attrBody(m, a); err != nil {
		return err
	}
	p.out.attrs = append(p.out.attrs, a)
	return nil
}

// attrRefsV2 reads a v2 attributes list: refs and ref_groups.
func (p *parser) attrRefsV2(m *mapping, key string, g *group) error {
	items, err := m.list(key)
	if err != nil {
		return err
	}
	for i, it := range items {
		path := fmt.Sprintf("%s.%s[%d]", m.path, key, i)
		im, err := p.mapping(it, path, nil)
		if err != nil {
			return err
		}
		if _, ok := im.fields["ref_group"]; ok {
			if err := im.check([]string{"ref_group"}); err != nil {
				return err
			}
			id, err := im.required("ref_group")
			if err != nil {
				return err
			}
			g.groups = append(g.groups, ref{key: id, pos: im.keyPos("ref_group")})
			continue
		}
		if err := im.check(withCommon("ref", "brief", "examples", "requirement_level", "sampling_relevant")); err != nil {
			return err
		}
		k, err := im.required("ref")
		if err != nil {
			return err
		}
		req, err := p.requirement(im)
		if err != nil {
			return err
		}
		if _, err := p.common(im); err != nil {
			return err
		}
		if _, err := p.examples(im); err != nil {
			return err
		}
		if _, err := im.boolean("sampling_relevant"); err != nil {
			return err
		}
		g.refs = append(g.refs, ref{key: k, req: req, pos: im.keyPos("ref")})
	}
	return nil
}

func (p *parser) attributeGroupV2(m *mapping, path string) error {
	if err := m.check(withCommon("id", "visibility", "attributes")); err != nil {
		return err
	}
	g := &group{typ: "attribute_group"}
	var err error
	if g.id, err = m.required("id"); err != nil {
		return err
	}
	g.pos = m.keyPos("id")
	if _, err := m.oneOf("visibility", []string{"internal", "public"}); err != nil {
		return err
	}
	if _, err := p.common(m); err != nil {
		return err
	}
	if err := p.attrRefsV2(m, "attributes", g); err != nil {
		return err
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

func (p *parser) metricV2(m *mapping, path string) error {
	if err := m.check(withCommon("name", "instrument", "unit", "attributes", "entity_associations", "requirement_level")); err != nil {
		return err
	}
	c, err := p.common(m)
	if err != nil {
		return err
	}
	mt := &Metric{Stability: c.stability, Deprecated: c.deprecated, Brief: c.brief, Note: c.note}
	if mt.Name, err = m.required("name"); err != nil {
		return err
	}
	mt.ID = "metric." + mt.Name
	mt.Pos = m.keyPos("name")
	if err := p.instrumentAndUnit(m, path, mt); err != nil {
		return err
	}
	if _, err := m.oneOf("requirement_level", []string{Recommended, OptIn}); err != nil {
		return err
	}
	g := &group{id: mt.ID, typ: "metric", pos: mt.Pos, metric: mt}
	if err := p.attrRefsV2(m, "attributes", g); err != nil {
		return err
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

func (p *parser) spanV2(m *mapping, path string) error {
	if err := m.check(withCommon("type", "kind", "name", "attributes", "entity_associations", "requirement_level")); err != nil {
		return err
	}
	c, err := p.common(m)
	if err != nil {
		return err
	}
	id, err := m.required("type")
	if err != nil {
		return err
	}
	sp := &Span{ID: "span." + id, Pos: m.keyPos("type"), Stability: c.stability, Deprecated: c.deprecated, Brief: c.brief, Note: c.note}
	if sp.Kind, err = m.oneOf("kind", spanKinds); err != nil {
		return err
	}
	if n, ok := m.fields["name"]; ok {
		nm, err := p.mapping(n, path+".name", []string{"note"})
		if err != nil {
			return err
		}
		if _, err := nm.str("note"); err != nil {
			return err
		}
	}
	if _, err := m.oneOf("requirement_level", []string{Recommended, OptIn}); err != nil {
		return err
	}
	g := &group{id: sp.ID, typ: "span", pos: sp.Pos, span: sp}
	if err := p.attrRefsV2(m, "attributes", g); err != nil {
		return err
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

func (p *parser) eventV2(m *mapping, path string) error {
	if err := m.check(withCommon("name", "attributes", "entity_associations", "requirement_level", "body")); err != nil {
		return err
	}
	c, err := p.common(m)
	if err != nil {
		return err
	}
	ev := &Event{Stability: c.stability, Deprecated: c.deprecated, Brief: c.brief, Note: c.note}
	if ev.Name, err = m.required("name"); err != nil {
		return err
	}
	ev.ID = "event." + ev.Name
	ev.Pos = m.keyPos("name")
	if _, err := m.oneOf("requirement_level", []string{Recommended, OptIn}); err != nil {
		return err
	}
	g := &group{id: ev.ID, typ: "event", pos: ev.Pos, event: ev}
	if err := p.attrRefsV2(m, "attributes", g); err != nil {
		return err
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

// entityV2 checks an entity's shape; obslint does not model entities, but
// their attribute references must resolve like any other.
func (p *parser) entityV2(m *mapping, path string) error {
	if err := m.check(withCommon("type", "identity", "description", "requirement_level")); err != nil {
		return err
	}
	if _, err := m.required("type"); err != nil {
		return err
	}
	if _, err := p.common(m); err != nil {
		return err
	}
	g := &group{typ: "entity"}
	for _, k := range []string{"identity", "description"} {
		if err := p.attrRefsV2(m, k, g); err != nil {
			return err
		}
	}
	p.out.groups = append(p.out.groups, g)
	return nil
}

// refinementV2 checks a refinement's shape. Refinements specialise a
// signal of a dependency under a new id; obslint reads the signal itself.
func (p *parser) refinementV2(keys []string) func(*mapping, string) error {
	return func(m *mapping, path string) error {
		if err := m.check(keys); err != nil {
			return err
		}
		for _, k := range []string{"id", "ref"} {
			if _, err := m.required(k); err != nil {
				return err
			}
		}
		if _, err := p.common(m); err != nil {
			return err
		}
		g := &group{typ: "refinement"}
		for _, k := range []string{"attributes", "identity", "description"} {
			if slices.Contains(keys, k) {
				if err := p.attrRefsV2(m, k, g); err != nil {
					return err
				}
			}
		}
		p.out.groups = append(p.out.groups, g)
		return nil
	}
}

// instrumentAndUnit reads a metric's instrument and unit, both required,
// as every registry format writes them.
func (p *parser) instrumentAndUnit(m *mapping, path string, mt *Metric) error {
	inst, err := m.oneOf("instrument", instrumentNames())
	if err != nil {
		return err
	}
	if inst == "" {
		return p.errAt(m.n, path, "metric %s has no instrument (want %s)", quote(mt.Name), strings.Join(instrumentNames(), ", "))
	}
	mt.Instrument = Instrument(inst)
	if _, ok := m.fields["unit"]; !ok {
		return p.errAt(m.n, path, "metric %s has no unit (write unit: \"1\" for a dimensionless one)", quote(mt.Name))
	}
	mt.Unit, err = m.str("unit")
	return err
}
