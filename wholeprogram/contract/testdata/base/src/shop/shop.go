// Package shop is the base revision of the contract diff's fixture.
package shop

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"
)

var logins = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "shop_logins_total",
	Help: "Logins.",
}, []string{"method"})

var latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
	Name:    "shop_request_duration_seconds",
	Help:    "Latency.",
	Buckets: prometheus.DefBuckets,
}, []string{"route", "code"})

var orders = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_orders_total", Help: "Orders."})

var tracer trace.Tracer

func register() {
	inflight := prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_inflight_requests", Help: "In flight."})
	_ = inflight
}

// Checkout checks out.
//
//obslint:slo success=99.9
func Checkout(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(r.Context(), "checkout")
	defer span.End()
	_ = []attribute.KeyValue{attribute.String("order.id", "1"), attribute.Key("shop.cart").String("x")}
	slog.InfoContext(ctx, "checked out", "order_id", 1)
	logins.WithLabelValues("password").Inc()
	latency.WithLabelValues("/checkout", "200").Observe(1)
	orders.Inc()
	_ = context.Background
}
