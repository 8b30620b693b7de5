package semconv

import (
	"strings"
	"testing"
)

func TestBuiltinTable(t *testing.T) {
	c := Builtin()
	if got := c.Latest().String(); got != "1.44.0" {
		t.Errorf("latest release %s, want 1.44.0", got)
	}
	// The releases whose Go packages go.opentelemetry.io/otel/semconv/vX
	// exist, from v1.4.0 (v1.6.1, not v1.6.0) to the newest.
	for _, v := range []string{"1.4.0", "1.6.1", "1.17.0", "1.20.0", "1.21.0", "1.23.1", "1.26.0", "1.37.0", "1.41.1", "1.43.0"} {
		if !c.Covers(MustParseVersion(v)) {
			t.Errorf("release %s not covered", v)
		}
	}
	if c.Covers(MustParseVersion("1.6.0")) || c.Covers(MustParseVersion("1.45.0")) {
		t.Error("covers releases that do not exist")
	}
	if n := len(c.AttributeKeys()); n < 1000 {
		t.Errorf("%d attribute keys, want 1000 or more", n)
	}
	if n := len(c.MetricNames()); n < 500 {
		t.Errorf("%d metric names, want 500 or more", n)
	}
	if len(conventionsTable) > 150_000 {
		t.Errorf("the embedded table is %d bytes; it ships in the binary: keep it compact", len(conventionsTable))
	}
}

func TestBuiltinAttributes(t *testing.T) {
	tests := []struct {
		key, version string
		status       Status
		name, typ    string
		since        string
		changed      string
		replacement  string
		note         string
	}{
		// http.method: the name of semconv/v1.20.0, deprecated from 1.21.0.
		{"http.method", "1.20.0", Defined, "http.method", "string", "1.4.0", "", "", ""},
		{"http.method", "1.21.0", Deprecated, "http.method", "string", "1.4.0", "1.21.0", "http.request.method", ""},
		{"http.method", "1.37.0", Deprecated, "http.method", "string", "1.4.0", "1.21.0", "http.request.method", ""},
		{"http.request.method", "1.20.0", NotYet, "http.request.method", "enum", "1.21.0", "", "", ""},
		{"http.request.method", "1.37.0", Defined, "http.request.method", "enum", "1.21.0", "", "", ""},
		{"http.status_code", "1.37.0", Deprecated, "http.status_code", "int", "1.4.0", "1.21.0", "http.response.status_code", ""},
		{"http.response.status_code", "1.37.0", Defined, "http.response.status_code", "int", "1.21.0", "", "", ""},
		// Deprecated without one replacement: the note says what to do.
		{"net.peer.name", "1.37.0", Deprecated, "net.peer.name", "string", "1.4.0", "1.21.0", "", "`server.address` on client spans and `client.address` on server spans"},
		// Renamed twice: net.peer.ip became net.sock.peer.addr in 1.13.0,
		// which became network.peer.address in 1.22.0.
		{"net.peer.ip", "1.12.0", Defined, "net.peer.ip", "string", "1.4.0", "", "", ""},
		{"net.peer.ip", "1.20.0", Removed, "net.peer.ip", "string", "1.4.0", "1.13.0", "net.sock.peer.addr", ""},
		{"net.peer.ip", "1.37.0", Deprecated, "net.peer.ip", "string", "1.4.0", "1.26.0", "network.peer.address", ""},
		// Template attributes answer for their keys.
		{"http.request.header.x-request-id", "1.37.0", Defined, "http.request.header", "template[string[]]", "1.22.0", "", "", ""},
		// Deprecated, then not: enduser.id was renamed to user.id in 1.27.0
		// and restored in 1.31.0.
		{"enduser.id", "1.27.0", Deprecated, "enduser.id", "string", "1.4.0", "1.27.0", "user.id", ""},
		{"enduser.id", "1.37.0", Defined, "enduser.id", "string", "1.4.0", "", "", ""},
		// Type changes between releases.
		{"messaging.system", "1.20.0", Defined, "messaging.system", "string", "1.4.0", "", "", ""},
		{"messaging.system", "1.37.0", Defined, "messaging.system", "enum", "1.4.0", "", "", ""},
		// Moved to the GenAI conventions' own repository in 1.42.0, not
		// deprecated.
		{"gen_ai.operation.name", "1.44.0", Defined, "gen_ai.operation.name", "enum", "1.27.0", "", "", ""},
		{"mcp.method.name", "1.44.0", Defined, "mcp.method.name", "enum", "1.39.0", "", "", ""},
		// A release the table does not cover answers as the newest older one.
		{"http.method", "1.20.5", Defined, "http.method", "string", "1.4.0", "", "", ""},
		{"http.method", "1.99.0", Deprecated, "http.method", "string", "1.4.0", "1.21.0", "http.request.method", ""},
	}
	c := Builtin()
	for _, tt := range tests {
		info, ok := c.Attribute(tt.key, MustParseVersion(tt.version))
		if !ok {
			t.Errorf("%s@%s: not found", tt.key, tt.version)
			continue
		}
		if info.Status != tt.status || info.Name != tt.name || info.Type.String() != tt.typ || info.Since.String() != tt.since ||
			info.Changed.String() != tt.changed || info.Replacement != tt.replacement || !strings.Contains(info.Note, tt.note) {
			t.Errorf("%s@%s: got %s %s %s since %s changed %q -> %q note %q\nwant %s %s %s since %s changed %q -> %q note ~%q",
				tt.key, tt.version, info.Status, info.Name, info.Type, info.Since, info.Changed, info.Replacement, info.Note,
				tt.status, tt.name, tt.typ, tt.since, tt.changed, tt.replacement, tt.note)
		}
	}
	for _, key := range []string{"shop.cart.id", "http", "http.request.header", "http.request.headerx"} {
		if info, ok := c.Attribute(key, c.Latest()); ok && key != "http.request.header" {
			t.Errorf("%s: found %+v", key, info)
		}
	}
	if info, _ := c.Attribute("http.request.method", c.Latest()); !info.Type.Enum || info.Type.Basic != String || info.Stability != Stable {
		t.Errorf("http.request.method: %+v", info)
	}
}

