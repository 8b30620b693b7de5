// Package app names its metrics through obs's helpers.
package app

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/metric"

	"metricnames/wrap/obs"
)

var (
	logins = obs.Counter("logins", metric.WithDescription("Logins."))       // fine: shop.logins
	orders = obs.Counter("orders_total", metric.WithDescription("Orders.")) // want `instrument shop.orders_total ends in total`
	carts  = obs.Requests("carts")                                          // fine: shop.carts.requests

	jobs   = obs.NewCounterVec("jobs_total", "Jobs run.") // fine: shop_jobs_total
	errs   = obs.NewCounterVec("Errors", "Errors.")       // want `metric shop_Errors is not snake_case` `counter shop_Errors should end in _total`
	nohelp = obs.NewCounterVec("retries_total", "")       // want `metric shop_retries_total has no help text`

	latency = obs.MustInt64().Histogram("shop.http.latency_ms", metric.WithDescription("Latency."), metric.WithUnit("ms")) // want `instrument shop.http.latency_ms has its unit \(ms\) in the name`
	streams = obs.MustInt64().Histogram(prometheus.BuildFQName("shop", "http", "streams"), metric.WithDescription("Streams."), metric.WithUnit("{stream}"))
)
