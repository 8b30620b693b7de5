// Package checks describes obslint's checks: the stable IDs that users put
// in -enable/-disable, //obslint:ignore, the convention's severity section
// and CI configuration, each with the analyzer that reports it, a one-line
// summary, a default severity and a documentation page.
//
// Each analyzer package declares its checks as *Check values and reports
// through them (internal/diag), so a finding cannot carry an ID that is not
// declared; the analyzers package gathers every analyzer's checks into the
// Catalog that the CLI, the golangci-lint plugin and the reports read.
package checks

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/naming"
)

// DocBase is where the documentation pages live; a check's page is
// DocBase + "/" + ID + ".md" (docs/checks/ in this repository).
const DocBase = "https://github.com/obslint/obslint/blob/main/docs/checks"

// All is the name that selects every check.
const All = "all"

// Check is one kind of finding.
type Check struct {
	ID       string // stable, kebab-case: "metric-counter-total"
	Analyzer string // the analyzer reporting it: "metricnames"
	Summary  string // one line, no final period
	// Severity is the default severity; the convention's severity
	// section overrides it.
	Severity Severity
	// OffByDefault checks are informational: reported only when enabled
	// by ID (-enable ID, or the plugin's enable setting) or, in the CLI,
	// with -v. Their analyzer's name and "all" do not enable them.
	OffByDefault bool
}

// DocURL is the documentation page of the check.
func (c *Check) DocURL() string { return DocURL(c.ID) }

// DocPath is the page's path relative to the repository root.
func (c *Check) DocPath() string { return "docs/checks/" + c.ID + ".md" }

// DocURL is the documentation page of the check with the given ID.
func DocURL(id string) string { return DocBase + "/" + id + ".md" }

// Matches reports whether name, as written in -enable, -disable, the
// severity section or an //obslint:ignore directive, selects the check with
// the given ID and analyzer: its ID, its analyzer's name, or "all".
func Matches(name, id, analyzer string) bool {
	name = strings.TrimSpace(name)
	return name == id || name == analyzer || name == All
}

// Catalog is every check of the suite, sorted by ID.
type Catalog []*Check

// NewCatalog returns the checks sorted by ID. It panics on a duplicate ID,
// which is a bug in an analyzer's declarations.
func NewCatalog(list ...[]*Check) Catalog {
	var cat Catalog
	seen := make(map[string]bool)
	for _, l := range list {
		for _, c := range l {
			if seen[c.ID] {
				panic("checks: duplicate check ID " + c.ID)
			}
			seen[c.ID] = true
			cat = append(cat, c)
		}
	}
	sort.Slice(cat, func(i, j int) bool { return cat[i].ID < cat[j].ID })
	return cat
}

// Lookup returns the check with the given ID, or nil.
func (cat Catalog) Lookup(id string) *Check {
	i := sort.Search(len(cat), func(i int) bool { return cat[i].ID >= id })
	if i < len(cat) && cat[i].ID == id {
		return cat[i]
	}
	return nil
}

// Analyzers returns the analyzer names, sorted.
func (cat Catalog) Analyzers() []string {
	var names []string
	for _, c := range cat {
		if !slices.Contains(names, c.Analyzer) {
			names = append(names, c.Analyzer)
		}
	}
	sort.Strings(names)
	return names
}

// IDs returns the check IDs, sorted.
func (cat Catalog) IDs() []string {
	ids := make([]string, len(cat))
	for i, c := range cat {
		ids[i] = c.ID
	}
	return ids
}

// Known reports whether name is a check ID, an analyzer name or "all".
func (cat Catalog) Known(name string) bool {
	return name == All || cat.Lookup(name) != nil || slices.Contains(cat.Analyzers(), name)
}

// Unknown returns an error saying that name selects no check.
func (cat Catalog) Unknown(name string) error {
	hint := ""
	if best := naming.Closest(name, append(cat.IDs(), cat.Analyzers()...)); best != "" {
		hint = fmt.Sprintf("; did you mean %q?", best)
	}
	return fmt.Errorf("unknown check %q%s (obslint rules lists the checks; analyzer names and %q select several: %s)", name, hint, All, strings.Join(cat.Analyzers(), ", "))
}

// Selection is the -enable/-disable filter, the same for the CLI and the
// golangci-lint plugin. Checks that are off by default report only when
// enable names them by ID, or with Verbose.
type Selection struct {
	cat             Catalog
	enable, disable []string
	// Verbose shows the checks that are off by default (the CLI's -v).
	Verbose bool
}

// Select returns the selection of enable and disable, lists of check IDs,
// analyzer names or "all". A name that selects nothing is an error: a typo
// in a disable list would otherwise keep reporting silently.
func (cat Catalog) Select(enable, disable []string) (*Selection, error) {
	for _, n := range append(slices.Clone(enable), disable...) {
		if !cat.Known(n) {
			return nil, cat.Unknown(n)
		}
	}
	return &Selection{cat: cat, enable: enable, disable: disable}, nil
}

// Reports reports whether findings of the check with the given ID are
// shown. IDs not in the catalog (an analysis error's category) are.
func (s *Selection) Reports(id string) bool {
	c := s.cat.Lookup(id)
	if c == nil {
		return true
	}
	if c.OffByDefault && !s.Verbose && !slices.Contains(s.enable, id) {
		return false
	}
	match := func(list []string) bool {
		return slices.ContainsFunc(list, func(n string) bool { return Matches(n, c.ID, c.Analyzer) })
	}
	if len(s.enable) > 0 && !match(s.enable) {
		return false
	}
	return !match(s.disable)
}

// SplitList splits a comma-separated flag value, dropping blanks.
func SplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
