package names

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
)

var served, _ = meter.Int64Counter("shop.requests.served", metric.WithUnit("{request}"), metric.WithDescription("Requests served."))

// Measure records with attributes: a raw path is unbounded, a method is not.
func Measure(ctx context.Context, r *http.Request) {
	served.Add(ctx, 1, metric.WithAttributes(attribute.String("path", r.URL.Path))) // want `attribute value Path of the request is raw client input`
	served.Add(ctx, 1, metric.WithAttributes(attribute.String("method", r.Method)))
}
