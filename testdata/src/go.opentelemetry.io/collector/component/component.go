// Package component is a stub of go.opentelemetry.io/collector/component.
package component

type Host interface{}

type TelemetrySettings struct{}
