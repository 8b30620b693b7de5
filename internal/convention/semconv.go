package convention

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/internal/semconv"
)

// Semconv is the semconv section: the OpenTelemetry semantic conventions
// release to check against, the company's registries (Weaver YAML) and the
// namespaces it owns.
type Semconv struct {
	// Version is the release of the OpenTelemetry semantic conventions
	// ("1.37.0"); empty means the newest obslint ships.
	Version string `yaml:"version" json:"version"`
	// Registries are files or directories of registry YAML, relative to
	// the convention file that names them; the loader makes them absolute.
	Registries []string `yaml:"registries" json:"registries"`
	// OwnedNamespaces are attribute key and metric name prefixes ("shop"
	// owns shop.cart.id) whose names a registry must declare.
	OwnedNamespaces []string `yaml:"owned_namespaces" json:"owned_namespaces"`

	release  semconv.Version
	registry *semconv.Registry
}

// Release is the conventions release to check against: Version, or the
// newest in obslint's table.
func (s *Semconv) Release() semconv.Version {
	if s.release.IsZero() {
		return semconv.Builtin().Latest()
	}
	return s.release
}

// Registry is the company registry the registries hold together, or nil
// when there is none.
func (s *Semconv) Registry() *semconv.Registry { return s.registry }

// SetRegistry sets the registry, for tests and tools that build one in
// code rather than in files.
func (s *Semconv) SetRegistry(r *semconv.Registry) { s.registry = r }

// registryFiles are the files the registry was read from. The
// convention's Hash covers their content (the loader adds the registry's
// Digest to its own): editing a registry must re-analyse.
func (s *Semconv) registryFiles() []string {
	if s.registry == nil {
		return nil
	}
	return s.registry.Files
}

// absRegistries makes the registries a file sets relative to that file,
// right after the file is decoded: a registry named in a base convention
// lies next to the base, not next to the file that extends it.
func absRegistries(file string, root *yaml.Node, c *Convention) {
	if !setsKey(root, "semconv", "registries") {
		return
	}
	for i, r := range c.Semconv.Registries {
		if r != "" && !filepath.IsAbs(r) {
			c.Semconv.Registries[i] = filepath.Join(filepath.Dir(file), r)
		}
	}
}

// setsKey reports whether the mapping n has the nested key path.
func setsKey(n *yaml.Node, path ...string) bool {
	for _, k := range path {
		if n.Kind != yaml.MappingNode {
			return false
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
			}
		}
		if next == nil {
			return false
		}
		n = next
	}
	return true
}

// validateSemconv checks the section and loads the registries.
func (l *loader) validateSemconv(c *Convention, errAt func(key, format string, args ...any) error) error {
	s := &c.Semconv
	table := semconv.Builtin()
	if s.Version != "" {
		v, err := semconv.ParseVersion(s.Version)
		if err != nil {
			return errAt("semconv.version", "%v", err)
		}
		vs := table.Versions()
		switch {
		case table.Latest().Less(v):
			return errAt("semconv.version", "obslint knows the semantic conventions up to %s; upgrade obslint, or check against %s", table.Latest(), table.Latest())
		case !table.Covers(v):
			return errAt("semconv.version", "%s is not a release of the semantic conventions (obslint knows %s to %s; the releases are those of go.opentelemetry.io/otel/semconv/vX)", v, vs[0], table.Latest())
		}
		s.release = v
	}
	for i, ns := range s.OwnedNamespaces {
		key := fmt.Sprintf("semconv.owned_namespaces[%d]", i)
		switch {
		case ns == "":
			return errAt(key, "empty namespace")
		case strings.ContainsAny(ns, " \t/:"):
			return errAt(key, "namespace %q must be a dotted prefix of attribute keys and metric names, like shop or shop.payments", ns)
		case strings.HasPrefix(ns, ".") || strings.HasSuffix(ns, ".") || strings.Contains(ns, ".."):
			return errAt(key, "namespace %q: write it without leading, trailing or double dots (shop owns shop.cart.id)", ns)
		}
		if info, ok := table.Attribute(ns, s.Release()); ok && info.Name == ns {
			return errAt(key, "namespace %q is an attribute of the OpenTelemetry semantic conventions; own a namespace of your own", ns)
		}
	}
	if len(s.Registries) == 0 {
		return nil
	}
	for i, r := range s.Registries {
		key := fmt.Sprintf("semconv.registries[%d]", i)
		if strings.TrimSpace(r) == "" {
			return errAt(key, "empty path")
		}
		if _, err := os.Stat(r); err != nil {
			var pe *os.PathError
			msg := err.Error()
			if errors.As(err, &pe) {
				msg = pe.Err.Error()
			}
			return errAt(key, "cannot read registry %s: %s", r, msg)
		}
		if !l.allowed(realPath(r)) {
			return errAt(key, "%s is outside the repository (%s); registries are read below it only, unless the convention lists the directory in allow_extends_from", r, l.root)
		}
	}
	reg, err := semconv.Load(s.Registries, semconv.Options{Base: table.Base(s.Release()), Allow: l.allowed})
	if err != nil {
		var se *semconv.Error
		if errors.As(err, &se) {
			return &Error{File: se.File, Line: se.Line, Col: se.Col, Key: se.Key, Msg: se.Msg}
		}
		return err
	}
	s.registry = reg
	l.digest.Write([]byte("registry\x00" + reg.Digest + "\x00"))
	return nil
}

// Vocabulary is what the section agrees on, for lookups.
func (s *Semconv) Vocabulary() *semconv.Vocabulary {
	return &semconv.Vocabulary{Conventions: semconv.Builtin(), Release: s.Release(), Registry: s.registry, Owned: s.OwnedNamespaces}
}
