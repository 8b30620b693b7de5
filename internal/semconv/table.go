package semconv

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -o conventions.txt

// conventionsTable is the generated table (see internal/gen and
// docs/semconv.md): every attribute and metric of the OpenTelemetry
// semantic conventions since 1.4.0, with the releases that define it.
//
//go:embed conventions.txt
var conventionsTable []byte

var (
	builtinOnce sync.Once
	builtin     *Conventions
)

// Builtin returns the OpenTelemetry semantic conventions obslint ships.
// The table is parsed on first use and shared; a Conventions is read-only.
func Builtin() *Conventions {
	builtinOnce.Do(func() {
		c, err := ParseConventions(conventionsTable)
		if err != nil {
			panic("semconv: embedded table: " + err.Error()) // a generator bug; the tests catch it
		}
		builtin = c
	})
	return builtin
}

// Conventions is the history of the OpenTelemetry semantic conventions:
// for each attribute and metric name, which releases define it, with what
// type (or instrument and unit), and from which release it is deprecated.
type Conventions struct {
	versions  []Version
	attrs     map[string]*entry
	templates []*entry // template attributes, longest first
	metrics   map[string]*entry
}

// entry is one name's history.
type entry struct {
	name         string
	segs         []segment
	stability    Stability
	replacements []string // best first
	note         string
	template     bool
	local        bool // a metric-local attribute of old releases ("l")
}

// segment is a run of releases (indexes into versions) with one shape.
type segment struct {
	from, to   int
	typ        Type       // attributes
	instrument Instrument // metrics
	unit       string
	deprecated bool
}

// ParseConventions reads a table in the generator's format.
func ParseConventions(data []byte) (*Conventions, error) {
	c := &Conventions{attrs: make(map[string]*entry), metrics: make(map[string]*entry)}
	for n, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		errf := func(format string, args ...any) error {
			return fmt.Errorf("line %d: %s", n+1, fmt.Sprintf(format, args...))
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "v":
			if len(f) != 2 || c.versions != nil {
				return nil, errf("want one versions line")
			}
			for _, s := range strings.Fields(f[1]) {
				v, err := ParseVersion(s)
				if err != nil {
					return nil, errf("%v", err)
				}
				if len(c.versions) > 0 && !c.versions[len(c.versions)-1].Less(v) {
					return nil, errf("versions out of order")
				}
				c.versions = append(c.versions, v)
			}
		case "a", "l", "m":
			if len(f) != 6 || c.versions == nil {
				return nil, errf("want 6 fields after the versions line")
			}
			e := &entry{name: f[1], stability: Stability(f[3]), note: undash(f[5])}
			if r := undash(f[4]); r != "" {
				e.replacements = strings.Split(r, "|")
			}
			for _, s := range strings.Split(f[2], ",") {
				seg, err := c.parseSegment(s, f[0] == "m")
				if err != nil {
					return nil, errf("%s: %v", e.name, err)
				}
				e.segs = append(e.segs, seg)
			}
			if f[0] == "m" {
				c.metrics[e.name] = e
				continue
			}
			e.template = e.segs[len(e.segs)-1].typ.Template
			e.local = f[0] == "l"
			c.attrs[e.name] = e
			if e.template {
				c.templates = append(c.templates, e)
			}
		default:
			return nil, errf("unknown record %q", f[0])
		}
	}
	if len(c.versions) == 0 {
		return nil, fmt.Errorf("no versions line")
	}
	sort.Slice(c.templates, func(i, j int) bool {
		a, b := c.templates[i].name, c.templates[j].name
		return len(a) > len(b) || len(a) == len(b) && a < b
	})
	return c, nil
}

func undash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func (c *Conventions) parseSegment(s string, metric bool) (segment, error) {
	rng, shape, ok := strings.Cut(s, "=")
	if !ok {
		return segment{}, fmt.Errorf("segment %q: no shape", s)
	}
	var seg segment
	shape, seg.deprecated = strings.CutSuffix(shape, "!")
	from, to, isRange := strings.Cut(rng, "-")
	var err1, err2 error
	seg.from, err1 = strconv.Atoi(from)
	seg.to = seg.from
	if isRange {
		seg.to, err2 = strconv.Atoi(to)
	}
	if err1 != nil || err2 != nil || seg.from < 0 || seg.to < seg.from || seg.to >= len(c.versions) {
		return segment{}, fmt.Errorf("segment %q: bad release range", s)
	}
	if metric {
		inst, unit, ok := strings.Cut(shape, ":")
		if !ok {
			return segment{}, fmt.Errorf("segment %q: want INSTRUMENT:UNIT", s)
		}
		seg.instrument, seg.unit = Instrument(inst), undash(unit)
		return seg, nil
	}
	if base, ok := strings.CutPrefix(shape, "enum:"); ok {
		t, ok := ParseType(base)
		if !ok {
			return segment{}, fmt.Errorf("segment %q: bad enum type", s)
		}
		t.Enum = true
		seg.typ = t
		return seg, nil
	}
	t, ok := ParseType(shape)
	if !ok {
		return segment{}, fmt.Errorf("segment %q: bad type", s)
	}
	seg.typ = t
	return seg, nil
}

// Versions lists the releases the table covers, oldest first.
func (c *Conventions) Versions() []Version { return c.versions }

// Latest is the newest release the table covers.
func (c *Conventions) Latest() Version { return c.versions[len(c.versions)-1] }

// Covers reports whether v is one of the releases in the table.
func (c *Conventions) Covers(v Version) bool {
	_, exact := c.index(v)
	return exact
}

