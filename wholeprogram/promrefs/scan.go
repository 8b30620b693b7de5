package promrefs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxFile skips files larger than this: generated data, not rules.
const maxFile = 8 << 20

// Files lists the files under dir that may hold expressions: YAML and
// JSON files git tracks or would track (not ignored), outside vendor/
// and node_modules/; every such file when dir is not in a git work tree.
// Names are slash-separated and relative to dir, sorted.
func Files(dir string) ([]string, error) {
	var names []string
	cmd := exec.Command("git", "-c", "core.quotePath=false", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ".")
	cmd.Dir = dir
	if out, err := cmd.Output(); err == nil {
		for _, n := range strings.Split(string(out), "\x00") {
			if n != "" {
				names = append(names, n)
			}
		}
	} else {
		err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && (d.Name() == ".git" || d.Name() == "vendor" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if !d.IsDir() {
				if rel, err := filepath.Rel(dir, p); err == nil {
					names = append(names, filepath.ToSlash(rel))
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var out []string
	seen := make(map[string]bool)
	for _, n := range names {
		if seen[n] || !candidate(n) {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	sort.Strings(out)
	return out, nil
}

func candidate(name string) bool {
	for _, part := range strings.Split(path.Dir(name), "/") {
		if part == "vendor" || part == "node_modules" {
			return false
		}
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".yml", ".yaml", ".json":
		return true
	}
	return false
}

// Scan reads the files (names relative to dir, from Files) and returns
// their expressions, parsed, in file and line order, and warnings: a
// rule file that is not valid YAML, an expression that does not parse.
// A file that holds no expressions is not mentioned.
func Scan(dir string, files []string) ([]Ref, []string) {
	var refs []Ref
	var warnings []string
	for _, name := range files {
		data, err := readSmall(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || data == nil {
			continue
		}
		var found []Ref
		var warn []string
		if strings.EqualFold(path.Ext(name), ".json") {
			found, warn = scanJSON(name, data)
		} else {
			found, warn = scanYAML(name, data)
		}
		warnings = append(warnings, warn...)
		for _, r := range found {
			orig := r.Expr
			r.Expr = deGrafana(orig)
			err := Parse(&r)
			r.Expr = orig
			if err != nil {
				warnings = append(warnings, fmt.Sprintf("%s:%d: %s: the expression does not parse as PromQL, so obslint cannot tell whether this change breaks it: %s", name, r.Line, describe(r.Rule), firstLine(err.Error())))
				continue
			}
			refs = append(refs, r)
		}
	}
	return refs, warnings
}

func describe(rule string) string {
	if rule == "" {
		return "expression"
	}
	return rule
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func readSmall(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxFile {
		return nil, err
	}
	return io.ReadAll(f)
}

// scanYAML finds the expressions of rule groups (a top-level or
// spec-level "groups" of rules with "expr" and "alert" or "record"),
// PrometheusRule resources, and Sloth specs. A file that looks like
// rules but is not valid YAML is a warning; other YAML is not read.
func scanYAML(name string, data []byte) ([]Ref, []string) {
	if !bytes.Contains(data, []byte("expr")) && !bytes.Contains(data, []byte("Query")) {
		return nil, nil
	}
	looksLikeRules := bytes.Contains(data, []byte("groups:")) || bytes.Contains(data, []byte("PrometheusRule")) || bytes.Contains(data, []byte("errorQuery"))
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var refs []Ref
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			break
		}
		if err != nil {
			if looksLikeRules {
				return refs, []string{fmt.Sprintf("%s: not valid YAML, so obslint cannot tell whether this change breaks its rules: %s", name, firstLine(err.Error()))}
			}
			return refs, nil
		}
		walkYAML(&doc, "", func(key, rule string, v *yaml.Node, line int) {
			refs = append(refs, Ref{File: name, Line: line, Rule: rule, Expr: strings.TrimSpace(v.Value)})
		}, false)
	}
	return refs, nil
}

// walkYAML calls found for every expression under n: the "expr" of a
// mapping with "alert" or "record" (a rule), and the errorQuery and
// totalQuery under a Sloth SLO's "sli". rule names the enclosing Sloth
// SLO, if any.
func walkYAML(n *yaml.Node, rule string, found func(key, rule string, v *yaml.Node, line int), inSLI bool) {
	switch n.Kind {
	case yaml.DocumentNode, yaml.SequenceNode:
		for _, c := range n.Content {
			walkYAML(c, rule, found, inSLI)
		}
	case yaml.MappingNode:
		here, isRule, hasSLI, name := rule, false, false, ""
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch {
			case (k.Value == "alert" || k.Value == "record") && v.Kind == yaml.ScalarNode:
				here, isRule = k.Value+" "+v.Value, true
			case k.Value == "name" && v.Kind == yaml.ScalarNode:
				name = v.Value
			case k.Value == "sli":
				hasSLI = true
			}
		}
		if hasSLI && name != "" && !isRule {
			here = "slo " + name
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch {
			case v.Kind == yaml.ScalarNode && k.Value == "expr" && isRule,
				v.Kind == yaml.ScalarNode && inSLI && (k.Value == "errorQuery" || k.Value == "totalQuery"):
				found(k.Value, here, v, k.Line)
			case v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode:
				walkYAML(v, here, found, inSLI || k.Value == "sli")
			}
		}
	}
}

// scanJSON finds the expressions of a Grafana dashboard: every "expr"
// string, named by the title of the panel that holds it. JSON that is
// not a dashboard (no "panels", "rows" or "dashboard") is not read.
func scanJSON(name string, data []byte) ([]Ref, []string) {
	if !bytes.Contains(data, []byte(`"expr"`)) {
		return nil, nil
	}
	if !bytes.Contains(data, []byte(`"panels"`)) && !bytes.Contains(data, []byte(`"rows"`)) && !bytes.Contains(data, []byte(`"dashboard"`)) {
		return nil, nil
	}
	w := &jsonWalker{dec: json.NewDecoder(bytes.NewReader(data)), lines: lineStarts(data)}
	found, err := w.value()
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: not valid JSON, so obslint cannot tell whether this change breaks its dashboard: %s", name, err)}
	}
	var refs []Ref
	for _, f := range found {
		rule := ""
		if f.title != "" {
			rule = "panel " + f.title
		}
		refs = append(refs, Ref{File: name, Line: f.line, Rule: rule, Expr: strings.TrimSpace(f.expr)})
	}
	return refs, nil
}

type jsonExpr struct {
	expr, title string
	line        int
}

type jsonWalker struct {
	dec   *json.Decoder
	lines []int64 // offsets at which lines start
}

func lineStarts(data []byte) []int64 {
	starts := []int64{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, int64(i+1))
		}
	}
	return starts
}

func (w *jsonWalker) line(off int64) int {
	return sort.Search(len(w.lines), func(i int) bool { return w.lines[i] > off })
}

// value reads one JSON value and returns the expressions in it; those of
// an object with a "title" take that title when they have none.
func (w *jsonWalker) value() ([]jsonExpr, error) {
	tok, err := w.dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil, nil
	}
	var out []jsonExpr
	switch d {
	case '[':
		for w.dec.More() {
			f, err := w.value()
			if err != nil {
				return nil, err
			}
			out = append(out, f...)
		}
	case '{':
		title := ""
		for w.dec.More() {
			kt, err := w.dec.Token()
			if err != nil {
				return nil, err
			}
			key, _ := kt.(string)
			if key == "expr" || key == "title" {
				vt, err := w.dec.Token()
				if err != nil {
					return nil, err
				}
				if d, ok := vt.(json.Delim); ok {
					// not a string: skip the value
					if err := w.skip(d); err != nil {
						return nil, err
					}
					continue
				}
				s, ok := vt.(string)
				if !ok {
					continue
				}
				if key == "title" {
					title = s
				} else if strings.TrimSpace(s) != "" {
					out = append(out, jsonExpr{expr: s, line: w.line(w.dec.InputOffset() - 1)})
				}
				continue
			}
			f, err := w.value()
			if err != nil {
				return nil, err
			}
			out = append(out, f...)
		}
		for i := range out {
			if out[i].title == "" {
				out[i].title = title
			}
		}
	}
	if _, err := w.dec.Token(); err != nil { // the closing delimiter
		return nil, err
	}
	return out, nil
}

// skip reads the rest of a value that started with d.
func (w *jsonWalker) skip(d json.Delim) error {
	depth := 1
	for depth > 0 {
		t, err := w.dec.Token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	_ = d
	return nil
}
