package semconv

import (
	"sort"

	"github.com/obslint/obslint/internal/naming"
)

// Vocabulary is what a convention's semconv section agrees on: the
// conventions at one release, the company's registry and the namespaces
// it owns. The registry is asked first, so a company may define a name the
// conventions do not (or define it for itself).
type Vocabulary struct {
	Conventions *Conventions
	Release     Version
	Registry    *Registry // nil when there is none
	Owned       []string
}

// Def is a vocabulary's definition of a name.
type Def struct {
	// Name is the name defined: the key asked about, or the template
	// attribute it falls under.
	Name     string
	Template bool
	// Registry is set when the company registry defines the name; Pos is
	// then where.
	Registry bool
	Pos      Pos
	Status   Status
	// Type is an attribute's type; Instrument and Unit a metric's.
	Type       Type
	Instrument Instrument
	Unit       string
	// Changed is the release from which the conventions deprecate or no
	// longer define the name.
	Changed     Version
	Replacement string
	Note        string
}

// Attribute returns the definition of key, and false when neither the
// registry nor the conventions (at any release) know it.
func (v *Vocabulary) Attribute(key string) (Def, bool) {
	if v.Registry != nil {
		if a := v.Registry.Attribute(key); a != nil {
			d := Def{Name: a.Key, Template: a.Type.Template, Registry: true, Pos: a.Pos, Status: Defined, Type: a.Type}
			deprecation(&d, a.Deprecated, a.Stability)
			return d, true
		}
	}
	if v.Conventions == nil {
		return Def{}, false
	}
	info, ok := v.Conventions.Attribute(key, v.Release)
	if !ok || info.Local {
		return Def{}, false
	}
	return fromInfo(info), true
}

// GoAttribute is Attribute for a key taken from a Go semconv package
// (semconv.StateKey of v1.24.0): the conventions' metric-local attributes
// (Info.Local) count too, since the code asked for the conventions' name.
func (v *Vocabulary) GoAttribute(key string) (Def, bool) {
	if d, ok := v.Attribute(key); ok || v.Conventions == nil {
		return d, ok
	}
	info, ok := v.Conventions.Attribute(key, v.Release)
	if !ok {
		return Def{}, false
	}
	return fromInfo(info), true
}

// Metric returns the definition of the metric called name.
func (v *Vocabulary) Metric(name string) (Def, bool) {
	if v.Registry != nil {
		if m := v.Registry.Metric(name); m != nil {
			d := Def{Name: m.Name, Registry: true, Pos: m.Pos, Status: Defined, Instrument: m.Instrument, Unit: m.Unit}
			deprecation(&d, m.Deprecated, m.Stability)
			return d, true
		}
	}
	if v.Conventions == nil {
		return Def{}, false
	}
	info, ok := v.Conventions.Metric(name, v.Release)
	if !ok {
		return Def{}, false
	}
	return fromInfo(info), true
}

// deprecation fills in a registry definition's deprecation; renamed_to is
// the replacement.
func deprecation(d *Def, dep *Deprecation, st Stability) {
	if dep == nil && st != StabilityDeprecated {
		return
	}
	d.Status = Deprecated
	if dep != nil {
		d.Replacement, d.Note = dep.RenamedTo, dep.Note
	}
}

func fromInfo(info Info) Def {
	return Def{Name: info.Name, Template: info.Template, Status: info.Status, Type: info.Type, Instrument: info.Instrument,
		Unit: info.Unit, Changed: info.Changed, Replacement: info.Replacement, Note: info.Note}
}

// Owner returns the owned namespace name falls under, or "".
func (v *Vocabulary) Owner(name string) string { return Owner(name, v.Owned) }

// SuggestAttribute returns the registry's attribute key closest to key
// (one or two edits away), for "did you mean", or "".
func (v *Vocabulary) SuggestAttribute(key string) string {
	if v.Registry == nil {
		return ""
	}
	names := make([]string, 0, len(v.Registry.Attributes))
	for _, a := range v.Registry.Attributes {
		names = append(names, a.Key)
	}
	return naming.Closest(key, names)
}

// SuggestMetric is SuggestAttribute for metric names.
func (v *Vocabulary) SuggestMetric(name string) string {
	if v.Registry == nil {
		return ""
	}
	names := make([]string, 0, len(v.Registry.Metrics))
	for _, m := range v.Registry.Metrics {
		names = append(names, m.Name)
	}
	sort.Strings(names)
	return naming.Closest(name, names)
}
