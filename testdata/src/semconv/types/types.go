// Package types gives attributes values of other types than the semantic
// conventions give their keys.
package types

import (
	"context"
	"net/http"
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

type statusKey string

const codeKey attribute.Key = "http.response.status_code"

func handle(ctx context.Context, span trace.Span, r *http.Request, code int, counter metric.Int64Counter) {
	span.SetAttributes(
		attribute.String("http.response.status_code", strconv.Itoa(code)),                  // want `attribute http.response.status_code is an int in the semantic conventions 1.44.0, but gets a string value here \(attribute.String\)`
		codeKey.String(strconv.Itoa(code)),                                                 // want `attribute http.response.status_code is an int .* \(attribute.Key.String\)`
		attribute.KeyValue{Key: codeKey, Value: attribute.StringValue(strconv.Itoa(code))}, // want `attribute http.response.status_code is an int .* \(attribute.KeyValue\)`
		attribute.Int64("server.address", 1),                                               // want `attribute server.address is a string in the semantic conventions 1.44.0, but gets an int value here`
		attribute.String("http.request.header.x-request-id", r.Header.Get("X-Request-Id")), // want `attribute http.request.header.x-request-id is a string\[\] \(as http.request.header.\*\) in the semantic conventions 1.44.0, but gets a string value`
		attribute.Float64("http.request.method", 1),                                        // want `attribute http.request.method is an enum of string in the semantic conventions 1.44.0, but gets a double value`
	)
	counter.Add(ctx, 1, metric.WithAttributes(attribute.Bool("error.type", true))) // want `attribute error.type is an enum of string .* gets a boolean value`

	// The right types: silent.
	span.SetAttributes(
		attribute.Int("http.response.status_code", code),
		codeKey.Int(code),
		attribute.KeyValue{Key: codeKey, Value: attribute.IntValue(code)},
		attribute.StringSlice("http.request.header.x-request-id", r.Header.Values("X-Request-Id")),
		attribute.String("http.request.method", r.Method),
		semconv.HTTPResponseStatusCode(code),
		attribute.KeyValue{Key: "server.address"}, // no value: nothing to judge
		attribute.String("custom.code", strconv.Itoa(code)),
	)
	_ = attribute.NewSet(attribute.String(string(statusKey("x")), ""))
}
