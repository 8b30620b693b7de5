package semconv

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseFile feeds registry files to the loader: it must never panic,
// every error must be an *Error naming the file with a bounded message,
// and whatever it accepts must survive WriteRegistry and a second read
// unchanged.
func FuzzParseFile(f *testing.F) {
	files, _ := filepath.Glob("testdata/registry/*.yaml")
	more, _ := filepath.Glob("testdata/registry/*/*.yaml")
	for _, name := range append(files, more...) {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"groups: []",
		"file_format: definition/2\nattributes:\n  - key: a.b\n    type: int\n",
		"groups:\n  - id: g\n    prefix: p\n    attributes:\n      - id: x\n        type: {members: [{id: a, value: 1.5}]}\n",
		"groups:\n  - id: a\n    extends: b\n  - id: b\n    extends: a\n",
		"groups:\n  - &g {id: a, type: span, span_kind: client}\n",
		"groups:\n  - id: r\n    attributes:\n      - id: a.b\n        type: string\n        brief: \"\\n x \\t\"\n        examples: [{k: [1, 2.5, true, null]}]\n",
		"groups:\n  - id: m\n    type: metric\n    metric_name: a.m\n    instrument: counter\n    unit: \"1\"\n    deprecated: {reason: renamed, renamed_to: a.n}\n    attributes:\n      - ref: a.b\n        requirement_level: {recommended: if any}\n",
	} {
		f.Add([]byte(s))
	}
	always := func(string) bool { return true }
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := ParseFiles([]File{{Name: "fuzz.yaml", Data: data}}, Options{Base: always})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v is a %T, not an *Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") || len(err.Error()) > 1200 {
				t.Fatalf("error %q", err)
			}
			return
		}
		var out bytes.Buffer
		if err := WriteRegistry(&out, reg, ""); err != nil {
			t.Fatal(err)
		}
		again, err := ParseFiles([]File{{Name: "again.yaml", Data: out.Bytes()}}, Options{Base: always})
		if err != nil {
			t.Fatalf("reading back what WriteRegistry wrote: %v\n%s", err, out.Bytes())
		}
		assertSameRegistry(t, reg, again)
		var out2 bytes.Buffer
		if err := WriteRegistry(&out2, again, ""); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("writing twice differs:\n%s\n---\n%s", out.Bytes(), out2.Bytes())
		}
	})
}
