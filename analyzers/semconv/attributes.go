package semconv

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	otelsc "github.com/obslint/obslint/internal/semconv"
	"github.com/obslint/obslint/passes/otelattrs"
)

// attribute checks one attribute built in code.
func (c *checker) attribute(a *otelattrs.Attr) {
	pos, end := a.KeyExpr.Pos(), a.KeyExpr.End()
	lookup := c.vocab.Attribute
	if !a.Semconv.IsZero() {
		lookup = c.vocab.GoAttribute // the conventions' own name, even a metric-local one
	}
	def, ok := lookup(a.Key)
	if !ok {
		if ns := c.vocab.Owner(a.Key); ns != "" {
			msg := fmt.Sprintf("attribute key %s is in the owned namespace %s, but no registry declares it", a.Key, ns)
			var fixes []analysis.SuggestedFix
			if s := c.vocab.SuggestAttribute(a.Key); s != "" {
				msg += fmt.Sprintf("; did you mean %s?", s)
				fixes = renameKey(a, s, "use "+s)
			} else {
				msg += "; declare it in the registry (semconv.registries)"
			}
			c.r.Report(Undeclared, pos, end, msg, fixes...)
		}
		return
	}
	if def.Status == otelsc.NotYet {
		return // a name of a newer release than semconv.version: not judged
	}
	if def.Status == otelsc.Deprecated || def.Status == otelsc.Removed {
		c.deprecatedAttribute(a, def)
	}
	if !def.Type.Accepts(a.Kind) {
		c.r.Report(AttributeType, pos, end, fmt.Sprintf("attribute %s %s, but gets a%s %s value here (%s)",
			a.Key, c.typeSays(def), an(a.Kind.String()), a.Kind, a.Via))
	}
}

func (c *checker) deprecatedAttribute(a *otelattrs.Attr, def otelsc.Def) {
	pos, end := a.KeyExpr.Pos(), a.KeyExpr.End()
	msg := fmt.Sprintf("attribute %s %s", a.Key, c.deprecationSays(def))
	var fixes []analysis.SuggestedFix
	if rep := def.Replacement; rep != "" && !def.Template {
		msg += "; use " + rep
		if rd, ok := c.vocab.Attribute(rep); ok && rd.Type.Accepts(a.Kind) {
			fixes = renameKey(a, rep, "use "+rep)
		} else if ok {
			msg += fmt.Sprintf(" (a%s %s)", an(rd.Type.Describe()), rd.Type.Describe())
		}
	} else if def.Note != "" {
		msg += ": " + def.Note
	}
	if !a.Semconv.IsZero() {
		msg += fmt.Sprintf(" (the key comes from go.opentelemetry.io/otel/semconv/v%s)", a.Semconv)
	}
	c.r.Report(Deprecated, pos, end, msg, fixes...)
}

// renameKey replaces the key's literal with name, when the key is written
// as a literal where the attribute is built.
func renameKey(a *otelattrs.Attr, name, msg string) []analysis.SuggestedFix {
	if a.KeyLit == nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: a.KeyLit.Pos(), End: a.KeyLit.End(), NewText: []byte(strconv.Quote(name))}},
	}}
}

// typeSays says what type the vocabulary gives a name, and who says so.
func (c *checker) typeSays(def otelsc.Def) string {
	typ := def.Type
	typ.Template = false // the key under a template gets the template's values
	t := typ.Describe()
	if def.Registry {
		return fmt.Sprintf("is declared %s in the registry (%s)", t, c.where(def.Pos))
	}
	via := ""
	if def.Template && def.Name != "" {
		via = " (as " + def.Name + ".*)"
	}
	return fmt.Sprintf("is a%s %s%s in the semantic conventions %s", an(t), t, via, c.vocab.Release)
}

// deprecationSays says since when a name is deprecated or gone.
func (c *checker) deprecationSays(def otelsc.Def) string {
	switch {
	case def.Registry:
		return fmt.Sprintf("is deprecated in the registry (%s)", c.where(def.Pos))
	case def.Status == otelsc.Removed:
		return fmt.Sprintf("is not in the semantic conventions %s (removed in %s)", c.vocab.Release, def.Changed)
	}
	return fmt.Sprintf("is deprecated since the semantic conventions %s", def.Changed)
}

// where prints a registry position: its file relative to the convention
// file's directory, as the convention names it, and its line.
func (c *checker) where(p otelsc.Pos) string {
	file := p.File
	if c.base != "" {
		if rel, err := filepath.Rel(c.base, file); err == nil {
			file = filepath.ToSlash(rel)
		}
	}
	if p.Line == 0 {
		return file
	}
	return file + ":" + strconv.Itoa(p.Line)
}

// an is the article before a word: "an int", "a string".
func an(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "n"
	}
	return ""
}
