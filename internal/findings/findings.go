// Package findings is the driver's model of a diagnostic, decoupled from
// go/analysis and token positions so that every output format, the
// baseline and the -fix machinery work from one plain value.
package findings

import (
	"regexp"
	"sort"
)

// Finding is one diagnostic, as the CLI prints it.
type Finding struct {
	Check    string `json:"check"`
	Analyzer string `json:"analyzer"`
	Package  string `json:"package"`
	// File is the absolute file name; formats make it relative as they need.
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"column"`
	EndLine int    `json:"end_line,omitempty"`
	EndCol  int    `json:"end_column,omitempty"`
	Message string `json:"message"`
	// Severity is "error", "warning" or "info": the check's default or
	// the convention's severity section. Empty reads as warning.
	Severity string `json:"severity"`
	URL      string `json:"url,omitempty"`
	// Function is the enclosing function ("Store.ServeHTTP", "ListOrders"),
	// or "" at package level; baselines match on it instead of the line.
	Function string `json:"function,omitempty"`
	Fixes    []Fix  `json:"fixes,omitempty"`
	// Waiver is the dated //obslint:ignore covering the finding, which the
	// lint command judges against the date (see passes/directiveindex).
	Waiver *Waiver `json:"-"`
}

// Waiver is an //obslint:ignore with until=DATE.
type Waiver struct {
	Until string // YYYY-MM-DD, the last day it silences
	File  string
	Line  int
}

// Fix is a suggested fix: edits that together resolve the finding.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes [Start, End) of File with New.
type Edit struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Line and column of Start and End, 1-based, for formats that need them.
	StartLine int    `json:"start_line"`
	StartCol  int    `json:"start_column"`
	EndLine   int    `json:"end_line"`
	EndCol    int    `json:"end_column"`
	New       string `json:"new"`
	// Hash is the SHA-256 (hex) of File's content the offsets refer to,
	// as analysed; -fix refuses a file whose content differs.
	Hash string `json:"-"`
}

// Level returns the finding's severity, warning when unset.
func (f Finding) Level() string {
	if f.Severity == "" {
		return "warning"
	}
	return f.Severity
}

// Sort orders findings by file, line, column, check and message, the order
// every output uses.
func Sort(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Check != b.Check {
			return a.Check < b.Check
		}
		return a.Message < b.Message
	})
}

// positions matches file positions inside messages ("declared at
// a.go:12:3").
var positions = regexp.MustCompile(`\.go:\d+(:\d+)?`)

// StableMessage returns msg without the line and column numbers of the
// positions it mentions, so that baselines and fingerprints, which must
// survive code moving, do not depend on them.
func StableMessage(msg string) string {
	return positions.ReplaceAllString(msg, ".go")
}
