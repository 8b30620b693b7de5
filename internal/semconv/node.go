package semconv

import (
	"fmt"
	"slices"
	"strings"

	"github.com/obslint/obslint/internal/naming"
	"gopkg.in/yaml.v3"
)

// mapping is a YAML mapping whose keys have been checked: no key twice,
// and, when the caller gave the known keys, none unknown.
type mapping struct {
	p      *parser
	n      *yaml.Node
	path   string
	fields map[string]*yaml.Node // key -> value
	keys   map[string]*yaml.Node // key -> key node, for positions
	order  []string
}

// node follows an alias and charges the visit to the file's budget.
func (p *parser) node(n *yaml.Node) (*yaml.Node, error) {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	p.budget--
	if p.budget < 0 {
		return nil, &Error{File: p.file, Line: n.Line, Col: n.Column, Msg: "too many nodes: aliases expand this file beyond what a registry needs"}
	}
	return n, nil
}

// mapping checks that n is a mapping and, when known is not nil, that its
// keys are among known.
func (p *parser) mapping(n *yaml.Node, path string, known []string) (*mapping, error) {
	n, err := p.node(n)
	if err != nil {
		return nil, err
	}
	if n.Kind != yaml.MappingNode {
		return nil, p.errAt(n, path, "want a mapping, got %s", kindName(n))
	}
	m := &mapping{p: p, n: n, path: path, fields: make(map[string]*yaml.Node, len(n.Content)/2), keys: make(map[string]*yaml.Node, len(n.Content)/2)}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := p.node(n.Content[i])
		if err != nil {
			return nil, err
		}
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			return nil, p.errAt(k, path, "keys must be non-empty strings")
		}
		if _, dup := m.fields[k.Value]; dup {
			return nil, p.errAt(k, join(path, k.Value), "key appears twice")
		}
		m.fields[k.Value] = n.Content[i+1]
		m.keys[k.Value] = k
		m.order = append(m.order, k.Value)
	}
	if known != nil {
		if err := m.check(known); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// check reports the first key not in known.
func (m *mapping) check(known []string) error {
	for _, k := range m.order {
		if !slices.Contains(known, k) {
			hint := ""
			if c := naming.Closest(k, known); c != "" {
				hint = fmt.Sprintf("; did you mean %q?", c)
			}
			sorted := slices.Clone(known)
			slices.Sort(sorted)
			return m.p.errAt(m.keys[k], join(m.path, k), "unknown key %s%s (known keys: %s)", quote(k), hint, strings.Join(sorted, ", "))
		}
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// str returns the scalar under key, "" when absent or null.
func (m *mapping) str(key string) (string, error) {
	n, ok := m.fields[key]
	if !ok {
		return "", nil
	}
	return m.p.scalar(n, join(m.path, key))
}

func (p *parser) scalar(n *yaml.Node, path string) (string, error) {
	n, err := p.node(n)
	if err != nil {
		return "", err
	}
	if n.Kind != yaml.ScalarNode {
		return "", p.errAt(n, path, "want a string, got %s", kindName(n))
	}
	if n.ShortTag() == "!!null" {
		return "", nil
	}
	return n.Value, nil
}

// required is str for a key that must be present and non-empty.
func (m *mapping) required(key string) (string, error) {
	s, err := m.str(key)
	if err != nil {
		return "", err
	}
	if strings.TrimSpace(s) == "" {
		if v, ok := m.fields[key]; ok {
			return "", m.p.errAt(v, join(m.path, key), "must not be empty")
		}
		return "", m.p.errAt(m.n, m.path, "missing %s", key)
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return "", m.p.errAt(m.fields[key], join(m.path, key), "%s must not contain spaces", quote(s))
	}
	return s, nil
}

// oneOf returns the scalar under key, which must be one of values; ""
// when absent.
func (m *mapping) oneOf(key string, values []string) (string, error) {
	s, err := m.str(key)
	if err != nil || s == "" {
		return s, err
	}
	if !slices.Contains(values, s) {
		hint := ""
		if c := naming.Closest(s, values); c != "" {
			hint = fmt.Sprintf("; did you mean %q?", c)
		}
		return "", m.p.errAt(m.fields[key], join(m.path, key), "unknown value %s%s (want %s)", quote(s), hint, strings.Join(values, ", "))
	}
	return s, nil
}

func (m *mapping) boolean(key string) (bool, error) {
	n, ok := m.fields[key]
	if !ok {
		return false, nil
	}
	n, err := m.p.node(n)
	if err != nil {
		return false, err
	}
	var b bool
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		return false, m.p.errAt(n, join(m.path, key), "want true or false, got %s", kindName(n))
	}
	return b, nil
}

// list returns the items of the sequence under key; nil when absent.
func (m *mapping) list(key string) ([]*yaml.Node, error) {
	n, ok := m.fields[key]
	if !ok {
		return nil, nil
	}
	n, err := m.p.node(n)
	if err != nil {
		return nil, err
	}
	if n.ShortTag() == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, m.p.errAt(n, join(m.path, key), "want a list, got %s", kindName(n))
	}
	return n.Content, nil
}

// keyPos is the position of key's value in the file (the name an id or
// ref gives, where an editor should jump), or of the mapping when the key
// is absent.
func (m *mapping) keyPos(key string) Pos {
	if v, ok := m.fields[key]; ok {
		return m.p.pos(v)
	}
	return m.p.pos(m.n)
}

func (p *parser) pos(n *yaml.Node) Pos {
	return Pos{File: p.file, Line: n.Line, Col: n.Column}
}

func (p *parser) errAt(n *yaml.Node, key, format string, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Col: n.Column, Key: key, Msg: fmt.Sprintf(format, args...)}
}

func mappingHas(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.ShortTag() == "!!null" {
		return "null"
	}
	return "the value " + quote(n.Value)
}
