package output

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/findings"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const root = "/src/shop"

// sample is a fixed set of findings: one with a fix, one with characters
// that every format must escape.
func sample() []findings.Finding {
	return []findings.Finding{
		{
			Check: "instrumented", Analyzer: "instrumented", Package: "example.com/shop/api",
			File: root + "/api/orders.go", Line: 12, Col: 6, EndLine: 12, EndCol: 16,
			Message:  "handler ListOrders records no request metrics or span; wrap it where it is registered (otelhttp.NewHandler) or instrument it (convention: any)",
			URL:      checks.DocURL("instrumented"),
			Function: "ListOrders",
			Severity: "warning",
		},
		{
			Check: "metric-counter-total", Analyzer: "metricnames", Package: "example.com/shop/metrics",
			File: root + "/metrics/metrics.go", Line: 7, Col: 54, EndLine: 7, EndCol: 65,
			Message:  `counter shop_jobs should end in _total`,
			Severity: "info",
			URL:      checks.DocURL("metric-counter-total"),
			Fixes: []findings.Fix{{Message: "add _total", Edits: []findings.Edit{{
				File: root + "/metrics/metrics.go", Start: 120, End: 131, New: `"shop_jobs_total"`,
				StartLine: 7, StartCol: 54, EndLine: 7, EndCol: 65,
			}}}},
		},
		{
			Check: "directive", Analyzer: "ignores", Package: "example.com/shop/api",
			File: root + "/api/odd, name.go", Line: 3, Col: 1,
			Message:  "100% <wrong>: \"quoted\" & new\nline",
			Severity: "error",
			URL:      checks.DocURL("directive"),
		},
	}
}

func sampleChecks() checks.Catalog {
	return checks.Catalog{
		{ID: "directive", Analyzer: "ignores", Severity: checks.Error, Summary: "malformed or misplaced directive"},
		{ID: "instrumented", Analyzer: "instrumented", Severity: checks.Warning, Summary: "exported entry point records no request metrics or span"},
		{ID: "metric-counter-total", Analyzer: "metricnames", Severity: checks.Warning, Summary: "counter without _total"},
	}
}

func render(t *testing.T, format string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, sample(), Options{Root: root, Version: "v0.1.0", Checks: sampleChecks()}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			got := render(t, format)
			golden := filepath.Join("testdata", "golden."+format)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s output differs from %s:\n%s", format, golden, got)
			}
		})
	}
}

// TestSARIFSchema validates the SARIF output against the official SARIF
// 2.1.0 schema (testdata/sarif-schema-2.1.0.json, from the OASIS
// sarif-spec repository).
func TestSARIFSchema(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string][]byte{"sample": render(t, "sarif"), "empty": empty(t, "sarif")} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Errorf("%s: SARIF output does not validate: %v", name, err)
		}
	}
	// The schema check must be able to fail.
	bad := bytes.Replace(render(t, "sarif"), []byte(`"version": "2.1.0"`), []byte(`"version": "9"`), 1)
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if schema.Validate(inst) == nil {
		t.Error("a SARIF log with version 9 validated")
	}
}

func empty(t *testing.T, format string) []byte {
	var buf bytes.Buffer
	if err := Write(&buf, format, nil, Options{Root: root, Checks: sampleChecks()}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFingerprintStable: moving a finding to another line keeps its
// fingerprint; changing its message does not.
func TestFingerprintStable(t *testing.T) {
	f := sample()[0]
	moved := f
	moved.Line, moved.EndLine = 40, 40
	if Fingerprint(root, f) != Fingerprint(root, moved) {
		t.Error("fingerprint changed with the line")
	}
	dup, dupMoved := f, f
	dup.Message, dupMoved.Message = "metric x is declared in p at m.go:12 with labels a", "metric x is declared in p at m.go:19 with labels a"
	if Fingerprint(root, dup) != Fingerprint(root, dupMoved) {
		t.Error("fingerprint changed with a position inside the message")
	}
	other := f
	other.Message += "!"
	if Fingerprint(root, f) == Fingerprint(root, other) {
		t.Error("fingerprint ignores the message")
	}
}

func TestJSONFormatsParse(t *testing.T) {
	for _, format := range []string{"json", "sarif", "rdjson", "gitlab"} {
		var v any
		if err := json.Unmarshal(render(t, format), &v); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	out := string(render(t, "github"))
	for _, want := range []string{
		"file=api/odd%2C name.go",
		"::100%25 <wrong>: \"quoted\" & new\\nline",
		"title=obslint metric-counter-total::",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("github output lacks %q:\n%s", want, out)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "yaml", nil, Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestTextNoInjection: user-controlled strings cannot start a workflow
// command line or carry terminal escapes in the text format (issue 19,
// item 10).
func TestTextNoInjection(t *testing.T) {
	fs := []findings.Finding{
		{Check: "metric-name-case", File: root + "/a.go", Line: 1, Col: 1,
			Message: "metric \"x\n::error file=a.go,line=1::pwned\" \x1b[2J\x1b]0;title\a\x00 \u2028::warning::x \u202egnp.exe"},
		{Check: "directive", File: root + "/::error file=x::y.go", Line: 2, Col: 1, Message: "m"},
		{Check: "directive", File: root + "/ ::notice::z.go", Line: 3, Col: 1, Message: "m"},
	}
	var buf bytes.Buffer
	if err := Write(&buf, "text", fs, Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Errorf("%d findings printed on %d lines:\n%s", len(fs), len(lines), buf.String())
	}
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "::") {
			t.Errorf("line starts a workflow command: %q", l)
		}
	}
	if strings.ContainsAny(buf.String(), "\x1b\a\x00\r\u2028\u202e") {
		t.Errorf("raw control characters in text output: %q", buf.String())
	}
	if !strings.Contains(buf.String(), `\n::error file=a.go,line=1::pwned`) {
		t.Errorf("message not escaped readably: %q", buf.String())
	}
}

// TestSARIFURIs: artifact URIs are percent-encoded URI references.
func TestSARIFURIs(t *testing.T) {
	for in, want := range map[string]string{
		"api/orders.go":           "api/orders.go",
		"api/odd, name.go":        "api/odd%2C%20name.go",
		"a#b?c%d.go":              "a%23b%3Fc%25d.go",
		"dir:x/é.go":              "dir%3Ax/%C3%A9.go",
		"C:/src/shop/":            "/C:/src/shop/",
		"line\nbreak/<script>.go": "line%0Abreak/%3Cscript%3E.go",
	} {
		if got := URIPath(in); got != want {
			t.Errorf("URIPath(%q) = %q, want %q", in, got, want)
		}
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		} `json:"runs"`
	}
	var buf bytes.Buffer
	Write(&buf, "sarif", nil, Options{Root: "/src/my shop"})
	json.Unmarshal(buf.Bytes(), &log)
	if got := log.Runs[0].OriginalURIBaseIDs["SRCROOT"].URI; got != "file:///src/my%20shop/" {
		t.Errorf("SRCROOT = %q", got)
	}
}
