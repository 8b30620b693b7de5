package convention

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const registryYAML = `groups:
  - id: registry.shop
    type: attribute_group
    attributes:
      - id: shop.cart.id
        type: string
  - id: metric.shop.orders
    type: metric
    metric_name: shop.orders
    instrument: counter
    unit: "{order}"
    attributes:
      - ref: shop.cart.id
      - ref: http.request.method
`

func TestSemconvSection(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"go.mod":                         "module example.com/shop\n", // the repository
		"platform/obslint.yml":           "semconv:\n  version: 1.37.0\n  registries: [telemetry/]\n  owned_namespaces: [shop]\n",
		"platform/telemetry/shop.yaml":   registryYAML,
		"svc/.obslint.yml":               "extends: [../platform/obslint.yml]\n",
		"svc2/.obslint.yml":              "extends: [../platform/obslint.yml]\nsemconv:\n  registries: [own.yaml]\n",
		"svc2/own.yaml":                  "groups:\n  - id: registry.svc\n    type: attribute_group\n    attributes:\n      - {id: svc.x, type: int}\n",
		"defaults/.obslint.yml":          "service: x\n",
		"platform/telemetry/.hidden.yml": "not read",
	})
	c, err := Load(filepath.Join(dir, "svc", ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Semconv.Release().String(); got != "1.37.0" {
		t.Errorf("release %s", got)
	}
	// The registry named in the base lies next to the base.
	if want := filepath.Join(dir, "platform", "telemetry/"); c.Semconv.Registries[0] != want {
		t.Errorf("registries %v, want [%s]", c.Semconv.Registries, want)
	}
	reg := c.Semconv.Registry()
	if reg == nil || reg.Attribute("shop.cart.id") == nil || reg.Metric("shop.orders") == nil {
		t.Fatalf("registry not loaded: %+v", reg)
	}
	if got := strings.Join(c.Semconv.OwnedNamespaces, ","); got != "shop" {
		t.Errorf("owned namespaces %s", got)
	}

	// An extending file's registries replace the base's, and are relative
	// to that file.
	c2, err := Load(filepath.Join(dir, "svc2", ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c2.Semconv.Registry().Attribute("svc.x") == nil || c2.Semconv.Registry().Attribute("shop.cart.id") != nil {
		t.Errorf("svc2 registry: %+v", c2.Semconv.Registry().Attributes)
	}

	d, err := Load(filepath.Join(dir, "defaults", ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Semconv.Registry() != nil || d.Semconv.Release().String() != "1.44.0" || Default().Semconv.Release().String() != "1.44.0" {
		t.Errorf("defaults: registry %v, release %s", d.Semconv.Registry(), d.Semconv.Release())
	}

	// Editing the registry changes the hash, so go vet's cache re-analyses.
	before := c.Hash()
	if err := os.WriteFile(filepath.Join(dir, "platform/telemetry/shop.yaml"), []byte(registryYAML+"\n# edited\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err = Load(filepath.Join(dir, "svc", ".obslint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Hash() == before {
		t.Error("the hash does not change with the registry")
	}
}

func TestSemconvErrors(t *testing.T) {
	tests := []struct {
		name, conv string
		files      map[string]string
		want       string // after the directory
	}{
		{"unknown key", "semconv:\n  versoin: 1.37.0\n", nil, `/.obslint.yml:2:3: semconv.versoin: unknown key "versoin"; did you mean "version"? (known keys: owned_namespaces, registries, version)`},
		{"bad version", "semconv:\n  version: latest\n", nil, `/.obslint.yml:2:12: semconv.version: "latest" is not a version (want MAJOR.MINOR.PATCH, like 1.37.0)`},
		{"future version", "semconv:\n  version: 1.99.0\n", nil, `/.obslint.yml:2:12: semconv.version: obslint knows the semantic conventions up to 1.44.0; upgrade obslint, or check against 1.44.0`},
		{"no such release", "semconv:\n  version: 1.6.0\n", nil, `/.obslint.yml:2:12: semconv.version: 1.6.0 is not a release of the semantic conventions (obslint knows 1.4.0 to 1.44.0`},
		{"namespace dot", "semconv:\n  owned_namespaces: [shop.]\n", nil, `semconv.owned_namespaces[0]: namespace "shop.": write it without leading, trailing or double dots`},
		{"namespace semconv", "semconv:\n  owned_namespaces: [http.request.method]\n", nil, `semconv.owned_namespaces[0]: namespace "http.request.method" is an attribute of the OpenTelemetry semantic conventions`},
		{"namespace list", "semconv:\n  owned_namespaces: shop\n", nil, `/.obslint.yml:2:21: semconv.owned_namespaces: want a list, got the value "shop"`},
		{"missing registry", "semconv:\n  registries: [telemetry]\n", nil, `semconv.registries[0]: cannot read registry `},
		{"registry error", "semconv:\n  registries: [r.yaml]\n", map[string]string{"r.yaml": "groups:\n  - id: g\n    type: metric\n    metric_name: m\n    instrument: countr\n    unit: s\n"},
			`/r.yaml:5:17: groups[0].instrument: unknown value "countr"; did you mean "counter"?`},
		{"ref to semconv of another release", "semconv:\n  version: 1.20.0\n  registries: [r.yaml]\n", map[string]string{"r.yaml": "groups:\n  - id: g\n    attributes:\n      - ref: http.request.method\n"},
			`/r.yaml:4:14: ref "http.request.method": no such attribute in the registry or the OpenTelemetry semantic conventions`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{".obslint.yml": tt.conv, "go.mod": "module example.com/x\n"}
			for k, v := range tt.files {
				files[k] = v
			}
			dir := writeFiles(t, files)
			_, err := Load(filepath.Join(dir, ".obslint.yml"))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), dir) {
				t.Errorf("got  %v\nwant %s%s", err, dir, tt.want)
			}
		})
	}
}

// TestSemconvRegistriesInRepository: registries are untrusted input like
// the convention, read below the repository only (links included) unless
// allow_extends_from lists the directory.
func TestSemconvRegistriesInRepository(t *testing.T) {
	outside := writeFiles(t, map[string]string{"shared/shop.yaml": registryYAML})
	repo := writeFiles(t, map[string]string{"go.mod": "module example.com/x\n"})
	if err := os.Symlink(filepath.Join(outside, "shared"), filepath.Join(repo, "linked")); err != nil {
		t.Skip(err)
	}
	if err := os.MkdirAll(filepath.Join(repo, "telemetry"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "shared", "shop.yaml"), filepath.Join(repo, "telemetry", "shop.yaml")); err != nil {
		t.Fatal(err)
	}
	load := func(conv string) error {
		if err := os.WriteFile(filepath.Join(repo, ".obslint.yml"), []byte(conv), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(filepath.Join(repo, ".obslint.yml"))
		return err
	}
	for _, tt := range []struct{ conv, want string }{
		{"semconv:\n  registries: [" + filepath.Join(outside, "shared") + "]\n", "semconv.registries[0]: " + filepath.Join(outside, "shared") + " is outside the repository"},
		{"semconv:\n  registries: [linked]\n", "semconv.registries[0]: " + filepath.Join(repo, "linked") + " is outside the repository"},
		{"semconv:\n  registries: [telemetry]\n", "telemetry/shop.yaml: outside the directories registries may be read from"},
	} {
		if err := load(tt.conv); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: got %v, want ...%s", tt.conv, err, tt.want)
		}
	}
	for _, dir := range []string{"linked", "telemetry"} {
		if err := load("allow_extends_from: [" + outside + "]\nsemconv:\n  registries: [" + dir + "]\n"); err != nil {
			t.Errorf("%s with allow_extends_from: %v", dir, err)
		}
	}
	// Read through the link: the same definitions twice are duplicates.
	if err := load("allow_extends_from: [" + outside + "]\nsemconv:\n  registries: [linked, telemetry]\n"); err == nil || !strings.Contains(err.Error(), "is declared twice") {
		t.Errorf("linked and telemetry: %v", err)
	}
}
