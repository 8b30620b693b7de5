// Package shop is the working tree of the contract diff's fixture.
package shop

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

// A comment that shifts every line below.

var logins = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "shop_sign_ins_total",
	Help: "Logins.",
}, []string{"method"})

var latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
	Name:    "shop_request_duration_seconds",
	Help:    "Latency.",
	Buckets: []float64{0.1, 1},
}, []string{"code", "region"})

var orders = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_orders_total", Help: "Orders."})

var tracer trace.Tracer

func register() {
	inflight := prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_requests_in_flight", Help: "In flight."})
	_ = inflight
}

// Checkout checks out.
//
//obslint:slo success=99.5
func Checkout(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "checkout.process")
	defer span.End()
	_ = []attribute.KeyValue{attribute.String("order.id", "1"), attribute.Int("cart.size", 2)}
	slog.InfoContext(ctx, "checked out", "orderID", 1)
	logins.WithLabelValues("password").Inc()
	latency.WithLabelValues("200", "eu").Observe(1)
	orders.Set(1)
	_ = context.Background
}