func TestBuiltinMetrics(t *testing.T) {
	tests := []struct {
		name, version string
		status        Status
		inst, unit    string
		changed       string
		replacement   string
	}{
		{"http.server.request.duration", "1.37.0", Defined, "histogram", "s", "", ""},
		{"http.server.request.duration", "1.20.0", NotYet, "histogram", "s", "", ""},
		// Before 1.21.0 the server duration was http.server.duration, in ms.
		{"http.server.duration", "1.20.0", Defined, "histogram", "ms", "", ""},
		{"http.server.duration", "1.21.0", Defined, "histogram", "s", "", ""},
		{"http.server.duration", "1.37.0", Removed, "histogram", "s", "1.22.0", "http.server.request.duration"},
		{"http.server.active_requests", "1.37.0", Defined, "updowncounter", "{request}", "", ""},
		{"db.client.connections.usage", "1.37.0", Deprecated, "updowncounter", "{connection}", "1.26.0", "db.client.connection.count"},
		// Instrument changes between releases.
		{"container.memory.usage", "1.43.0", Defined, "counter", "By", "", ""},
		{"container.memory.usage", "1.44.0", Defined, "updowncounter", "By", "", ""},
	}
	c := Builtin()
	for _, tt := range tests {
		info, ok := c.Metric(tt.name, MustParseVersion(tt.version))
		if !ok {
			t.Errorf("%s@%s: not found", tt.name, tt.version)
			continue
		}
		if info.Status != tt.status || string(info.Instrument) != tt.inst || info.Unit != tt.unit || info.Changed.String() != tt.changed || info.Replacement != tt.replacement {
			t.Errorf("%s@%s: got %s %s %s changed %q -> %q, want %s %s %s changed %q -> %q", tt.name, tt.version,
				info.Status, info.Instrument, info.Unit, info.Changed, info.Replacement, tt.status, tt.inst, tt.unit, tt.changed, tt.replacement)
		}
	}
	if _, ok := c.Metric("http.request.method", c.Latest()); ok {
		t.Error("an attribute key found as a metric")
	}
}

// TestBuiltinConsistent checks the generated table's own invariants.
func TestBuiltinConsistent(t *testing.T) {
	c := Builtin()
	for _, names := range []map[string]*entry{c.attrs, c.metrics} {
		for name, e := range names {
			for _, r := range e.replacements {
				if names[r] == nil {
					t.Errorf("%s: replacement %s is not in the table", name, r)
				}
			}
			if len(e.note) > 170 {
				t.Errorf("%s: note of %d bytes", name, len(e.note))
			}
			for i := 1; i < len(e.segs); i++ {
				if e.segs[i].from <= e.segs[i-1].to {
					t.Errorf("%s: segments overlap", name)
				}
			}
		}
	}
	// Every template is found for a key under it.
	for _, tpl := range c.templates {
		if info, ok := c.Attribute(tpl.name+".some-key", c.versions[tpl.segs[0].from]); !ok || info.Name != tpl.name {
			t.Errorf("template %s: lookup gives %+v", tpl.name, info)
		}
	}
}

