// Package checks describes obslint's checks: the stable IDs that users put
// in -enable/-disable, //obslint:ignore and CI configuration, each with the
// analyzer that reports it, a one-line summary and a documentation page.
//
// Each analyzer package declares its own checks (a Checks variable); the
// analyzers package gathers them for the CLI's rules and explain commands.
package checks

import "strings"

// DocBase is where the documentation pages live; a check's page is
// DocBase + "/" + ID + ".md" (docs/checks/ in this repository).
const DocBase = "https://github.com/obslint/obslint/blob/main/docs/checks"

// Check is one kind of finding.
type Check struct {
	ID       string // stable, kebab-case: "metric-total"
	Analyzer string // the analyzer reporting it: "metricnames"
	Summary  string // one line, no final period
	// OffByDefault checks are informational: reported only when enabled
	// by ID (-enable ID, or the plugin's enable setting) or, in the CLI,
	// with -v. Their analyzer's name and "all" do not enable them.
	OffByDefault bool
}

// OffByDefault reports whether the check id is off by default.
func OffByDefault(all []Check, id string) bool {
	for _, c := range all {
		if c.ID == id {
			return c.OffByDefault
		}
	}
	return false
}

// DocURL is the documentation page of the check.
func (c Check) DocURL() string { return DocBase + "/" + c.ID + ".md" }

// DocPath is the page's path relative to the repository root.
func (c Check) DocPath() string { return "docs/checks/" + c.ID + ".md" }

// Matches reports whether name, as written in -enable, -disable or an
// //obslint:ignore directive, selects the check: its ID, its analyzer's
// name, or "all".
func (c Check) Matches(name string) bool {
	name = strings.TrimSpace(name)
	return name == c.ID || name == c.Analyzer || name == "all"
}
