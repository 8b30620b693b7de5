// Package version is checked against the semantic conventions 1.20.0,
// the release of go.opentelemetry.io/otel/semconv/v1.20.0.
package version

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.20.0"
	"go.opentelemetry.io/otel/trace"
)

func handle(span trace.Span, r *http.Request, meter metric.Meter) {
	// The names of 1.20.0: silent.
	span.SetAttributes(
		attribute.String("http.method", r.Method),
		semconv.HTTPMethodKey.String(r.Method),
		semconv.HTTPStatusCode(200),
		semconv.NetPeerName(r.Host),
		// Names of later releases are not judged.
		attribute.String("http.request.method", r.Method),
	)
	_, _ = meter.Float64Histogram("http.server.duration", metric.WithUnit("ms"))

	// Gone by 1.20.0.
	span.SetAttributes(attribute.String("net.peer.ip", "10.0.0.1")) // want `attribute net.peer.ip is not in the semantic conventions 1.20.0 \(removed in 1.13.0\); use net.sock.peer.addr`
	// The unit of 1.20.0.
	_, _ = meter.Float64Histogram("http.client.duration", metric.WithUnit("s")) // want `metric http.client.duration is in "ms" in the semantic conventions 1.20.0, not "s"`
}
