package convention

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/internal/naming"
	"github.com/obslint/obslint/internal/safetext"
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

// maxMessage caps an error's message: values are quoted as excerpts, and
// this is the last guard against a line that floods a terminal or a CI log.
const maxMessage = 1000

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(safetext.Escape(e.File))
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Col > 0 {
			fmt.Fprintf(&b, ":%d", e.Col)
		}
	}
	b.WriteString(": ")
	if e.Key != "" {
		key, _ := safetext.Truncate(e.Key, 2*safetext.ExcerptLen)
		b.WriteString(safetext.Escape(key) + ": ")
	}
	b.WriteString(safetext.Ellipsis(safetext.Escape(e.Msg), maxMessage))
	return b.String()
}

// position is where a key's value was last set, for errors found after the
// extends chain is merged.
type position struct {
	file      string
	line, col int
}

// Limits on what a convention can make obslint read or do. A convention
// is untrusted input: a pull request can change it.
const (
	// MaxFileSize is the largest convention file obslint reads.
	MaxFileSize = 1 << 20
	// maxFiles bounds the files of one extends graph.
	maxFiles = 100
	// maxNodes bounds the YAML nodes checked in one load, aliases counted
	// each time they are used (a "billion laughs" document stops here).
	maxNodes = 1_000_000
)

// loader reads one convention and its extends graph.
type loader struct {
	stack  []string            // files being loaded, for cycle detection
	pos    map[string]position // dotted key -> where its value was last set
	keys   map[string]position // dotted key of a map entry -> where its key was last written
	files  []string            // files read, base first
	merged map[string]bool     // files already merged (a diamond reads its base once)
	digest hash.Hash           // of every file's name and content as read
	nodes  int                 // YAML nodes checked so far

	// root is the repository the first file belongs to (its git work
	// tree, else its module); extends reads files below it, and below
	// the allow_extends_from directories of the first file.
	root  string
	allow []string
}

func newLoader(file string) *loader {
	return &loader{
		pos:    make(map[string]position),
		keys:   make(map[string]position),
		merged: make(map[string]bool),
		digest: sha256.New(),
		root:   repositoryRoot(filepath.Dir(file)),
	}
}

// Load reads the convention file at path, merges the files it extends
// (depth first, in order, this file last; a file reached twice is merged
// once, where it is first reached), applies defaults for everything left
// unset and validates the result. Every error is an *Error.
func Load(path string) (*Convention, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	data, err := readFile(abs)
	if err != nil {
		return nil, &Error{File: abs, Msg: "cannot read convention file: " + err.Error()}
	}
	return parse(abs, data)
}

// Parse reads a convention from data as if it were the file named name;
// extends entries are resolved relative to name's directory.
func Parse(name string, data []byte) (*Convention, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{File: abs, Msg: fmt.Sprintf("convention is %d bytes, more than the %d obslint reads", len(data), MaxFileSize)}
	}
	return parse(abs, data)
}

func parse(abs string, data []byte) (*Convention, error) {
	c := Default()
	// Lists in the defaults are replaced, not appended to, by the files.
	l := newLoader(abs)
	if err := l.loadData(abs, data, c, true); err != nil {
		return nil, err
	}
	c.Files = l.files
	if err := l.validate(c); err != nil {
		return nil, err
	}
	// After validate, which loads the registries and adds their digest.
	c.digest = hex.EncodeToString(l.digest.Sum(nil))[:16]
	return c, nil
}

// readFile reads a convention file: a regular file (symbolic links
// followed) of at most MaxFileSize bytes. Devices, FIFOs, directories
// and dangling links are refused before anything is read from them.
func readFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		if lfi, lerr := os.Lstat(name); lerr == nil && lfi.Mode()&os.ModeSymlink != 0 {
			target, _ := os.Readlink(name)
			return nil, fmt.Errorf("dangling symbolic link to %s", safetext.Quote(target))
		}
		return nil, errors.New(unwrapPathError(err))
	}
	if err := regularSmall(fi); err != nil {
		return nil, err
	}
	f, err := openNoBlock(name)
	if err != nil {
		return nil, errors.New(unwrapPathError(err))
	}
	defer f.Close()
	if fi2, err := f.Stat(); err != nil || !os.SameFile(fi, fi2) {
		return nil, errors.New("file changed while being opened")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, errors.New(unwrapPathError(err))
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("larger than %d bytes", MaxFileSize)
	}
	return data, nil
}

