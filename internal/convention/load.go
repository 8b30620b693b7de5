package convention

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/internal/naming"
)

// Error is a problem in a convention file, located at the key or value at
// fault. Its text is "file:line:col: key: message", the form editors and CI
// annotations understand.
type Error struct {
	File      string
	Line, Col int
	Key       string // dotted path such as "slo.objectives.api.success"; may be empty
	Msg       string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		b.WriteString(e.Key + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// position is where a key's value was last set, for errors found after the
// extends chain is merged.
type position struct {
	file      string
	line, col int
}

// loader reads one convention and its extends chain.
type loader struct {
	stack []string            // files being loaded, for cycle detection
	pos   map[string]position // dotted key -> where its value was last set
	keys  map[string]position // dotted key of a map entry -> where its key was last written
	files []string            // files read, base first
}

// Load reads the convention file at path, merges the files it extends
// (depth first, in order, this file last), applies defaults for everything
// left unset and validates the result. Every error is an *Error.
func Load(path string) (*Convention, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	c := Default()
	// Lists in the defaults are replaced, not appended to, by the files.
	l := &loader{pos: make(map[string]position), keys: make(map[string]position)}
	if err := l.load(abs, c); err != nil {
		return nil, err
	}
	c.Files = l.files
	if err := l.validate(c); err != nil {
		return nil, err
	}
	return c, nil
}

// Parse reads a convention from data as if it were the file named name;
// extends entries are resolved relative to name's directory.
func Parse(name string, data []byte) (*Convention, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, err
	}
	c := Default()
	l := &loader{pos: make(map[string]position), keys: make(map[string]position)}
	if err := l.loadData(abs, data, c); err != nil {
		return nil, err
	}
	c.Files = l.files
	if err := l.validate(c); err != nil {
		return nil, err
	}
	return c, nil
}

func (l *loader) load(file string, c *Convention) error {
	data, err := os.ReadFile(file)
	if err != nil {
		return &Error{File: file, Msg: "cannot read convention file: " + unwrapPathError(err)}
	}
	return l.loadData(file, data, c)
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (l *loader) loadData(file string, data []byte, c *Convention) error {
	for _, f := range l.stack {
		if f == file {
			return &Error{File: l.stack[len(l.stack)-1], Key: "extends",
				Msg: "extends cycle: " + strings.Join(append(append([]string(nil), l.stack...), file), " -> ")}
		}
	}
	l.stack = append(l.stack, file)
	defer func() { l.stack = l.stack[:len(l.stack)-1] }()

	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ := strconv.Atoi(m[1])
			return &Error{File: file, Line: line, Msg: "invalid YAML: " + m[2]}
		}
		return &Error{File: file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
	}
	if len(bytes.TrimSpace(data)) == 0 || len(doc.Content) == 0 {
		l.files = append(l.files, file)
		return nil // an empty file is the defaults
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return &Error{File: file, Line: root.Line, Col: root.Column, Msg: "a convention file is a YAML mapping (key: value), not " + kindName(root)}
	}
	if err := l.check(file, root, reflect.TypeOf(Convention{}), ""); err != nil {
		return err
	}

	// Merge the files this one extends first, then decode this one on top.
	var ext struct {
		Extends []string `yaml:"extends"`
	}
	_ = root.Decode(&ext) // shape already checked
	for i, e := range ext.Extends {
		p := e
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(file), p)
		}
		if _, err := os.Stat(p); err != nil {
			n := seqItem(root, "extends", i)
			return &Error{File: file, Line: n.Line, Col: n.Column, Key: "extends",
				Msg: fmt.Sprintf("cannot read %q: %s", e, unwrapPathError(err))}
		}
		if err := l.load(p, c); err != nil {
			return err
		}
	}
	if err := root.Decode(c); err != nil {
		// check() has already vetted every node's shape, so this is
		// unexpected; still report it against the file.
		return &Error{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	l.files = append(l.files, file)
	return nil
}

// seqItem returns the i'th element of the sequence under key in mapping m.
func seqItem(m *yaml.Node, key string, i int) *yaml.Node {
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == key && i < len(m.Content[k+1].Content) {
			return m.Content[k+1].Content[i]
		}
	}
	return m
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
	if n.Tag == "!!null" {
		return "null"
	}
	return fmt.Sprintf("the value %q", n.Value)
}

var (
	durationType = reflect.TypeOf(Duration{})
	percentType  = reflect.TypeOf(Percent(0))
)

// check walks node against the Go type t, reporting unknown keys and values
// of the wrong shape with their position, and records where each key was
// set for the checks that run after merging.
func (l *loader) check(file string, n *yaml.Node, t reflect.Type, key string) error {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	l.pos[key] = position{file, n.Line, n.Column}
	errAt := func(n *yaml.Node, format string, args ...any) error {
		return &Error{File: file, Line: n.Line, Col: n.Column, Key: key, Msg: fmt.Sprintf(format, args...)}
	}
	if n.Tag == "!!null" && t.Kind() != reflect.Struct {
		return nil // "key:" with no value leaves the default
	}
	switch {
	case t == durationType:
		var d Duration
		if err := d.UnmarshalYAML(n); err != nil {
			return errAt(n, "%s", err.Error())
		}
		return nil
	case t == percentType:
		var p Percent
		if err := p.UnmarshalYAML(n); err != nil {
			return errAt(n, "%s", err.Error())
		}
		return nil
	}
	switch t.Kind() {
	case reflect.Pointer:
		return l.check(file, n, t.Elem(), key)
	case reflect.Struct:
		if n.Tag == "!!null" {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			return errAt(n, "want a mapping, got %s", kindName(n))
		}
		fields := yamlFields(t)
		seen := make(map[string]bool)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			sub := joinKey(key, k.Value)
			if seen[k.Value] {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: sub, Msg: "key appears twice"}
			}
			seen[k.Value] = true
			f, ok := fields[k.Value]
			if !ok {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: sub,
					Msg: fmt.Sprintf("unknown key %q%s (known keys: %s)", k.Value, suggest(k.Value, fields), strings.Join(sortedKeys(fields), ", "))}
			}
			if err := l.check(file, v, f.Type, sub); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return errAt(n, "want a mapping, got %s", kindName(n))
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Value == "" {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: key, Msg: "keys must be non-empty strings"}
			}
			l.keys[joinKey(key, k.Value)] = position{file, k.Line, k.Column}
			if err := l.check(file, v, t.Elem(), joinKey(key, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return errAt(n, "want a list, got %s", kindName(n))
		}
		for i, item := range n.Content {
			if err := l.check(file, item, t.Elem(), fmt.Sprintf("%s[%d]", key, i)); err != nil {
				return err
			}
		}
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			return errAt(n, "want a string, got %s", kindName(n))
		}
	case reflect.Bool:
		var b bool
		if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
			return errAt(n, "want true or false, got %s", kindName(n))
		}
	case reflect.Int:
		v, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || err != nil {
			return errAt(n, "want a whole number, got %s", kindName(n))
		}
		if v < 0 {
			return errAt(n, "must not be negative")
		}
	}
	return nil
}

func joinKey(parent, k string) string {
	if parent == "" {
		return k
	}
	return parent + "." + k
}

// yamlFields maps yaml keys to the struct fields of t.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	m := make(map[string]reflect.StructField)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		m[name] = f
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// suggest returns `; did you mean "x"?` for a key one or two edits from a
// known one, the usual typo.
func suggest(k string, fields map[string]reflect.StructField) string {
	best := naming.Closest(k, sortedKeys(fields))
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}