// index returns the index of the newest covered release not newer than v
// (the oldest when v is older than every release), and whether it is v.
func (c *Conventions) index(v Version) (int, bool) {
	i := sort.Search(len(c.versions), func(i int) bool { return v.Less(c.versions[i]) }) - 1
	if i < 0 {
		return 0, false
	}
	return i, c.versions[i] == v
}

// Status is what a release says about a name.
type Status uint8

// Statuses.
const (
	// Defined: the release defines the name.
	Defined Status = iota + 1
	// Deprecated: the release defines the name as deprecated.
	Deprecated
	// Removed: an older release defined the name, this one does not.
	Removed
	// NotYet: only newer releases define the name.
	NotYet
)

func (s Status) String() string {
	switch s {
	case Defined:
		return "defined"
	case Deprecated:
		return "deprecated"
	case Removed:
		return "removed"
	case NotYet:
		return "not yet defined"
	}
	return "unknown"
}

// Info is what the conventions at one release say about a name.
type Info struct {
	// Name is the name the table knows: the key asked about, or the
	// template attribute it falls under.
	Name     string
	Template bool
	Status   Status
	// Type is the attribute's type at the release (for Removed, the last
	// known one; for NotYet, the first).
	Type Type
	// Instrument and Unit are the metric's, likewise.
	Instrument Instrument
	Unit       string
	Stability  Stability
	// Since is the first covered release that defines the name.
	Since Version
	// Changed is the release where the status began: the first of the
	// run of deprecated releases, or the first release without the name.
	Changed Version
	// Replacement is the name to use instead at the release, when the
	// conventions name one and the release defines it; Note explains a
	// deprecation without one.
	Replacement string
	Note        string
	// Local marks a metric-local attribute of old releases outside any
	// namespace (state, type, pool.name): the conventions meant it only on
	// a few metrics, and code uses such words for its own purposes.
	Local bool
}

// Attribute describes key at release v. A key under a template attribute
// ("http.request.header.x-id") is described by the template. For a v the
// table does not cover, the newest older release answers.
func (c *Conventions) Attribute(key string, v Version) (Info, bool) {
	e := c.attrs[key]
	if e == nil {
		for _, t := range c.templates {
			if strings.HasPrefix(key, t.name+".") {
				e = t
				break
			}
		}
	}
	if e == nil {
		return Info{}, false
	}
	return c.info(e, v, c.attrs), true
}

// Metric describes the metric name at release v.
func (c *Conventions) Metric(name string, v Version) (Info, bool) {
	e := c.metrics[name]
	if e == nil {
		return Info{}, false
	}
	return c.info(e, v, c.metrics), true
}

func (c *Conventions) info(e *entry, v Version, names map[string]*entry) Info {
	i, _ := c.index(v)
	info := Info{Name: e.name, Template: e.template, Stability: e.stability, Note: e.note, Since: c.versions[e.segs[0].from], Local: e.local}
	var seg segment
	switch {
	case i < e.segs[0].from:
		seg = e.segs[0]
		info.Status = NotYet
	default:
		for k, s := range e.segs {
			if i >= s.from && i <= s.to {
				seg = s
				info.Status, info.Changed = Defined, Version{}
				if s.deprecated {
					info.Status = Deprecated
					start := s.from
					for k > 0 && e.segs[k-1].deprecated && e.segs[k-1].to == start-1 {
						k--
						start = e.segs[k].from
					}
					info.Changed = c.versions[start]
				}
				break
			}
			if s.from > i {
				break
			}
			seg = s
			info.Status = Removed
			info.Changed = c.versions[s.to+1]
		}
	}
	info.Type, info.Instrument, info.Unit = seg.typ, seg.instrument, seg.unit
	if info.Status == Deprecated || info.Status == Removed {
		info.Replacement = c.replacement(e, i, names)
	}
	return info
}

// replacement is the first of e's replacements that release i defines,
// following each through its own replacements: a.b renamed to a.c, itself
// renamed to a.d by a later release, gives a.d at that release and a.c
// before it.
func (c *Conventions) replacement(e *entry, i int, names map[string]*entry) string {
	seen := map[string]bool{e.name: true}
	var follow func(string) string
	follow = func(r string) string {
		if seen[r] {
			return ""
		}
		seen[r] = true
		next := names[r]
		if next == nil {
			return ""
		}
		switch next.statusAt(i) {
		case Defined:
			return r
		case Deprecated, Removed:
			for _, rr := range next.replacements {
				if got := follow(rr); got != "" {
					return got
				}
			}
		}
		return ""
	}
	for _, r := range e.replacements {
		if got := follow(r); got != "" {
			return got
		}
	}
	return ""
}

func (e *entry) statusAt(i int) Status {
	if i < e.segs[0].from {
		return NotYet
	}
	for _, s := range e.segs {
		if i >= s.from && i <= s.to {
			if s.deprecated {
				return Deprecated
			}
			return Defined
		}
	}
	return Removed
}

// AttributeKeys lists the attribute keys in the table, sorted; for tests
// and tools.
func (c *Conventions) AttributeKeys() []string { return sortedNames(c.attrs) }

// MetricNames lists the metric names in the table, sorted.
func (c *Conventions) MetricNames() []string { return sortedNames(c.metrics) }

func sortedNames(m map[string]*entry) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// Base returns a function reporting whether release v defines key (even
// as deprecated): Options.Base for a company registry that references the
// OpenTelemetry attributes it builds on.
func (c *Conventions) Base(v Version) func(key string) bool {
	return func(key string) bool {
		info, ok := c.Attribute(key, v)
		return ok && (info.Status == Defined || info.Status == Deprecated)
	}
}