func regularSmall(fi os.FileInfo) error {
	switch {
	case fi.IsDir():
		return errors.New("is a directory, not a file")
	case !fi.Mode().IsRegular():
		return fmt.Errorf("not a regular file (%s)", fi.Mode().Type())
	case fi.Size() > MaxFileSize:
		return fmt.Errorf("%d bytes, more than the %d obslint reads", fi.Size(), MaxFileSize)
	}
	return nil
}

// repositoryRoot returns the directory extends may read below: the git
// work tree containing dir (a directory with a .git entry), else the
// module (a directory with go.mod), else dir itself; symbolic links
// resolved.
func repositoryRoot(dir string) string {
	dir = realPath(dir)
	for _, marker := range []string{".git", "go.mod"} {
		for d := dir; ; {
			if _, err := os.Lstat(filepath.Join(d, marker)); err == nil {
				return d
			}
			parent := filepath.Dir(d)
			if parent == d {
				break
			}
			d = parent
		}
	}
	return dir
}

func realPath(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return filepath.Clean(p)
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && filepath.IsLocal(rel) || rel == "."
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// decodeDocument parses data as exactly one YAML document; nil for an
// empty file.
func decodeDocument(file string, data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err == io.EOF {
		return nil, nil
	} else if err != nil {
		return nil, syntaxError(file, data, err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
		return &doc, nil
	case err != nil:
		return nil, syntaxError(file, data, err)
	}
	return nil, &Error{File: file, Line: next.Line, Col: next.Column, Msg: "a second YAML document; a convention file holds one (remove the ---)"}
}

// syntaxError turns a YAML parse error into an *Error with a line and a
// column. yaml.v3 reports only the line; the column is found by parsing
// ever longer prefixes of that line until the same error appears.
func syntaxError(file string, data []byte, err error) error {
	msg := err.Error()
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return &Error{File: file, Msg: "invalid YAML: " + safetext.Escape(strings.TrimPrefix(msg, "yaml: "))}
	}
	line, _ := strconv.Atoi(m[1])
	return &Error{File: file, Line: line, Col: syntaxColumn(data, line, msg), Msg: "invalid YAML: " + safetext.Escape(m[2])}
}

func syntaxColumn(data []byte, line int, msg string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 1
	}
	var prefix []byte
	for _, l := range lines[:line-1] {
		prefix = append(prefix, l...)
	}
	text := bytes.TrimRight(lines[line-1], "\r\n")
	fails := func(k int) bool {
		doc := append(append([]byte(nil), prefix...), text[:k]...)
		dec := yaml.NewDecoder(bytes.NewReader(doc))
		var n yaml.Node
		err := dec.Decode(&n)
		return err != nil && err != io.EOF && err.Error() == msg
	}
	col := 1 + len(text) - len(bytes.TrimLeft(text, " \t")) // first non-blank
	if !fails(len(text)) {
		return col
	}
	// The shortest failing prefix: the error's character is its last.
	k := sort.Search(len(text)+1, fails)
	if k == 0 {
		return col
	}
	return utf8.RuneCount(text[:k])
}

