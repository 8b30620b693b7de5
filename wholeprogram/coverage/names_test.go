package coverage

import "testing"

func TestShortFunc(t *testing.T) {
	const mod = "github.com/gotify/server/v2"
	for full, want := range map[string]string{
		"(*github.com/gotify/server/v2/api.ApplicationAPI).CreateApplication": "api.ApplicationAPI.CreateApplication",
		"(github.com/gotify/server/v2/api.Value).Get":                         "api.Value.Get",
		"github.com/gotify/server/v2/router.Create":                           "router.Create",
		"github.com/gotify/server/v2/router.Create$1":                         "router.Create$1",
		"github.com/gotify/server/v2.main":                                    "server.main",
		"github.com/gotify/server/v2/internal/store.Open":                     "internal/store.Open",
		"github.com/other/mod/pkg.F":                                          "github.com/other/mod/pkg.F",
		"(*github.com/gotify/server/v2/api.List[github.com/x/y.T]).Get":       "api.List[github.com/x/y.T].Get",
		"github.com/gotify/server/v2/api.Map[int]":                            "api.Map[int]",
		"not a name": "not a name",
	} {
		if got := shortFunc(mod, full, false); got != want {
			t.Errorf("shortFunc(%q) = %q, want %q", full, got, want)
		}
	}
	if got := shortFunc(mod, "(*github.com/gotify/server/v2/api.A).B", true); got != "api.(*A).B" {
		t.Errorf("with pointer: %q", got)
	}
	if got := shortFunc("example.com/shop", "example.com/shop.New", false); got != "shop.New" {
		t.Errorf("root package: %q", got)
	}
}

// TestNamerAmbiguous: names that would read the same keep what tells
// them apart.
func TestNamerAmbiguous(t *testing.T) {
	r := &Report{Module: "example.com/m", EntryPoints: []EntryPoint{
		{Function: "(*example.com/m/api.T).Get"},
		{Function: "(example.com/m/api.T).Get"}, // not valid Go, but names can collide
		{Function: "example.com/m/api.F"},
	}}
	n := NewNamer(r)
	if got := n.Name("(*example.com/m/api.T).Get"); got != "api.(*T).Get" {
		t.Errorf("pointer method: %q", got)
	}
	if got := n.Name("(example.com/m/api.T).Get"); got != "api.T.Get" {
		t.Errorf("value method: %q", got)
	}
	if got := n.Name("example.com/m/api.F"); got != "api.F" {
		t.Errorf("function: %q", got)
	}
}

func TestLinks(t *testing.T) {
	l := &Links{Base: "https://github.com/o/r/blob/abc/", Dir: "svc"}
	for pos, want := range map[string]string{
		"api/app.go:41:17":    "https://github.com/o/r/blob/abc/svc/api/app.go#L41",
		"rules/a b.yml:5":     "https://github.com/o/r/blob/abc/svc/rules/a%20b.yml#L5",
		"../deploy/r.yml:3":   "https://github.com/o/r/blob/abc/deploy/r.yml#L3",
		"../../outside.go:1":  "",
		"/abs/path.go:1:1":    "",
		"x.go":                "https://github.com/o/r/blob/abc/svc/x.go",
		"weird:name.go:12:3":  "https://github.com/o/r/blob/abc/svc/weird:name.go#L12",
		"c:\\windows\\x.go:1": "",
	} {
		if got := l.URL(pos); got != want {
			t.Errorf("URL(%q) = %q, want %q", pos, got, want)
		}
	}
	tmpl := &Links{Base: "https://bb.example/src/abc/{path}#lines-{line}"}
	if got := tmpl.URL("a/b.go:7:1"); got != "https://bb.example/src/abc/a/b.go#lines-7" {
		t.Errorf("template: %q", got)
	}
	var none *Links
	if none.URL("a.go:1:1") != "" {
		t.Error("nil Links made a link")
	}
}

func TestDelta(t *testing.T) {
	for _, c := range []struct {
		d    float64
		want string
	}{{-16.7, "−16.7"}, {4.25, "+4.3"}, {0, "±0.0"}, {0.04, "±0.0"}, {-0.04, "±0.0"}} {
		if got := delta(c.d); got != c.want {
			t.Errorf("delta(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}
