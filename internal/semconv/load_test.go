package semconv

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// base stands for the OpenTelemetry conventions the test registry builds
// on (it references http.request.method).
func base(key string) bool { return key == "http.request.method" }

func loadTestRegistry(t *testing.T) *Registry {
	t.Helper()
	reg, err := Load([]string{"testdata/registry"}, Options{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestLoadDirectory(t *testing.T) {
	reg := loadTestRegistry(t)
	var files []string
	for _, f := range reg.Files {
		files = append(files, filepath.ToSlash(f))
	}
	if got, want := strings.Join(files, " "), "testdata/registry/attributes.yaml testdata/registry/manifest.yaml testdata/registry/metrics/orders.yaml testdata/registry/signals.yaml"; got != want {
		t.Errorf("files read:\n got %s\nwant %s", got, want)
	}
	var keys []string
	for _, a := range reg.Attributes {
		keys = append(keys, a.Key)
	}
	if got, want := strings.Join(keys, " "), "shop.basket.id shop.cart.id shop.cart.items shop.coupon.codes shop.customer_email shop.discount.ratio shop.gift shop.header shop.legacy.region shop.payment.method shop.warehouse.id"; got != want {
		t.Errorf("attributes:\n got %s\nwant %s", got, want)
	}

	tests := []struct {
		key, typ  string
		stability Stability
		dep       *Deprecation
	}{
		{"shop.cart.id", "string", Development, nil},
		{"shop.cart.items", "int", Stable, nil},
		{"shop.payment.method", "enum", Stable, nil},
		{"shop.discount.ratio", "double", Development, nil}, // experimental
		{"shop.coupon.codes", "string[]", "", nil},
		{"shop.header", "template[string]", "", nil},
		{"shop.basket.id", "string", "", &Deprecation{Reason: Renamed, RenamedTo: "shop.cart.id"}},
		{"shop.customer_email", "string", "", &Deprecation{Note: "Removed: personal data does not belong in telemetry."}},
		{"shop.legacy.region", "string", StabilityDeprecated, &Deprecation{}},
		{"shop.warehouse.id", "string", Development, nil},
	}
	for _, tt := range tests {
		a := reg.Attribute(tt.key)
		if a == nil {
			t.Errorf("%s: not found", tt.key)
			continue
		}
		if a.Type.String() != tt.typ || a.Stability != tt.stability {
			t.Errorf("%s: type %s stability %q, want %s %q", tt.key, a.Type, a.Stability, tt.typ, tt.stability)
		}
		if (a.Deprecated == nil) != (tt.dep == nil) || a.Deprecated != nil && *a.Deprecated != *tt.dep {
			t.Errorf("%s: deprecated %+v, want %+v", tt.key, a.Deprecated, tt.dep)
		}
	}
	pm := reg.Attribute("shop.payment.method")
	if pm.Type.Basic != String || len(pm.Type.Members) != 2 || pm.Type.Members[1].Deprecated == nil || pm.Type.Members[1].Deprecated.Reason != Obsoleted {
		t.Errorf("shop.payment.method members: %+v", pm.Type)
	}
	if a := reg.Attribute("shop.header.accept-encoding"); a == nil || a.Key != "shop.header" {
		t.Errorf("template lookup: got %+v", a)
	}
	if a := reg.Attribute("shop.headers"); a != nil {
		t.Errorf("shop.headers matched %s", a.Key)
	}
	if ex := reg.Attribute("shop.coupon.codes").Examples; len(ex) != 1 || len(ex[0].([]any)) != 2 {
		t.Errorf("examples of shop.coupon.codes: %#v", ex)
	}
	if ex := reg.Attribute("shop.cart.items").Examples; len(ex) != 1 || ex[0] != int64(3) {
		t.Errorf("examples of shop.cart.items: %#v", ex)
	}

	metrics := []struct {
		name, inst, unit, attrs string
		deprecated              bool
	}{
		{"shop.cart.size", "gauge", "{item}", "", true},
		{"shop.checkout.duration", "histogram", "s", "http.request.method:conditionally_required shop.payment.method:opt_in", false},
		{"shop.orders", "counter", "{order}", "http.request.method:conditionally_required shop.gift:recommended shop.payment.method:required", false},
		{"shop.shipments", "updowncounter", "{shipment}", "shop.cart.id: shop.warehouse.id:", false},
	}
	if len(reg.Metrics) != len(metrics) {
		t.Errorf("%d metrics, want %d", len(reg.Metrics), len(metrics))
	}
	for _, tt := range metrics {
		m := reg.Metric(tt.name)
		if m == nil {
			t.Errorf("metric %s: not found", tt.name)
			continue
		}
		var attrs []string
		for _, a := range m.Attributes {
			attrs = append(attrs, a.Key+":"+a.Requirement.Level)
		}
		if string(m.Instrument) != tt.inst || m.Unit != tt.unit || strings.Join(attrs, " ") != tt.attrs || (m.Deprecated != nil) != tt.deprecated {
			t.Errorf("metric %s: %s %s [%s] deprecated=%v, want %s %s [%s] %v", tt.name, m.Instrument, m.Unit, strings.Join(attrs, " "), m.Deprecated != nil, tt.inst, tt.unit, tt.attrs, tt.deprecated)
		}
	}
	if m := reg.Metric("shop.checkout.duration"); m.Attributes[0].Requirement.Text != "If the order came in over HTTP." {
		t.Errorf("inherited condition: %+v", m.Attributes[0])
	}
	if m := reg.Metric("shop.orders"); m.ID != "metric.shop.orders" || m.Pos.Line != 14 || filepath.Base(m.Pos.File) != "orders.yaml" {
		t.Errorf("shop.orders: id %s at %s", m.ID, m.Pos)
	}
	if len(reg.Spans) != 1 || reg.Spans[0].ID != "span.shop.checkout" || reg.Spans[0].Kind != "server" || len(reg.Spans[0].Attributes) != 2 {
		t.Errorf("spans: %+v", reg.Spans)
	}
	if got := strings.Join(reg.Imports.Metrics, " ") + "; " + strings.Join(reg.Imports.AttributeGroups, " "); got != "http.client.* http.server.request.duration; registry.http" {
		t.Errorf("imports: %s", got)
	}
	if len(reg.Events) != 1 || reg.Events[0].Name != "shop.order.cancelled" {
		t.Errorf("events: %+v", reg.Events)
	}
}

func TestLoadFileAndRelative(t *testing.T) {
	reg, err := Load([]string{"attributes.yaml"}, Options{Dir: "testdata/registry"})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Attributes) != 10 || len(reg.Metrics) != 0 {
		t.Errorf("got %d attributes, %d metrics", len(reg.Attributes), len(reg.Metrics))
	}
}

func TestLoadErrors(t *testing.T) {
	const head = "groups:\n  - id: registry.shop\n    type: attribute_group\n    attributes:\n"
	tests := []struct {
		name, data string
		opts       Options
		want       string // the error without the file name
	}{
		{"yaml", "groups: [", Options{}, ":1: invalid YAML: did not find expected node content"},
		{"not a mapping", "- a\n- b\n", Options{}, ":1:1: a registry file is a YAML mapping (groups: ...), not a list"},
		{"unknown top key", "grups: []\n", Options{}, `:1:1: grups: unknown key "grups"; did you mean "groups"? (known keys: file_format, groups, imports)`},
		{"unknown group key", "groups:\n  - id: x\n    type: metric\n    metric_nme: a\n", Options{}, `:4:5: groups[0].metric_nme: unknown key "metric_nme"; did you mean "metric_name"? (known keys: `},
		{"group type", "groups:\n  - id: x\n    type: metrc\n", Options{}, `:3:11: groups[0].type: unknown value "metrc"; did you mean "metric"? (want attribute_group, span, event, metric, metric_group, entity, resource, scope)`},
		{"no id", "groups:\n  - type: span\n", Options{}, ":2:5: groups[0]: missing id"},
		{"empty id", "groups:\n  - id: \"\"\n", Options{}, ":2:9: groups[0].id: must not be empty"},
		{"id with space", "groups:\n  - id: a b\n", Options{}, `:2:9: groups[0].id: "a b" must not contain spaces`},
		{"key twice", "groups:\n  - id: a\n    id: b\n", Options{}, ":3:5: groups[0].id: key appears twice"},
		{"attr type", head + "      - id: shop.x\n        type: strng\n", Options{}, `:6:15: groups[0].attributes[0].type: unknown type "strng" (want string, int, double, boolean, string[], int[], double[], boolean[], any, template[T] of those, or an enum (members: ...))`},
		{"attr no type", head + "      - id: shop.x\n", Options{}, `:5:9: groups[0].attributes[0]: attribute "shop.x" has no type`},
		{"attr neither", head + "      - brief: x\n", Options{}, `:5:9: groups[0].attributes[0]: an attribute needs id (a definition) or ref (a use of one defined elsewhere)`},
		{"attr not mapping", head + "      - shop.x\n", Options{}, `:5:9: groups[0].attributes[0]: want a mapping (id: ... or ref: ...), got the value "shop.x"`},
		{"attr unknown key", head + "      - id: shop.x\n        type: int\n        exemples: [1]\n", Options{}, `:7:9: groups[0].attributes[0].exemples: unknown key "exemples"; did you mean "examples"?`},
		{"ref unknown key", head + "      - ref: shop.x\n        type: int\n", Options{}, `:6:9: groups[0].attributes[0].type: unknown key "type" (known keys: annotations, brief, deprecated, examples, note, prefix, ref, required, requirement_level, role, sampling_relevant, stability, tag)`},
		{"stability", head + "      - id: shop.x\n        type: int\n        stability: stabel\n", Options{}, `:7:20: groups[0].attributes[0].stability: unknown value "stabel"; did you mean "stable"?`},
		{"deprecated reason", head + "      - id: shop.x\n        type: int\n        deprecated: {reason: gone}\n", Options{}, `:7:30: groups[0].attributes[0].deprecated.reason: unknown value "gone" (want renamed, obsoleted, uncategorized)`},
		{"renamed without target", head + "      - id: shop.x\n        type: int\n        deprecated: {reason: renamed}\n", Options{}, `:7:21: groups[0].attributes[0].deprecated: reason renamed needs renamed_to`},
		{"requirement level", head + "      - id: shop.x\n        type: int\n        requirement_level: always\n", Options{}, `:7:28: groups[0].attributes[0].requirement_level: unknown requirement level "always"`},
		{"enum mixed", head + "      - id: shop.x\n        type:\n          members:\n            - {id: a, value: a}\n            - {id: b, value: 2}\n", Options{}, `:9:30: groups[0].attributes[0].type.members[1].value: member values must share one type: this one is int, the first was string`},
		{"enum empty", head + "      - id: shop.x\n        type: {members: []}\n", Options{}, `:6:15: groups[0].attributes[0].type: an enum needs members`},
		{"enum dup", head + "      - id: shop.x\n        type:\n          members:\n            - {id: a, value: a}\n            - {id: a, value: b}\n", Options{}, `:9:16: groups[0].attributes[0].type.members[1].id: member "a" appears twice`},
		{"metric no instrument", "groups:\n  - id: m\n    type: metric\n    metric_name: shop.m\n    unit: s\n", Options{}, `:2:5: groups[0]: metric "shop.m" has no instrument (want counter, updowncounter, histogram, gauge)`},
		{"metric instrument", "groups:\n  - id: m\n    type: metric\n    metric_name: shop.m\n    instrument: up_down_counter\n    unit: s\n", Options{}, `:5:17: groups[0].instrument: unknown value "up_down_counter"; did you mean "updowncounter"? (want counter, updowncounter, histogram, gauge)`},
		{"metric no unit", "groups:\n  - id: m\n    type: metric\n    metric_name: shop.m\n    instrument: counter\n", Options{}, `:2:5: groups[0]: metric "shop.m" has no unit (write unit: "1" for a dimensionless one)`},
		{"unit on span", "groups:\n  - id: s\n    type: span\n    unit: s\n", Options{}, `:4:5: groups[0].unit: only metric groups have unit (this group's type is "span")`},
		{"unknown ref", head + "      - ref: shop.y\n", Options{}, `:5:14: ref "shop.y": no such attribute in the registry`},
		{"unknown ref with base", head + "      - ref: htp.request.method\n", Options{Base: base}, `:5:14: ref "htp.request.method": no such attribute in the registry or the OpenTelemetry semantic conventions`},
		{"ref suggestion", head + "      - id: shop.cart.id\n        type: string\n      - ref: shop.cart.ids\n", Options{}, `:7:14: ref "shop.cart.ids": no such attribute in the registry; did you mean "shop.cart.id"?`},
		{"duplicate attribute", head + "      - id: shop.x\n        type: int\n      - id: shop.x\n        type: int\n", Options{}, `:7:13: attribute "shop.x" is declared twice (first at `},
		{"duplicate group", "groups:\n  - id: a\n  - id: a\n", Options{}, `:3:9: group id "a" is used twice (first at `},
		{"duplicate metric", "groups:\n  - {id: a, type: metric, metric_name: m, instrument: counter, unit: s}\n  - {id: b, type: metric, metric_name: m, instrument: counter, unit: s}\n", Options{}, `:3:40: metric "m" is declared twice (first at `},
		{"extends unknown", "groups:\n  - id: a\n    extends: bb\n  - id: b\n", Options{}, `:3:14: extends "bb": no such group; did you mean "b"?`},
		{"extends cycle", "groups:\n  - id: a\n    extends: b\n  - id: b\n    extends: a\n", Options{}, `: group "a" extends itself through a cycle`},
		{"v2 unknown format", "file_format: definition/3\n", Options{}, `:1:14: file_format: unknown file format "definition/3" (want definition/1 or definition/2)`},
		{"v2 unknown key", "file_format: definition/2\nmetric:\n  - name: m\n", Options{}, `:2:1: metric: unknown key "metric"; did you mean "metrics"?`},
		{"v2 attribute key", "file_format: definition/2\nattributes:\n  - id: shop.x\n    type: int\n", Options{}, `:3:5: attributes[0].id: unknown key "id" (known keys: annotations, brief, deprecated, examples, key, note, stability, type)`},
		{"v2 ref_group unknown", "file_format: definition/2\nmetrics:\n  - name: m\n    instrument: gauge\n    unit: \"1\"\n    attributes:\n      - ref_group: nope\n", Options{}, `:7:20: ref_group "nope": no such group`},
		{"v2 span kind", "file_format: definition/2\nspans:\n  - type: s\n    kind: servr\n", Options{}, `:4:11: spans[0].kind: unknown value "servr"; did you mean "server"?`},
		{"long value is cut", head + "      - id: shop.x\n        type: " + strings.Repeat("x", 500) + "\n", Options{}, `type: unknown type "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (want`},
		{"control characters quoted", head + "      - id: shop.x\n        type: \"\\e[31mred\"\n", Options{}, `unknown type "\x1b[31mred"`},
		{"alias bomb", aliasBomb(), Options{}, "too many nodes: aliases expand this file beyond what a registry needs"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".yaml")
			if err := os.WriteFile(file, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load([]string{file}, tt.opts)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			msg := strings.TrimPrefix(err.Error(), file)
			if !strings.HasPrefix(err.Error(), file) || !strings.Contains(msg, tt.want) {
				t.Errorf("got  %s\nwant %s%s", err, file, tt.want)
			}
			if len(msg) > 600 {
				t.Errorf("error is %d bytes long", len(msg))
			}
		})
	}
}

// aliasBomb nests aliases so that walking the document naively would
// visit 10^9 nodes.
func aliasBomb() string {
	var b strings.Builder
	b.WriteString("groups:\n  - id: x\n    attributes:\n      - id: shop.x\n        type: int\n        examples:\n")
	b.WriteString("          - &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "          - &a%d [", i)
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestLoadUntrustedFiles(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte("groups: []\n"+strings.Repeat("# padding\n", MaxFileSize/10+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no fifos here:", err)
	}
	linkDir := filepath.Join(dir, "links")
	if err := os.Mkdir(linkDir, 0o755); err != nil {
		t.Fatal(err)
	}
	// A link to a directory is not followed (no loops); a link to a file is.
	if err := os.Symlink(dir, filepath.Join(linkDir, "loop.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(mustAbs(t, "testdata/registry/attributes.yaml")), filepath.Join(linkDir, "attrs.yaml")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, want string
	}{
		{big, big + ": file is larger than 4 MiB"},
		{fifo, fifo + ": not a regular file"},
		{filepath.Join(dir, "missing.yaml"), filepath.Join(dir, "missing.yaml") + ": cannot read registry: no such file or directory"},
	}
	for _, tt := range tests {
		_, err := Load([]string{tt.path}, Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("Load(%s) = %v, want %s", filepath.Base(tt.path), err, tt.want)
		}
	}
	reg, err := Load([]string{linkDir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Attributes) != 10 {
		t.Errorf("through links: %d attributes, want 10", len(reg.Attributes))
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestQuote(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"abc", `"abc"`},
		{strings.Repeat("é", 50), `"` + strings.Repeat("é", 40) + `"...`},
		{"a\x1b[0mb", `"a\x1b[0mb"`},
	} {
		if got := quote(tt.in); got != tt.want {
			t.Errorf("quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestLoadManifest(t *testing.T) {
	dir := t.TempDir()
	manifest := filepath.Join(dir, "registry_manifest.yaml")
	if err := os.WriteFile(manifest, []byte("name: shop\nsemconv_verison: 1.37.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load([]string{dir}, Options{})
	want := manifest + `:2:1: semconv_verison: unknown key "semconv_verison"; did you mean "semconv_version"?`
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("got %v\nwant %s...", err, want)
	}
}
