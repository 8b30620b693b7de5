// Package sloexport turns the SLO declarations of a program into the specs
// and rules that enforce them: Sloth prometheus/v1 specs, OpenSLO v1 SLO
// documents, and Prometheus recording and multi-window, multi-burn-rate
// alerting rules (the SRE workbook's 1h/5m, 6h/30m and 3d/6h windows).
//
// Each declaration yields up to two objectives, one per kind: success (the
// share of calls that do not fail) and latency (the share that finish
// within the threshold). An objective's indicator comes from the metrics
// the function really emits: Autometrics' function_calls_* families for
// //autometrics:inst functions, else the client_golang families the
// function observes. When obslint finds none it says so in the output
// instead of guessing a query.
package sloexport

import (
	"time"
)

// Kinds of objective.
const (
	Success = "success"
	Latency = "latency"
)

// Objective is one objective of one declaration.
type Objective struct {
	ID       string // unique, kebab-case: "api-list-orders-success"
	SLO      string // the declared or derived SLO name
	Kind     string // Success or Latency
	Function string // full name, as go/types prints it
	Position string // file:line, relative to the module root
	Service  string
	Owner    string  // team from the convention's owners, or ""
	Target   float64 // percent, (0,100)
	// Threshold is the latency bound for Latency objectives.
	Threshold time.Duration
	Window    time.Duration
	WindowTxt string // as written in the convention ("30d")
	Source    string // obslint, autometrics or convention
	// SLI is the indicator, or nil with Unmeasured saying why.
	SLI        *SLI
	Unmeasured string
}

// SLI is a ratio of bad events to all events, as PromQL with a
// "{{window}}" placeholder for the range.
type SLI struct {
	Bad, Total string
	// Metric names the family the queries read, for descriptions.
	Metric string
}

// Query returns q with the window filled in.
func Query(q, window string) string {
	return replaceWindow(q, window)
}
