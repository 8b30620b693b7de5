package semconv

import (
	"bytes"
	"flag"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/fixtures"
)

var update = flag.Bool("update", false, "rewrite golden files")

// withoutPositions returns reg with what the format does not carry
// cleared: positions, the files read and their digest.
func withoutPositions(reg *Registry) *Registry {
	c := *reg
	c.Files, c.Digest = nil, ""
	strip := func(p *Pos) { *p = Pos{} }
	for _, a := range c.Attributes {
		strip(&a.Pos)
	}
	for _, m := range c.Metrics {
		strip(&m.Pos)
	}
	for _, s := range c.Spans {
		strip(&s.Pos)
	}
	for _, e := range c.Events {
		strip(&e.Pos)
	}
	c.attrs, c.metrics, c.templates = nil, nil, nil
	return &c
}

func TestWriteGolden(t *testing.T) {
	reg := loadTestRegistry(t)
	var buf bytes.Buffer
	if err := WriteRegistry(&buf, reg, "The shop's registry, as obslint writes it.\nDo not edit: testdata/registry is the source."); err != nil {
		t.Fatal(err)
	}
	fixtures.Golden(t, "testdata/registry.golden.yaml", buf.Bytes(), *update)
}

func TestWriteRoundTrip(t *testing.T) {
	reg := loadTestRegistry(t)
	var buf bytes.Buffer
	if err := WriteRegistry(&buf, reg, ""); err != nil {
		t.Fatal(err)
	}
	again, err := ParseFiles([]File{{Name: "exported.yaml", Data: buf.Bytes()}}, Options{Base: base})
	if err != nil {
		t.Fatalf("reading what WriteRegistry wrote: %v\n%s", err, buf.Bytes())
	}
	assertSameRegistry(t, reg, again)
	var buf2 bytes.Buffer
	if err := WriteRegistry(&buf2, again, ""); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Errorf("writing the registry read back gives other bytes:\n%s\n---\n%s", buf.Bytes(), buf2.Bytes())
	}
}

func assertSameRegistry(t *testing.T, want, got *Registry) {
	t.Helper()
	w, g := withoutPositions(want), withoutPositions(got)
	if reflect.DeepEqual(w, g) {
		return
	}
	wl, gl := strings.Split(dump(w), "\n"), strings.Split(dump(g), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var a, b string
		if i < len(wl) {
			a = wl[i]
		}
		if i < len(gl) {
			b = gl[i]
		}
		if a != b {
			t.Fatalf("registries differ:\nwant %s\n got %s", a, b)
		}
	}
	t.Fatalf("registries differ in a way dump does not show")
}

// dump prints a registry one definition a line, for diffs.
func dump(r *Registry) string {
	var b strings.Builder
	for _, a := range r.Attributes {
		c := *a
		c.Deprecated, c.Type.Members = nil, nil
		fmt.Fprintf(&b, "attribute %#v %#v\n", c, a.Deprecated)
		for _, m := range a.Type.Members {
			d := m.Deprecated
			m.Deprecated = nil
			fmt.Fprintf(&b, "  member %#v %#v\n", m, d)
		}
	}
	for _, m := range r.Metrics {
		c := *m
		c.Deprecated = nil
		fmt.Fprintf(&b, "metric %#v %#v\n", c, m.Deprecated)
	}
	for _, s := range r.Spans {
		c := *s
		c.Deprecated = nil
		fmt.Fprintf(&b, "span %#v %#v\n", c, s.Deprecated)
	}
	for _, e := range r.Events {
		c := *e
		c.Deprecated = nil
		fmt.Fprintf(&b, "event %#v %#v\n", c, e.Deprecated)
	}
	return b.String()
}

func TestWriteSynthetic(t *testing.T) {
	// Values the test registry does not hold: numbers that look like
	// other types, strings that look like numbers, text YAML writes
	// awkwardly, enums of ints and doubles.
	reg := &Registry{
		Attributes: []*Attribute{
			{Key: "a.int.enum", Type: Type{Enum: true, Basic: Int, Members: []Member{{ID: "one", Value: int64(1)}, {ID: "two", Value: int64(2), Deprecated: &Deprecation{Reason: Uncategorized, Note: "Two is too many."}}}}},
			{Key: "a.double.enum", Type: Type{Enum: true, Basic: Double, Members: []Member{{ID: "half", Value: 0.5}, {ID: "one", Value: 1.0}}}},
			{Key: "a.bool.enum", Type: Type{Enum: true, Basic: Boolean, Members: []Member{{ID: "yes", Value: true}}}},
			{Key: "a.text", Type: Type{Basic: String}, Brief: "\nleading newline", Note: "  indented\ntrailing space \nend\n",
				Examples: []any{"1", "true", "null", "", "- dash", "# hash", "a: b", int64(-3), 2.0, 1e300, false, nil, []any{"x", int64(1)}, map[string]any{"b": "2", "a": []any{}}}},
			{Key: "a.deprecated.empty", Type: Type{Basic: Boolean}, Deprecated: &Deprecation{}},
			{Key: "a.deprecated.stability", Type: Type{Basic: Boolean}, Stability: StabilityDeprecated, Deprecated: &Deprecation{}},
			{Key: "a.any", Type: Type{Basic: Any}, Stability: ReleaseCandidate},
			{Key: "nonamespace", Type: Type{Basic: Int, Array: true}},
		},
		Metrics: []*Metric{{ID: "metric.a.m", Name: "a.m", Instrument: Gauge, Unit: "", Attributes: []AttrRef{
			{Key: "a.text", Requirement: Requirement{Level: ConditionallyRequired}},
			{Key: "a.int.enum", Requirement: Requirement{Level: Recommended, Text: "when known"}},
		}}},
		Events:  []*Event{{ID: "event.a.e", Name: "a.e"}},
		Spans:   []*Span{{ID: "span.a.s"}},
		Imports: Imports{Metrics: []string{"b.*", "a.m2", "a.m2"}, Spans: []string{"x"}},
	}
	reg.Sort()
	var buf bytes.Buffer
	if err := WriteRegistry(&buf, reg, ""); err != nil {
		t.Fatal(err)
	}
	again, err := ParseFiles([]File{{Name: "x.yaml", Data: buf.Bytes()}}, Options{})
	if err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	assertSameRegistry(t, reg, again)
}
