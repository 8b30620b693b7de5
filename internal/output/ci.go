package output

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/obslint/obslint/internal/findings"
)

// The remaining CI formats: reviewdog's rdjson, checkstyle XML and GitLab
// Code Quality.

type rdjsonResult struct {
	Source      rdjsonSource       `json:"source"`
	Severity    string             `json:"severity"`
	Diagnostics []rdjsonDiagnostic `json:"diagnostics"`
}

type rdjsonSource struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type rdjsonDiagnostic struct {
	Message     string             `json:"message"`
	Location    rdjsonLocation     `json:"location"`
	Severity    string             `json:"severity"`
	Code        rdjsonCode         `json:"code"`
	Suggestions []rdjsonSuggestion `json:"suggestions,omitempty"`
}

type rdjsonLocation struct {
	Path  string      `json:"path"`
	Range rdjsonRange `json:"range"`
}

type rdjsonRange struct {
	Start rdjsonPos  `json:"start"`
	End   *rdjsonPos `json:"end,omitempty"`
}

type rdjsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdjsonCode struct {
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type rdjsonSuggestion struct {
	Range rdjsonRange `json:"range"`
	Text  string      `json:"text"`
}

// writeRDJSON prints the reviewdog Diagnostic Format (rdjson), with fixes
// as suggestions reviewdog can post as suggested changes.
func writeRDJSON(w io.Writer, fs []findings.Finding, opts Options) error {
	out := rdjsonResult{
		Source:      rdjsonSource{Name: "obslint", URL: "https://github.com/obslint/obslint"},
		Severity:    "WARNING",
		Diagnostics: []rdjsonDiagnostic{},
	}
	for _, f := range fs {
		d := rdjsonDiagnostic{
			Message:  f.Message,
			Location: rdjsonLocation{Path: Rel(opts.Root, f.File), Range: rdRange(f.Line, f.Col, f.EndLine, f.EndCol)},
			Severity: strings.ToUpper(f.Level()),
			Code:     rdjsonCode{Value: f.Check, URL: f.URL},
		}
		if len(f.Fixes) > 0 {
			for _, e := range f.Fixes[0].Edits {
				if e.File != f.File {
					continue // reviewdog suggestions apply to the finding's file
				}
				d.Suggestions = append(d.Suggestions, rdjsonSuggestion{Range: rdRange(e.StartLine, e.StartCol, e.EndLine, e.EndCol), Text: e.New})
			}
		}
		out.Diagnostics = append(out.Diagnostics, d)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func rdRange(line, col, endLine, endCol int) rdjsonRange {
	r := rdjsonRange{Start: rdjsonPos{Line: line, Column: col}}
	if endLine > 0 {
		r.End = &rdjsonPos{Line: endLine, Column: endCol}
	}
	return r
}

type checkstyleXML struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// writeCheckstyle prints checkstyle XML, grouped by file in finding order.
func writeCheckstyle(w io.Writer, fs []findings.Finding, opts Options) error {
	out := checkstyleXML{Version: "5.0"}
	index := make(map[string]int)
	for _, f := range fs {
		name := Rel(opts.Root, f.File)
		i, ok := index[name]
		if !ok {
			i = len(out.Files)
			index[name] = i
			out.Files = append(out.Files, checkstyleFile{Name: name})
		}
		out.Files[i].Errors = append(out.Files[i].Errors, checkstyleError{
			Line: f.Line, Column: f.Col, Severity: f.Level(), Message: f.Message, Source: "obslint." + f.Check,
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int `json:"begin"`
	End   int `json:"end,omitempty"`
}

// gitlabSeverity maps severities to GitLab Code Quality's scale (info,
// minor, major, critical, blocker).
var gitlabSeverity = map[string]string{"error": "major", "warning": "minor", "info": "info"}

// writeGitLab prints a GitLab Code Quality report.
func writeGitLab(w io.Writer, fs []findings.Finding, opts Options) error {
	out := []gitlabIssue{}
	for _, f := range fs {
		issue := gitlabIssue{
			Description: f.Message,
			CheckName:   f.Check,
			Fingerprint: Fingerprint(opts.Root, f),
			Severity:    gitlabSeverity[f.Level()],
			Location:    gitlabLocation{Path: Rel(opts.Root, f.File), Lines: gitlabLines{Begin: f.Line}},
		}
		if f.EndLine > f.Line {
			issue.Location.Lines.End = f.EndLine
		}
		out = append(out, issue)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
