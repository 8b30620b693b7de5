// Package prom exercises the Prometheus naming rules.
package prom

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"metricnames/consts"
)

const requestsName = "requests_total"

var (
	// Good names stay silent.
	requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Namespace: consts.Namespace,
		Subsystem: consts.Subsystem,
		Name:      requestsName,
		Help:      "Requests handled.",
	}, []string{"code", "method"})
	latency  = promauto.NewHistogram(prometheus.HistogramOpts{Name: "shop_request_duration_seconds", Help: "Latency."})
	inflight = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_requests_in_flight", Help: "In flight."})

	camel     = prometheus.NewCounter(prometheus.CounterOpts{Name: "shopHttpRequestsTotal", Help: "x"})         // want `metric shopHttpRequestsTotal is not snake_case; name it shop_http_requests_total`
	noTotal   = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_jobs_processed", Help: "x"})           // want `counter shop_jobs_processed should end in _total`
	gaugeTot  = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_total", Help: "x"})                  // want `gauge shop_queue_total ends in _total, which is for counters only`
	millis    = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "shop_latency_milliseconds", Help: "x"}) // want `metric shop_latency_milliseconds uses milliseconds; use the base unit seconds`
	abbrev    = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "shop_latency_ms", Help: "x"})           // want `metric shop_latency_ms abbreviates its unit as _ms; spell out the base unit, _seconds`
	typed     = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_length_gauge", Help: "x"})           // want `metric shop_queue_length_gauge names its type \(gauge\)`
	reserved  = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_items_count", Help: "x"})                  // want `metric shop_items_count ends in _count, which histograms and summaries add`
	colon     = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop:items", Help: "x"})                        // want `metric shop:items contains a colon`
	noHelp    = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_items"})                                   // want `metric shop_items has no help text`
	badLabels = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_events_total", Help: "x"},
		[]string{"eventType", "le", "__meta"}) // want `label eventType of shop_events_total is not snake_case; name it event_type` `label le of shop_events_total is reserved for histogram buckets` `label __meta of shop_events_total starts with __`
	desc = prometheus.NewDesc(prometheus.BuildFQName("shop", "cache", "hitRatio"), "Hit ratio.", nil, nil) // want `metric shop_cache_hitRatio is not snake_case`
	reg  = promauto.With(nil).NewCounter(prometheus.CounterOpts{Name: "shop_retries", Help: "x"})          // want `counter shop_retries should end in _total`
)

func handler(w http.ResponseWriter, r *http.Request, id int, err error, statusCode int) {
	requests.WithLabelValues("200", r.Method).Inc()
	requests.WithLabelValues(r.URL.Path, "GET").Inc()                               // want `label value Path of the request is raw client input`
	requests.WithLabelValues(err.Error(), "GET").Inc()                              // want `label value err.Error\(\) is free text`
	requests.WithLabelValues(strconv.Itoa(id), "GET").Inc()                         // want `label value strconv.Itoa formats a number, such as an ID`
	requests.WithLabelValues(strconv.Itoa(statusCode), "GET").Inc()                 // a status code: bounded
	requests.WithLabelValues(fmt.Sprintf("%d", r.Response.StatusCode), "GET").Inc() // bounded too
	requests.With(prometheus.Labels{"code": fmt.Sprint(id), "method": "GET"}).Inc() // want `label value fmt.Sprint formats arbitrary values`
	latency.Observe(1)
	inflight.Inc()
}
