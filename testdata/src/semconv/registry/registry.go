// Package registry is checked against the shop's registry
// (semconv/telemetry/shop.yaml) for the owned namespace shop.
package registry

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/metric"
	"go.opentelemetry.io/otel/trace"
)

func checkout(ctx context.Context, span trace.Span, meter metric.Meter, cart string, items int) {
	span.SetAttributes(
		attribute.String("shop.cart.idx", cart),        // want `attribute key shop.cart.idx is in the owned namespace shop, but no registry declares it; did you mean shop.cart.id\?`
		attribute.String("shop.coupon", "SUMMER"),      // want `attribute key shop.coupon is in the owned namespace shop, but no registry declares it; declare it in the registry \(semconv.registries\)`
		attribute.Int("shop.cart.id", items),           // want `attribute shop.cart.id is declared string in the registry \(telemetry/shop.yaml:7\), but gets an int value here \(attribute.Int\)`
		attribute.String("shop.basket.id", cart),       // want `attribute shop.basket.id is deprecated in the registry \(telemetry/shop.yaml:14\); use shop.cart.id`
		attribute.String("shop.customer.email", "x@y"), // want `attribute shop.customer.email is deprecated in the registry \(telemetry/shop.yaml:20\): Personal data does not belong in telemetry.`
	)
	orders, _ := meter.Float64Histogram("shop.orders", metric.WithUnit("{order}"))     // want `metric shop.orders is declared a counter in the registry \(telemetry/shop.yaml:28\), but is created here as a histogram`
	took, _ := meter.Float64Histogram("shop.checkout.duration", metric.WithUnit("ms")) // want `metric shop.checkout.duration is declared in "s" in the registry \(telemetry/shop.yaml:37\), not "ms"`
	lost, _ := meter.Int64Counter("shop.carts.abandoned", metric.WithUnit("{cart}"))   // want `metric shop.carts.abandoned is in the owned namespace shop, but no registry declares it`
	_, _, _ = orders, took, lost

	// As declared, or not owned: silent.
	span.SetAttributes(
		attribute.String("shop.cart.id", cart),
		attribute.Int("shop.cart.items", items),
		attribute.String("shopping.list", "x"),
		attribute.String("acme.partner", "x"),
		attribute.String("http.request.method", "GET"),
	)
	placed, _ := meter.Int64Counter("shop.orders", metric.WithUnit("{order}"))
	spent, _ := meter.Float64Histogram("shop.checkout.duration", metric.WithUnit("s"))
	_, _ = placed, spent
}
