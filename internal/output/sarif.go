package output

import (
	"encoding/json"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/findings"
)

// SARIF 2.1.0, the subset GitHub code scanning reads: one rule per check
// with descriptions and help, results with repository-relative locations,
// line-free partial fingerprints, and suggested fixes.

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                        `json:"tool"`
	OriginalURIBaseIDs map[string]sarifArtifactLocation `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult                    `json:"results"`
	ColumnKind         string                           `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifHelp       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           sarifRegion           `json:"region"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifFix struct {
	Description     sarifText             `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Replacements     []sarifReplacement    `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion    `json:"deletedRegion"`
	InsertedContent *sarifInserted `json:"insertedContent,omitempty"`
}

type sarifInserted struct {
	Text string `json:"text"`
}

const srcRoot = "SRCROOT"

// sarifLevel maps severities to SARIF levels; a rule without a default
// severity (a check the catalog lacks) reads as warning.
var sarifLevel = map[string]string{"error": "error", "warning": "warning", "info": "note", "": "warning"}

func writeSARIF(w io.Writer, fs []findings.Finding, opts Options) error {
	rules := append([]*checks.Check(nil), opts.Checks...)
	seen := make(map[string]bool)
	for _, c := range rules {
		seen[c.ID] = true
	}
	for _, f := range fs { // a finding of a check the table lacks still gets a rule
		if !seen[f.Check] {
			seen[f.Check] = true
			rules = append(rules, &checks.Check{ID: f.Check, Analyzer: f.Analyzer, Summary: f.Check})
		}
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	index := make(map[string]int)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "obslint",
			Version:        opts.Version,
			InformationURI: "https://github.com/obslint/obslint",
		}},
		OriginalURIBaseIDs: map[string]sarifArtifactLocation{srcRoot: {URI: "file://" + URIPath(slashDir(filepath.ToSlash(opts.Root)))}},
		Results:            []sarifResult{},
		ColumnKind:         "utf16CodeUnits",
	}
	for i, c := range rules {
		index[c.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:               c.ID,
			Name:             ruleName(c.ID),
			ShortDescription: sarifText{Text: c.Summary},
			FullDescription:  sarifText{Text: c.Summary + " (analyzer " + c.Analyzer + ")."},
			Help: sarifHelp{
				Text:     c.Summary + ". See " + c.DocURL(),
				Markdown: "**" + c.ID + "**: " + c.Summary + ".\n\n[Documentation](" + c.DocURL() + ")",
			},
			HelpURI:              c.DocURL(),
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel[string(c.Severity)]},
			Properties:           map[string]any{"tags": []string{"observability", c.Analyzer}},
		})
	}
	for _, f := range fs {
		res := sarifResult{
			RuleID:    f.Check,
			RuleIndex: index[f.Check],
			Level:     sarifLevel[f.Level()],
			Message:   sarifText{Text: f.Message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifactLocation{URI: URIPath(Rel(opts.Root, f.File)), URIBaseID: srcRoot},
				Region:           region(f.Line, f.Col, f.EndLine, f.EndCol),
			}}},
			PartialFingerprints: map[string]string{"obslint/v1": Fingerprint(opts.Root, f)},
		}
		for _, fix := range f.Fixes {
			sf := sarifFix{Description: sarifText{Text: fix.Message}}
			byFile := make(map[string]int)
			for _, e := range fix.Edits {
				uri := URIPath(Rel(opts.Root, e.File))
				i, ok := byFile[uri]
				if !ok {
					i = len(sf.ArtifactChanges)
					byFile[uri] = i
					sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtifactChange{ArtifactLocation: sarifArtifactLocation{URI: uri, URIBaseID: srcRoot}})
				}
				rep := sarifReplacement{DeletedRegion: region(e.StartLine, e.StartCol, e.EndLine, e.EndCol)}
				if e.New != "" {
					rep.InsertedContent = &sarifInserted{Text: e.New}
				}
				sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, rep)
			}
			res.Fixes = append(res.Fixes, sf)
		}
		run.Results = append(run.Results, res)
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{run},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

// region builds a SARIF region, leaving out unknown (zero) parts.
func region(line, col, endLine, endCol int) sarifRegion {
	r := sarifRegion{StartLine: max(line, 1), StartColumn: col}
	if endLine >= line && endLine > 0 && (endLine > line || endCol > col) {
		r.EndLine, r.EndColumn = endLine, endCol
	}
	return r
}

// ruleName is the check ID in PascalCase, SARIF's convention for names.
func ruleName(id string) string {
	out := make([]byte, 0, len(id))
	up := true
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c == '-' {
			up = true
			continue
		}
		if up && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = false
		out = append(out, c)
	}
	return string(out)
}

// URIPath percent-encodes a slash-separated file name for a SARIF uri
// (an RFC 3986 URI reference): every byte but the unreserved characters
// and "/" is written %XX, so spaces, "#", "?", "%", ":" and non-ASCII
// names stay one path. A Windows drive letter (C:/…) becomes /C:/….
func URIPath(name string) string {
	if len(name) >= 2 && name[1] == ':' && (name[0]|0x20 >= 'a' && name[0]|0x20 <= 'z') {
		return "/" + name[:2] + URIPath(name[2:])
	}
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			c == '-', c == '.', c == '_', c == '~', c == '/':
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
	}
	return b.String()
}

func slashDir(dir string) string {
	if dir == "" {
		return "/"
	}
	if dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir
}
