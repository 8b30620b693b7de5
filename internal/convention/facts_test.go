package convention

import "testing"

// TestFactInputsDigest checks that the digest follows the projected keys
// and nothing else: the files a convention came from and the keys only
// diagnostics read leave it alone, each fact input changes it.
func TestFactInputsDigest(t *testing.T) {
	base := Default().FactInputs().Digest()
	same := Default()
	same.Service, same.Metrics.Namespace, same.Logs.KeyCase = "checkout", "shop", "camel"
	same.Severity = map[string]string{"all": "info"}
	same.Files = []string{"/elsewhere/.obslint.yml"}
	if got := same.FactInputs().Digest(); got != base {
		t.Errorf("diagnostics-only keys changed the fact digest: %s, want %s", got, base)
	}
	no := false
	for name, edit := range map[string]func(c *Convention){
		"entrypoints.frameworks":     func(c *Convention) { c.Entrypoints.Frameworks = []string{"gin"} },
		"entrypoints.exported_only":  func(c *Convention) { c.Entrypoints.ExportedOnly = &no },
		"entrypoints.ignore":         func(c *Convention) { c.Entrypoints.Ignore = []string{"*.Healthz"} },
		"instrumentation.require":    func(c *Convention) { c.Instrumentation.Require = RequireBoth },
		"instrumentation.helpers":    func(c *Convention) { c.Instrumentation.Helpers = []string{"example.com/obs.Track"} },
		"instrumentation.middleware": func(c *Convention) { c.Instrumentation.Middleware = []string{"example.com/obs.Wrap"} },
		"logs.wrappers":              func(c *Convention) { c.Logs.Wrappers = []string{"example.com/log.Infow:1:2"} },
		"logs.key_case: detect":      func(c *Convention) { c.Logs.KeyCase = "detect" },
		"spans.start_helpers":        func(c *Convention) { c.Spans.StartHelpers = []string{"example.com/obs.Start"} },
		"spans.end_helpers":          func(c *Convention) { c.Spans.EndHelpers = []string{"example.com/obs.End"} },
	} {
		c := Default()
		edit(c)
		if c.FactInputs().Digest() == base {
			t.Errorf("changing %s left the fact digest unchanged", name)
		}
	}
}
