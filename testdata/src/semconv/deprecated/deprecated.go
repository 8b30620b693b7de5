// Package deprecated uses attribute keys and metric names that the
// semantic conventions 1.44.0 (obslint's newest) deprecate or dropped.
package deprecated

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	oldsemconv "go.opentelemetry.io/otel/semconv/v1.20.0"
	poolsemconv "go.opentelemetry.io/otel/semconv/v1.24.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

const methodKey = "http.method"

func handle(ctx context.Context, span trace.Span, r *http.Request, meter metric.Meter) {
	span.SetAttributes(
		attribute.String("http.method", r.Method),                                      // want `attribute http.method is deprecated since the semantic conventions 1.21.0; use http.request.method`
		attribute.Key("http.method").String(r.Method),                                  // want `attribute http.method is deprecated since the semantic conventions 1.21.0; use http.request.method`
		attribute.String(methodKey, r.Method),                                          // want `attribute http.method is deprecated`
		attribute.Int("http.status_code", 200),                                         // want `attribute http.status_code is deprecated since the semantic conventions 1.21.0; use http.response.status_code`
		attribute.String("net.peer.name", r.Host),                                      // want "attribute net.peer.name is deprecated since the semantic conventions 1.21.0: Replaced by `server.address` on client spans and `client.address` on server spans."
		attribute.KeyValue{Key: "http.method", Value: attribute.StringValue(r.Method)}, // want `attribute http.method is deprecated`
		attribute.Int("db.redis.database_index", 3),                                    // want `attribute db.redis.database_index is deprecated since the semantic conventions 1.26.0; use db.namespace \(a string\)`
		// Deprecated in favour of another attribute that takes more than a
		// rename (otelgrpc's parse.go, conventions 1.39.0): the note, no fix.
		attribute.String("rpc.service", "shop.Orders"), // want "attribute rpc.service is deprecated since the semantic conventions 1.39.0: Value should be included in `rpc.method` which is expected to be a fully-qualified name.$"
	)
	// From an old Go semconv package: reported, no fix (the package has no
	// constant for the new name).
	span.SetAttributes(
		oldsemconv.HTTPMethodKey.String(r.Method), // want `attribute http.method is deprecated since the semantic conventions 1.21.0; use http.request.method \(the key comes from go.opentelemetry.io/otel/semconv/v1.20.0\)`
		oldsemconv.HTTPStatusCode(200),            // want `attribute http.status_code is deprecated .* \(the key comes from go.opentelemetry.io/otel/semconv/v1.20.0\)`
		oldsemconv.HTTPFlavorHTTP11,               // want `attribute http.flavor is deprecated since the semantic conventions 1.24.0; use network.protocol.name`
	)
	// Generic words that old releases defined on a few metrics only are
	// the code's own (opentelemetry-go-contrib's host instrumentation
	// records a CPU "state"), unless the key comes from a Go semconv
	// package.
	_ = attribute.NewSet(attribute.String("state", "user"), attribute.String("type", "major"))
	span.SetAttributes(poolsemconv.StateIdle) // want `attribute state is deprecated since the semantic conventions 1.26.0; use db.client.connection.state \(the key comes from go.opentelemetry.io/otel/semconv/v1.24.0\)`
	// The current names: silent.
	span.SetAttributes(
		attribute.String("http.request.method", r.Method),
		semconv.HTTPRequestMethodKey.String(r.Method),
		semconv.HTTPResponseStatusCode(200),
		semconv.HTTPRequestMethodGet,
		semconv.ServerAddress(r.Host),
		semconv.HTTPRequestHeader("x-request-id", r.Header.Values("X-Request-Id")...),
		attribute.String("app.tenant", "acme"), // not a convention, not owned: not checked
		// Moved out of the core conventions in 1.42.0 (jaeger's MCP
		// tracing), not deprecated.
		attribute.String("mcp.method.name", "tools/call"),
		attribute.String("gen_ai.operation.name", "execute_tool"),
	)

	// Metrics the conventions renamed or dropped.
	old, _ := meter.Float64Histogram("http.server.duration", metric.WithUnit("ms"))                      // want `metric http.server.duration is not in the semantic conventions 1.44.0 \(removed in 1.22.0\); use http.server.request.duration \(a histogram in "s"\)`
	conns, _ := meter.Int64UpDownCounter("db.client.connections.usage", metric.WithUnit("{connection}")) // want `metric db.client.connections.usage is deprecated since the semantic conventions 1.26.0; use db.client.connection.count`
	cur, _ := meter.Float64Histogram("http.server.request.duration", metric.WithUnit("s"))
	_, _, _ = old, conns, cur
}
