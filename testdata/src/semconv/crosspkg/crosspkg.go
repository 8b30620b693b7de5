// Package crosspkg builds attributes from another package's constants,
// which go/types folds: they are checked like literals, without a fix.
package crosspkg

import (
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"

	"semconv/keys"
)

func tag(span trace.Span, method string, code int) {
	span.SetAttributes(
		attribute.String(keys.Method, method),  // want `attribute http.method is deprecated since the semantic conventions 1.21.0; use http.request.method`
		keys.Status.String(strconv.Itoa(code)), // want `attribute http.response.status_code is an int .* gets a string value here \(attribute.Key.String\)`
		attribute.KeyValue{Key: keys.Status, Value: attribute.IntValue(code)},
		attribute.String(keys.Route, "/orders/{id}"),
	)
}
