package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/obslint/obslint/internal/output"
	"github.com/obslint/obslint/wholeprogram/coverage"
)

// TestHostileNames lints testdata/mod/hostile, whose metric names, log
// keys, SLO and owner names hold newlines, "::" workflow commands, HTML,
// Markdown and ANSI escapes, in every lint and report format, and checks
// that each output keeps them inert: no line a CI runner would execute,
// no terminal escape, well-formed JSON, XML, SARIF and Markdown tables,
// no live HTML (issue 19, items 10-12 and Also). The module replaces
// client_golang by a local stub, so it needs no network.
func TestHostileNames(t *testing.T) {
	bin := buildObslint(t)
	dir := filepath.Join("..", "..", "testdata", "mod", "hostile")
	run := func(args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return out.String(), errb.String(), code
	}
	inert := func(what, s string, commandsAllowed bool) {
		t.Helper()
		if strings.ContainsAny(s, "\x1b\x00\x07\r") {
			t.Errorf("%s: raw control characters: %q", what, s)
		}
		for _, line := range strings.Split(s, "\n") {
			trimmed := strings.TrimLeft(line, " \t")
			if !strings.HasPrefix(trimmed, "::") {
				continue
			}
			if !commandsAllowed || !githubCommand.MatchString(line) {
				t.Errorf("%s: a line starts a workflow command: %q", what, line)
			}
		}
	}

	var findingsCount int
	formats := append([]string{"json"}, output.Formats()...) // json first: it counts the findings
	for i, format := range formats {
		if i > 0 && format == "json" {
			continue
		}
		stdout, stderr, code := run("-format", format, "./...")
		if code != exitFindings {
			t.Errorf("-format %s: exit %d, want 1\n%s", format, code, stderr)
		}
		inert("-format "+format, stdout, format == "github")
		inert("-format "+format+" (stderr)", stderr, false)
		switch format {
		case "json":
			var fs []map[string]any
			if err := json.Unmarshal([]byte(stdout), &fs); err != nil {
				t.Errorf("json: %v", err)
			}
			findingsCount = len(fs)
			if findingsCount != 4 {
				t.Errorf("json: %d findings, want 4", len(fs))
			}
		case "rdjson", "gitlab":
			if !json.Valid([]byte(stdout)) {
				t.Errorf("%s: invalid JSON", format)
			}
		case "sarif":
			validateSARIF(t, []byte(stdout))
		case "checkstyle":
			var v struct{ XMLName xml.Name }
			if err := xml.Unmarshal([]byte(stdout), &v); err != nil {
				t.Errorf("checkstyle: %v", err)
			}
		case "text", "github":
			if lines := strings.Count(strings.TrimSuffix(stdout, "\n"), "\n") + 1; lines != findingsCount {
				t.Errorf("%s: %d lines for %d findings:\n%s", format, lines, findingsCount, stdout)
			}
		}
	}

	for _, format := range coverage.FormatNames() {
		stdout, stderr, code := run("report", "-format", format, "./...")
		if code != exitClean {
			t.Errorf("report -format %s: exit %d\n%s", format, code, stderr)
		}
		inert("report -format "+format, stdout, false)
		inert("report -format "+format+" (stderr)", stderr, false)
		if !utf8.ValidString(stdout) {
			t.Errorf("report -format %s: invalid UTF-8", format)
		}
		switch format {
		case "json":
			if !json.Valid([]byte(stdout)) {
				t.Error("report json: invalid JSON")
			}
		case "markdown":
			for _, bad := range []string{"<img", "<script", "](javascript", "\n::"} {
				if strings.Contains(stdout, bad) {
					t.Errorf("report markdown holds %q raw:\n%s", bad, stdout)
				}
			}
			checkMarkdownTables(t, stdout)
			if !strings.Contains(stdout, "owner.go::owner") {
				t.Errorf("report markdown lacks the hostile owner:\n%s", stdout)
			}
		case "html":
			for _, bad := range []string{"<img", "<script>alert"} {
				if strings.Contains(stdout, bad) {
					t.Errorf("report html holds %q raw", bad)
				}
			}
		}
	}
	_, stderr, _ := run("slo", "export", "./...")
	inert("slo export (stderr)", stderr, false)
}

// githubCommand is one well-formed annotation of -format github.
var githubCommand = regexp.MustCompile(`^::(error|warning|notice) file=[^,:\n]*,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[^:\n]*::[^\n]*$`)

var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

// checkMarkdownTables checks that every table row has as many cells as
// its header.
func checkMarkdownTables(t *testing.T, md string) {
	t.Helper()
	cells := func(row string) int { return len(unescapedPipe.FindAllString(row, -1)) - 1 }
	want := -1
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = -1
			continue
		}
		if want < 0 {
			want = cells(line)
		} else if got := cells(line); got != want {
			t.Errorf("markdown row has %d cells, its header %d: %s", got, want, line)
		}
	}
}

func validateSARIF(t *testing.T, out []byte) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "internal", "output", "testdata", "sarif-schema-2.1.0.json"))
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
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("sarif: %v", err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("sarif does not validate: %v", err)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	json.Unmarshal(out, &log)
	for _, r := range log.Runs[0].Results {
		if uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI; strings.ContainsAny(uri, " \n<>\\") {
			t.Errorf("sarif uri not percent-encoded: %q", uri)
		}
	}
}
