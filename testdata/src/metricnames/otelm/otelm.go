// Package otelm exercises the OpenTelemetry naming rules.
package otelm

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"
)

var meter = otel.Meter("otelm")

func define() {
	meter.Float64Histogram("shop.request.duration", metric.WithUnit("s"), metric.WithDescription("Latency."))
	meter.Int64Counter("shop.requests", metric.WithDescription("Requests."))

	meter.Int64Counter("shop.requests_total", metric.WithDescription("x"))                            // want `instrument shop.requests_total ends in total`
	meter.Int64Counter("Shop.Requests", metric.WithDescription("x"))                                  // want `instrument Shop.Requests is not lowercase and dot-separated`
	meter.Float64Histogram("shop.latency.seconds", metric.WithUnit("s"), metric.WithDescription("x")) // want `instrument shop.latency.seconds has its unit \(seconds\) in the name; put it in metric.WithUnit\("s"\)`
	meter.Float64Histogram("shop.latency", metric.WithUnit("seconds"), metric.WithDescription("x"))   // want `instrument shop.latency has unit "seconds"; use the UCUM unit "s"`
	meter.Float64Histogram("shop.size", metric.WithDescription("x"))                                  // want `histogram shop.size has no unit`
	meter.Int64Counter("otel.requests", metric.WithDescription("x"))                                  // want `instrument otel.requests uses the otel. namespace`
	meter.Int64Counter("shop.undocumented")                                                           // want `instrument shop.undocumented has no description`
}

// The other instrument kinds, reached through the global MeterProvider.
func kinds() {
	m := otel.GetMeterProvider().Meter("otelm")
	m.Int64Gauge("shop.queue.depth", metric.WithUnit("{item}"), metric.WithDescription("Queue depth."))
	m.Float64UpDownCounter("shop.connections.active", metric.WithUnit("{connection}"), metric.WithDescription("Open connections."))
	m.Int64ObservableCounter("shop.cache.evictions", metric.WithUnit("{eviction}"), metric.WithDescription("Evictions."),
		metric.WithInt64Callback(nil))
	m.Float64ObservableGauge("shop.memory.usage", metric.WithUnit("By"), metric.WithDescription("Heap in use."))

	m.Int64Gauge("shop.queue_total", metric.WithDescription("x"))                                // want `instrument shop.queue_total ends in total`
	m.Float64ObservableUpDownCounter("Shop.Pending", metric.WithDescription("x"))                // want `instrument Shop.Pending is not lowercase and dot-separated`
	m.Float64Histogram("shop.payload.bytes", metric.WithUnit("By"), metric.WithDescription("x")) // want `instrument shop.payload.bytes has its unit \(bytes\) in the name; put it in metric.WithUnit\("By"\)`
}
