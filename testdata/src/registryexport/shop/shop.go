// Package shop emits the telemetry registry export writes down: its own
// metrics, spans, attributes and log keys, and names of the OpenTelemetry
// semantic conventions.
package shop

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	semconv "go.opentelemetry.io/otel/semconv/v1.37.0"
	"go.opentelemetry.io/otel/trace"
)

// Attribute keys of the shop's own.
const (
	CartID    = attribute.Key("shop.cart.id")
	cartItems = "shop.cart.items"
)

var jobs = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "shop_jobs_total",
	Help: "Background jobs run.",
}, []string{"queue", "result"})

type server struct {
	tracer   trace.Tracer
	orders   metric.Int64Counter
	duration metric.Float64Histogram
	inflight metric.Int64UpDownCounter
}

func newServer(meter metric.Meter, tracer trace.Tracer) (*server, error) {
	s := &server{tracer: tracer}
	var err error
	s.orders, err = meter.Int64Counter("shop.orders", metric.WithUnit("{order}"), metric.WithDescription("Orders placed."))
	if err != nil {
		return nil, err
	}
	s.duration, err = meter.Float64Histogram("http.server.request.duration", metric.WithUnit("s"))
	if err != nil {
		return nil, err
	}
	s.inflight, err = meter.Int64UpDownCounter("shop.checkouts.active", metric.WithUnit("{checkout}"))
	return s, err
}

func (s *server) checkout(w http.ResponseWriter, r *http.Request, cart string, items int, discount float64) {
	ctx, span := s.tracer.Start(r.Context(), "shop.checkout", trace.WithAttributes(CartID.String(cart)))
	defer span.End()
	span.SetAttributes(
		attribute.Int(cartItems, items),
		attribute.Float64("shop.discount.ratio", discount),
		semconv.HTTPRequestMethodKey.String(r.Method),
	)
	s.orders.Add(ctx, 1, metric.WithAttributes(CartID.String(cart), attribute.Bool("shop.gift", false)))
	s.inflight.Add(ctx, 1)
	s.duration.Record(ctx, 0.2, metric.WithAttributes(semconv.HTTPResponseStatusCode(200), semconv.HTTPRequestMethodGet))
	slog.InfoContext(ctx, "checked out", "shop.cart.id", cart, "items", items)
	jobs.WithLabelValues("mail", "ok").Inc()
	refund(ctx, s.tracer)
}

func refund(ctx context.Context, tracer trace.Tracer) {
	_, span := tracer.Start(ctx, "shop refund")
	defer span.End()
	span.SetAttributes(attribute.String("shop.refund.reason", "damaged"))
	slog.WarnContext(ctx, "refunded", "reason", "damaged", "amount_cents", 1299)
}
