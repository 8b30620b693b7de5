// Package semconv is a stub of go.opentelemetry.io/otel/semconv/v1.24.0,
// in the shape its generator gives it.
package semconv

import "go.opentelemetry.io/otel/attribute"

const (
	// StateKey is the database connection pool state of the metrics
	// db.client.connections.*, a metric-local attribute of 1.22.0 to
	// 1.25.0.
	StateKey = attribute.Key("state")
)

var (
	StateIdle = StateKey.String("idle")
	StateUsed = StateKey.String("used")
)
