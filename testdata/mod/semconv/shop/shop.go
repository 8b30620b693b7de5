// Package shop builds OpenTelemetry attributes and instruments on the
// real go.opentelemetry.io/otel, checked against the semantic conventions
// 1.37.0 and the shop's registry (telemetry/).
package shop

import (
	"context"
	"net/http"
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	oldsemconv "go.opentelemetry.io/otel/semconv/v1.20.0"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

type Server struct {
	tracer   trace.Tracer
	orders   metric.Int64Counter
	duration metric.Float64Histogram
}

func New(meter metric.Meter, tracer trace.Tracer) (*Server, error) {
	s := &Server{tracer: tracer}
	var err error
	if s.orders, err = meter.Int64Counter("shop.orders", metric.WithUnit("{order}")); err != nil {
		return nil, err
	}
	if s.duration, err = meter.Float64Histogram("http.server.request.duration", metric.WithUnit("ms")); err != nil { // want `metric http.server.request.duration is in "s" in the semantic conventions 1.37.0, not "ms" \[semconv-unit\]`
		return nil, err
	}
	_, err = meter.Int64UpDownCounter("shop.checkouts.active", metric.WithUnit("{checkout}")) // want `metric shop.checkouts.active is in the owned namespace shop, but no registry declares it; declare it in the registry \(semconv.registries\) \[semconv-undeclared\]`
	return s, err
}

func (s *Server) Checkout(w http.ResponseWriter, r *http.Request, cart string, items int) {
	ctx, span := s.tracer.Start(r.Context(), "shop.checkout")
	defer span.End()
	span.SetAttributes(
		attribute.String("http.method", r.Method),                        // want `attribute http.method is deprecated since the semantic conventions 1.21.0; use http.request.method \[semconv-deprecated\]`
		oldsemconv.NetPeerName(r.Host),                                   // want `attribute net.peer.name is deprecated since the semantic conventions 1.21.0: Replaced by .* \(the key comes from go.opentelemetry.io/otel/semconv/v1.20.0\) \[semconv-deprecated\]`
		attribute.String("http.response.status_code", strconv.Itoa(200)), // want `attribute http.response.status_code is an int in the semantic conventions 1.37.0, but gets a string value here \(attribute.String\) \[semconv-attribute-type\]`
		attribute.String("shop.cart.idx", cart),                          // want `attribute key shop.cart.idx is in the owned namespace shop, but no registry declares it; did you mean shop.cart.id\? \[semconv-undeclared\]`
		attribute.String("shop.basket.id", cart),                         // want `attribute shop.basket.id is deprecated in the registry \(telemetry/shop.yaml:15\); use shop.cart.id \[semconv-deprecated\]`
		attribute.String("shop.cart.items", strconv.Itoa(items)),         // want `attribute shop.cart.items is declared int in the registry \(telemetry/shop.yaml:11\), but gets a string value here \(attribute.String\) \[semconv-attribute-type\]`
	)
	// As the conventions and the registry say: silent.
	span.SetAttributes(
		semconv.HTTPRequestMethodKey.String(r.Method),
		semconv.HTTPResponseStatusCode(200),
		semconv.ServerAddress(r.Host),
		semconv.HTTPRequestHeader("x-request-id", r.Header.Values("X-Request-Id")...),
		attribute.String("shop.cart.id", cart),
		attribute.Int("shop.cart.items", items),
		attribute.String("app.build", "dev"), // neither a convention nor owned
	)
	s.orders.Add(ctx, 1, metric.WithAttributes(attribute.String("shop.cart.id", cart), semconv.HTTPRequestMethodGet))
	s.duration.Record(ctx, 0.2, metric.WithAttributes(semconv.HTTPResponseStatusCode(200)))
}

// Instruments shows the instrument check: http.server.active_requests is an
// up-down counter.
func Instruments(meter metric.Meter) {
	_, _ = meter.Int64Counter("http.server.active_requests", metric.WithUnit("{request}")) // want `metric http.server.active_requests is an updowncounter in the semantic conventions 1.37.0, but is created here as a counter \[semconv-instrument\]`
	_, _ = meter.Int64UpDownCounter("http.client.active_requests", metric.WithUnit("{request}"))
	_ = context.Background()
}
