// Package keys declares attribute keys that another package uses.
package keys

import "go.opentelemetry.io/otel/attribute"

const (
	Method               = "http.method"
	Status attribute.Key = "http.response.status_code"
	Route                = "http." + "route"
)