func (l *loader) loadData(file string, data []byte, c *Convention, first bool) error {
	l.stack = append(l.stack, realPath(file))
	defer func() { l.stack = l.stack[:len(l.stack)-1] }()
	l.digest.Write([]byte(file))
	l.digest.Write([]byte{0})
	l.digest.Write(data)
	l.digest.Write([]byte{0})

	root, err := decodeDocument(file, data)
	if err != nil {
		return err
	}
	if root == nil || len(root.Content) == 0 {
		l.files = append(l.files, file)
		return nil // an empty file is the defaults
	}
	root = root.Content[0]
	if root.Kind != yaml.MappingNode {
		return &Error{File: file, Line: root.Line, Col: root.Column, Msg: "a convention file is a YAML mapping (key: value), not " + kindName(root)}
	}
	if err := l.check(file, root, reflect.TypeOf(Convention{}), ""); err != nil {
		return err
	}

	// Merge the files this one extends first, then decode this one on top.
	var ext struct {
		Extends          []string `yaml:"extends"`
		AllowExtendsFrom []string `yaml:"allow_extends_from"`
	}
	_ = root.Decode(&ext) // shape already checked
	if len(ext.AllowExtendsFrom) > 0 {
		n := mapValue(root, "allow_extends_from")
		if !first {
			return &Error{File: file, Line: n.Line, Col: n.Column, Key: "allow_extends_from",
				Msg: "only the convention obslint starts from (found next to the code or named by -config) may widen where extends reads"}
		}
		for i, d := range ext.AllowExtendsFrom {
			if !filepath.IsAbs(d) {
				d = filepath.Join(filepath.Dir(file), d)
			}
			fi, err := os.Stat(d)
			if err != nil || !fi.IsDir() {
				n := seqItem(root, "allow_extends_from", i)
				return &Error{File: file, Line: n.Line, Col: n.Column, Key: fmt.Sprintf("allow_extends_from[%d]", i),
					Msg: fmt.Sprintf("%s is not a directory", quotePath(ext.AllowExtendsFrom[i]))}
			}
			l.allow = append(l.allow, realPath(d))
		}
	}
	for i, e := range ext.Extends {
		n := seqItem(root, "extends", i)
		errAt := func(format string, args ...any) error {
			return &Error{File: file, Line: n.Line, Col: n.Column, Key: fmt.Sprintf("extends[%d]", i), Msg: fmt.Sprintf(format, args...)}
		}
		p := e
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(file), p)
		}
		p = filepath.Clean(p)
		if _, err := os.Lstat(p); err != nil {
			return errAt("cannot read %s: %s", quotePath(e), unwrapPathError(err))
		}
		real := realPath(p)
		if !l.allowed(real) {
			return errAt("%s is outside the repository (%s); extends reads files below it only, unless the convention lists the directory in allow_extends_from", quotePath(e), l.root)
		}
		if l.merged[real] {
			continue // reached before through another file: merged once
		}
		if len(l.merged)+len(l.stack) >= maxFiles {
			return errAt("more than %d files in the extends graph", maxFiles)
		}
		for _, f := range l.stack {
			if f == real {
				return &Error{File: file, Line: n.Line, Col: n.Column, Key: "extends",
					Msg: "extends cycle: " + strings.Join(append(append([]string(nil), l.stack...), real), " -> ")}
			}
		}
		data, err := readFile(real)
		if err != nil {
			return errAt("cannot read %s: %s", quotePath(e), err.Error())
		}
		if err := l.loadData(real, data, c, false); err != nil {
			return err
		}
	}
	if err := root.Decode(c); err != nil {
		// check() has already vetted every node's shape, so this is
		// unexpected; still report it against the file.
		return &Error{File: file, Msg: safetext.Escape(strings.TrimPrefix(err.Error(), "yaml: "))}
	}
	absRegistries(file, root, c)
	l.merged[realPath(file)] = true
	l.files = append(l.files, file)
	return nil
}

// quotePath quotes a path written in a convention: whole, as paths go,
// but still bounded.
func quotePath(p string) string { return safetext.QuoteN(p, 200) }

// allowed reports whether extends may read the file at real path p.
func (l *loader) allowed(p string) bool {
	if within(p, l.root) {
		return true
	}
	for _, d := range l.allow {
		if within(p, d) {
			return true
		}
	}
	return false
}

// mapValue returns the value under key in mapping m, or m.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == key {
			return m.Content[k+1]
		}
	}
	return m
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
	return "the value " + safetext.Quote(n.Value)
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
	if l.nodes++; l.nodes > maxNodes {
		return &Error{File: file, Line: n.Line, Col: n.Column, Key: key, Msg: fmt.Sprintf("more than %d YAML values (aliases counted each time they are used)", maxNodes)}
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
		seen := make(map[string]*yaml.Node)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			sub := joinKey(key, k.Value)
			if first := seen[k.Value]; first != nil {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: sub, Msg: fmt.Sprintf("key appears twice (first at line %d, column %d)", first.Line, first.Column)}
			}
			seen[k.Value] = k
			f, ok := fields[k.Value]
			if !ok {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: sub,
					Msg: fmt.Sprintf("unknown key %s%s (known keys: %s)", safetext.Quote(k.Value), suggest(k.Value, fields), strings.Join(sortedKeys(fields), ", "))}
			}
			if err := l.check(file, v, f.Type, sub); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return errAt(n, "want a mapping, got %s", kindName(n))
		}
		seen := make(map[string]*yaml.Node)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Value == "" {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: key, Msg: "keys must be non-empty strings"}
			}
			if first := seen[k.Value]; first != nil {
				return &Error{File: file, Line: k.Line, Col: k.Column, Key: joinKey(key, k.Value), Msg: fmt.Sprintf("key appears twice (first at line %d, column %d)", first.Line, first.Column)}
			}
			seen[k.Value] = k
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
