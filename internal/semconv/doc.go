// Package semconv is obslint's vocabulary of telemetry names: the
// OpenTelemetry semantic conventions, embedded as a table generated from
// the official registry, and company registries written in OpenTelemetry
// Weaver's YAML format, loaded from files.
//
// Both are described by one model (Registry, Attribute, Metric, Span,
// Event), so that a company registry can be checked like the conventions,
// written back out (WriteRegistry) and loaded again unchanged. The lookups
// the semconv analyzer needs (an attribute key or a metric name at a given
// conventions version, whether a name falls under a namespace the company
// owns, whether a Go value fits an attribute's type) live here too, away
// from go/analysis, so that they are tested on data alone.
//
// The package sits on the ground floor: it imports neither passes/ nor
// analyzers/, and nothing in it knows about go/analysis.
//
// See docs/semconv.md for how the table is generated and which releases it
// covers.
package semconv
