package semconv

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// WriteRegistry writes reg in Weaver's registry format (definition/1:
// groups), so that ParseFiles gives back an equal registry. Attributes go
// to one attribute_group per namespace ("registry.shop" holds "shop.*",
// "registry" the keys without a dot),
// then come metrics, spans and events, each in the registry's order: the
// same registry always gives the same bytes; imports come last. header, when not empty, is
// written first as comment lines.
//
// What the format cannot say is not written: the positions, and the
// members of an enum type known without them (the embedded conventions
// table's enums), which are written as their value type.
func WriteRegistry(w io.Writer, reg *Registry, header string) error {
	var groups []*yaml.Node
	byNS := make(map[string][]*Attribute)
	for _, a := range reg.Attributes {
		ns := "" // keys without a namespace share one group
		if i := strings.IndexByte(a.Key, '.'); i > 0 {
			ns = a.Key[:i]
		}
		byNS[ns] = append(byNS[ns], a)
	}
	namespaces := make([]string, 0, len(byNS))
	for ns := range byNS {
		namespaces = append(namespaces, ns)
	}
	sort.Strings(namespaces)
	for _, ns := range namespaces {
		attrs := seq(false)
		for _, a := range byNS[ns] {
			attrs.Content = append(attrs.Content, attributeNode(a))
		}
		id, brief := "registry."+ns, ns+" attributes."
		if ns == "" {
			id, brief = "registry", "Attributes without a namespace."
		}
		groups = append(groups, mapNode(
			"id", str(id),
			"type", str("attribute_group"),
			"brief", str(brief),
			"attributes", attrs,
		))
	}
	for _, m := range reg.Metrics {
		id := m.ID
		if id == "" {
			id = "metric." + m.Name
		}
		g := mapNode("id", str(id), "type", str("metric"), "metric_name", str(m.Name),
			"instrument", str(string(m.Instrument)), "unit", quoted(m.Unit))
		common(g, m.Stability, m.Deprecated, m.Brief, m.Note)
		refs(g, m.Attributes)
		groups = append(groups, g)
	}
	for _, s := range reg.Spans {
		g := mapNode("id", str(s.ID), "type", str("span"))
		if s.Kind != "" {
			add(g, "span_kind", str(s.Kind))
		}
		common(g, s.Stability, s.Deprecated, s.Brief, s.Note)
		refs(g, s.Attributes)
		groups = append(groups, g)
	}
	for _, e := range reg.Events {
		g := mapNode("id", str(e.ID), "type", str("event"), "name", str(e.Name))
		common(g, e.Stability, e.Deprecated, e.Brief, e.Note)
		refs(g, e.Attributes)
		groups = append(groups, g)
	}
	list := seq(false)
	list.Content = groups
	doc := mapNode("groups", list)
	imports := mapNode()
	for _, l := range reg.Imports.lists() {
		if len(*l.list) > 0 {
			items := seq(false)
			for _, name := range *l.list {
				items.Content = append(items.Content, str(name))
			}
			add(imports, l.key, items)
		}
	}
	if len(imports.Content) > 0 {
		add(doc, "imports", imports)
	}

	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		if header != "" {
			buf.WriteString(strings.TrimRight("# "+line, " ") + "\n")
		}
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing registry: %v", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("writing registry: %v", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func attributeNode(a *Attribute) *yaml.Node {
	n := mapNode("id", str(a.Key), "type", typeNode(a.Type))
	common(n, a.Stability, a.Deprecated, a.Brief, a.Note)
	if len(a.Examples) > 0 {
		n.Content = append(n.Content, str("examples"), valueNode(a.Examples))
	}
	return n
}

func typeNode(t Type) *yaml.Node {
	if !t.Enum || len(t.Members) == 0 {
		t.Enum = false
		return str(t.String())
	}
	members := seq(false)
	for _, m := range t.Members {
		mn := mapNode("id", str(m.ID), "value", valueNode(m.Value))
		common(mn, m.Stability, m.Deprecated, m.Brief, m.Note)
		members.Content = append(members.Content, mn)
	}
	return mapNode("members", members)
}

// common adds the fields every definition may carry, when set.
func common(n *yaml.Node, st Stability, dep *Deprecation, brief, note string) {
	if brief != "" {
		add(n, "brief", str(brief))
	}
	if note != "" {
		add(n, "note", str(note))
	}
	if st != "" {
		add(n, "stability", str(string(st)))
	}
	if dep != nil && (dep.Reason != "" || st != StabilityDeprecated || dep.Note != "") {
		if dep.Reason == "" {
			add(n, "deprecated", str(dep.Note)) // the old free-text form
			return
		}
		d := mapNode("reason", str(dep.Reason))
		if dep.RenamedTo != "" {
			add(d, "renamed_to", str(dep.RenamedTo))
		}
		if dep.Note != "" {
			add(d, "note", str(dep.Note))
		}
		add(n, "deprecated", d)
	}
}

func refs(n *yaml.Node, refs []AttrRef) {
	if len(refs) == 0 {
		return
	}
	list := seq(false)
	for _, r := range refs {
		rn := mapNode("ref", str(r.Key))
		switch {
		case r.Requirement.Level == "":
		case r.Requirement.Text == "" && r.Requirement.Level != ConditionallyRequired:
			add(rn, "requirement_level", str(r.Requirement.Level))
		default:
			add(rn, "requirement_level", mapNode(r.Requirement.Level, str(r.Requirement.Text)))
		}
		list.Content = append(list.Content, rn)
	}
	add(n, "attributes", list)
}

// valueNode writes a value as YAML that reads back as the same Go value:
// strings are always strings (quoted when they would read as something
// else), numbers keep their kind, lists and mappings go in flow style.
func valueNode(v any) *yaml.Node {
	switch v := v.(type) {
	case nil:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}
	case string:
		return str(v)
	case int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v, 10)}
	case float64:
		s := strconv.FormatFloat(v, 'g', -1, 64)
		if !strings.ContainsAny(s, ".eEn") && !math.IsInf(v, 0) {
			s += ".0" // 1 would read back as an int
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: s}
	case bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}
	case []any:
		n := seq(true)
		for _, it := range v {
			n.Content = append(n.Content, valueNode(it))
		}
		return n
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Style: yaml.FlowStyle}
		for _, k := range keys {
			n.Content = append(n.Content, str(k), valueNode(v[k]))
		}
		return n
	}
	return str(fmt.Sprint(v))
}

func str(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if strings.Contains(s, "\n") && !literalSafe(s) {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// literalSafe reports whether the encoder may write s as a literal block
// (|) and read it back unchanged: yaml.v3 drops a leading empty line and
// the indentation of a first line that starts with a space, and literal
// blocks cannot hold trailing blanks or control characters reliably.
func literalSafe(s string) bool {
	if s[0] == '\n' || s[0] == ' ' || s[0] == '\t' {
		return false
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimRight(line, " \t") != line {
			return false
		}
		for _, r := range line {
			if r < ' ' || r == 0x7f || r == '\ufeff' {
				return false
			}
		}
	}
	return true
}

// quoted is a string always written in double quotes, as units are in the
// OpenTelemetry registry ("1", "{request}").
func quoted(s string) *yaml.Node {
	n := str(s)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

func seq(flow bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	if flow {
		n.Style = yaml.FlowStyle
	}
	return n
}

func mapNode(kv ...any) *yaml.Node {
	n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for i := 0; i+1 < len(kv); i += 2 {
		add(n, kv[i].(string), kv[i+1].(*yaml.Node))
	}
	return n
}

func add(n *yaml.Node, key string, v *yaml.Node) {
	n.Content = append(n.Content, str(key), v)
}
