package otelm

import (
	"context"
	"net/http"
	"strconv"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var served, _ = meter.Int64Counter("shop.requests.served", metric.WithDescription("Requests served."))

var took, _ = meter.Float64Histogram("shop.request.time", metric.WithUnit("s"), metric.WithDescription("Latency."))

// Attribute values on measurements make time series like Prometheus
// labels do; unbounded ones are reported.
func measure(ctx context.Context, r *http.Request, userID int, err error) {
	served.Add(ctx, 1, metric.WithAttributes(attribute.String("path", r.URL.Path)))                          // want `attribute value Path of the request is raw client input`
	served.Add(ctx, 1, metric.WithAttributes(attribute.Key("user").String(strconv.Itoa(userID))))            // want `attribute value strconv.Itoa formats a number, such as an ID`
	took.Record(ctx, 0.1, metric.WithAttributeSet(attribute.NewSet(attribute.String("error", err.Error())))) // want `attribute value err.Error\(\) is free text`

	// Bounded values stay silent.
	served.Add(ctx, 1, metric.WithAttributes(attribute.String("method", r.Method), attribute.Int("code", 200)))
	took.Record(ctx, 0.1, metric.WithAttributeSet(attribute.NewSet(attribute.String("route", "/orders/{id}"))))
}
