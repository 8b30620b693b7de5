// Package contract computes a change's telemetry contract diff: the
// metrics, labels, SLOs, span names, span attribute keys and log keys a
// program declares at a base revision and in the working tree, what
// changed between them, and which Prometheus rules and Grafana dashboard
// queries in the repository the change breaks (wholeprogram/promrefs
// reads them).
//
// Its Change values are part of the coverage report's JSON contract
// (docs/report.md): fields are added, never renamed or removed.
package contract

// Signals.
const (
	SignalMetric    = "metric"
	SignalLabel     = "label"
	SignalSLO       = "slo"
	SignalSpan      = "span"
	SignalAttribute = "attribute"
	SignalLogKey    = "log_key"
)

// Kinds of change.
const (
	Added   = "added"
	Removed = "removed"
	Changed = "changed"
	// Renamed is a metric declared at the same place under a new name.
	Renamed = "renamed"
)

// Change is one difference in the telemetry contract.
type Change struct {
	Signal string `json:"signal"` // metric, label, slo, span, attribute, log_key
	Change string `json:"change"` // added, removed, changed, renamed
	// Name is the metric, SLO, span, attribute or log key: the name
	// before a rename (the one queries use), the metric's name for a
	// label change (the label is in Before or After).
	Name   string `json:"name"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
	// Position is the declaration in the working tree, or at the base
	// revision for something removed (AtBase), file:line:col relative to
	// the module root.
	Position string `json:"position"`
	AtBase   bool   `json:"at_base,omitempty"`
	// Function is the function an SLO is declared on (full name).
	Function string `json:"function,omitempty"`
	// Breaks are the rule and dashboard expressions in the repository
	// that this change leaves selecting nothing or grouping by a label
	// that is gone.
	Breaks []Break `json:"breaks"`
}

// Breaking reports whether the change breaks a reference.
func (c Change) Breaking() bool { return len(c.Breaks) > 0 }

// Break is one expression that a change breaks.
type Break struct {
	File string `json:"file"` // relative to the module root
	Line int    `json:"line"`
	// Rule names the rule or panel: "alert ShopLoginsHigh",
	// "record job:logins:rate5m", "panel Logins".
	Rule string `json:"rule,omitempty"`
	Expr string `json:"expr"`
	// Why says what in the expression no longer matches.
	Why string `json:"why"`
}