func TestParseConventions(t *testing.T) {
	const table = "# test\n" +
		"v\t1.0.0 1.1.0 1.2.0 1.3.0\n" +
		"a\ta.b\t0=string,1-3=string!\tdevelopment\ta.c\t-\n" +
		"a\ta.c\t1=string,2-3=string!\tstable\ta.d\t-\n" +
		"a\ta.d\t2-3=string\tstable\t-\t-\n" +
		"a\tloop.a\t0=int!\t\tloop.b\t-\n" +
		"a\tloop.b\t0=int!\t\tloop.a\t-\n" +
		"a\tt\t0-3=template[int]\t\t-\t-\n" +
		"m\tm.x\t0-1=counter:-,2-3=gauge:By!\t\t-\tGone.\n"
	c, err := ParseConventions([]byte(table))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ key, version, want string }{
		{"a.b", "1.0.0", ""},
		{"a.b", "1.1.0", "a.c"},
		{"a.b", "1.2.0", "a.d"}, // a.c is deprecated there too: follow it
		{"a.b", "1.3.0", "a.d"},
		{"loop.a", "1.0.0", ""},
	} {
		info, _ := c.Attribute(tt.key, MustParseVersion(tt.version))
		if info.Replacement != tt.want {
			t.Errorf("%s@%s: replacement %q, want %q", tt.key, tt.version, info.Replacement, tt.want)
		}
	}
	if info, ok := c.Attribute("t.x.y", MustParseVersion("1.0.0")); !ok || info.Name != "t" || info.Type.String() != "template[int]" || !info.Template {
		t.Errorf("template: %+v", info)
	}
	m, _ := c.Metric("m.x", MustParseVersion("1.0.0"))
	if m.Instrument != Counter || m.Unit != "" || m.Status != Defined {
		t.Errorf("m.x@1.0.0: %+v", m)
	}
	m, _ = c.Metric("m.x", MustParseVersion("1.3.0"))
	if m.Instrument != Gauge || m.Unit != "By" || m.Status != Deprecated || m.Note != "Gone." || m.Changed.String() != "1.2.0" {
		t.Errorf("m.x@1.3.0: %+v", m)
	}

	for _, bad := range []string{
		"",
		"a\tx\t0=int\t\t-\t-\n",
		"v\t1.0.0\nv\t1.1.0\n",
		"v\t1.1.0 1.0.0\n",
		"v\t1.0.0\na\tx\t0=int\n",
		"v\t1.0.0\na\tx\t1=int\t\t-\t-\n",
		"v\t1.0.0\na\tx\t0=integer\t\t-\t-\n",
		"v\t1.0.0\na\tx\t0-x=int\t\t-\t-\n",
		"v\t1.0.0\nm\tx\t0=counter\t\t-\t-\n",
		"v\t1.0.0\nz\tx\n",
	} {
		if _, err := ParseConventions([]byte(bad)); err == nil {
			t.Errorf("ParseConventions(%q) succeeded", bad)
		}
	}
}

func TestConventionsBase(t *testing.T) {
	has := Builtin().Base(MustParseVersion("1.37.0"))
	for key, want := range map[string]bool{
		"http.request.method":         true,
		"http.method":                 true, // deprecated, still defined
		"http.request.header.x-trace": true,
		"net.sock.peer.addr":          true,
		"shop.cart.id":                false,
		"gen_ai.provider.name":        true,
		"db.client.connection.count":  false, // a metric
	} {
		if has(key) != want {
			t.Errorf("Base(1.37.0)(%s) = %v, want %v", key, !want, want)
		}
	}
	if Builtin().Base(MustParseVersion("1.20.0"))("http.request.method") {
		t.Error("http.request.method is not in 1.20.0")
	}
}

func BenchmarkParseConventions(b *testing.B) {
	for b.Loop() {
		if _, err := ParseConventions(conventionsTable); err != nil {
			b.Fatal(err)
		}
	}
}
