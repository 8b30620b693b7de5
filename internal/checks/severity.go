package checks

import (
	"fmt"
	"strings"
)

// Severity is how much a finding matters: it becomes SARIF's level,
// GitHub's ::error/::warning/::notice, GitLab's severity, and decides,
// with -fail-on, whether findings fail the run.
type Severity string

// The severities, from the most to the least severe.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Severities lists the severities, most severe first.
var Severities = []Severity{Error, Warning, Info}

// ParseSeverity parses "error", "warning" or "info".
func ParseSeverity(s string) (Severity, error) {
	for _, v := range Severities {
		if s == string(v) {
			return v, nil
		}
	}
	return "", fmt.Errorf("unknown severity %q (want %s)", s, strings.Join([]string{string(Error), string(Warning), string(Info)}, ", "))
}

func (s Severity) rank() int {
	switch s {
	case Error:
		return 2
	case Warning:
		return 1
	}
	return 0
}

// AtLeast reports whether s is as severe as t or more.
func (s Severity) AtLeast(t Severity) bool { return s.rank() >= t.rank() }

// Override is one entry of the convention's severity section: the checks
// that Name selects (an ID, an analyzer name or "all") get Severity.
type Override struct {
	Name     string
	Severity Severity
}

// SeverityOf returns the severity of the check with the given ID under
// the overrides: the entry naming its ID wins over one naming its
// analyzer, which wins over "all", which wins over the check's default.
// An ID outside the catalog is a warning.
func (cat Catalog) SeverityOf(id string, overrides []Override) Severity {
	c := cat.Lookup(id)
	if c == nil {
		return Warning
	}
	best, rank := c.Severity, 0
	for _, o := range overrides {
		r := 0
		switch o.Name {
		case c.ID:
			r = 3
		case c.Analyzer:
			r = 2
		case All:
			r = 1
		}
		if r > rank {
			best, rank = o.Severity, r
		}
	}
	if best == "" {
		return Warning
	}
	return best
}
