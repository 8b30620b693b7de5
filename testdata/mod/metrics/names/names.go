// Package names defines metrics with the real client_golang and otel APIs.
package names

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"

	"example.com/metrics/shared"
)

var (
	requests = promauto.NewCounterVec(prometheus.CounterOpts{
		Namespace: shared.Namespace,
		Subsystem: shared.Subsystem,
		Name:      "requests_total",
		Help:      "Requests handled.",
	}, []string{"code"})

	duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Namespace: shared.Namespace,
		Name:      "request_duration_milliseconds", // want `metric shop_request_duration_milliseconds uses milliseconds; use the base unit seconds`
		Help:      "Latency.",
		Buckets:   prometheus.DefBuckets,
	}, []string{"route"})

	errorsSeen = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "shop_errors", // want `counter shop_errors should end in _total`
		Help: "Errors.",
	})

	logins = promauto.NewCounterVec(prometheus.CounterOpts{Name: "shop_logins_total", Help: "Logins."},
		[]string{"user_id"}) // want `label user_id of shop_logins_total is forbidden by the convention`

	cache = prometheus.NewGauge(prometheus.GaugeOpts{Name: "cache_size_bytes", Help: "Cache size."}) // want `metric cache_size_bytes lacks the namespace shop_`

	hitDesc = prometheus.NewDesc(prometheus.BuildFQName(shared.Namespace, "cache", "hits_total"), "Cache hits.", []string{"tier"}, nil)
)

var meter = otel.Meter("example.com/metrics/names")

func init() {
	prometheus.MustRegister(duration, errorsSeen, cache)
	_, _ = meter.Float64Histogram("shop.request.duration", metric.WithUnit("s"), metric.WithDescription("Latency."))
	_, _ = meter.Int64Counter("shop.requests_total", metric.WithDescription("Requests."))                            // want `instrument shop.requests_total ends in total`
	_, _ = meter.Float64Histogram("shop.payload.size", metric.WithUnit("bytes"), metric.WithDescription("Payload.")) // want `instrument shop.payload.size has unit "bytes"; use the UCUM unit "By"`
}

func Handle(w http.ResponseWriter, r *http.Request) {
	requests.WithLabelValues("200").Inc()
	duration.WithLabelValues(r.URL.Path).Observe(1) // want `label value Path of the request is raw client input`
	errorsSeen.Inc()
	_ = context.Background()
	_ = hitDesc
}
