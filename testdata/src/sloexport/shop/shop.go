// Package shop declares SLOs in the three syntaxes for the export's golden
// tests (internal/sloexport).
package shop

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{
	Namespace: "shop", Name: "http_requests_total", Help: "Requests by status code.",
}, []string{"code"})

var latency = prometheus.NewHistogram(prometheus.HistogramOpts{
	Namespace: "shop", Name: "http_request_duration_seconds", Help: "Request latency.",
})

var refunds = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "shop", Name: "refunds_total", Help: "Refunds."})

// ListOrders uses the convention's objective "api": success from the code
// label of shop_http_requests_total, latency from the histogram.
//
//obslint:slo api
func ListOrders(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	requests.WithLabelValues("200").Inc()
	latency.Observe(time.Since(start).Seconds())
}

// Checkout is instrumented by Autometrics and declares its SLO with
// Autometrics' flags.
//
//autometrics:inst --slo checkout --success-target 99.9 --latency-ms 250 --latency-target 99
func Checkout(w http.ResponseWriter, r *http.Request) { _ = pay() }

// pay returns its error through a named result, so Autometrics' generator
// hands it to Instrument and result="error" counts its failures.
//
//autometrics:inst --slo payment --success-target 99 --latency-ms 1000 --latency-target 95
func pay() (err error) { return nil }

// Store is a method receiver: Autometrics labels its methods with
// module="sloexport/shop.Store".
type Store struct{}

// Save has no named error result: Autometrics counts every call as ok, so
// its success objective cannot be measured; its latency can.
//
//autometrics:inst --slo save --success-target 99 --latency-ms 100 --latency-target 99
func (*Store) Save() error { return nil }

// Stats is instrumented by Autometrics without --slo and declares its
// objective with obslint: its series are selected by the function and
// module labels Autometrics derives from its runtime name.
//
//autometrics:inst
//obslint:slo latency=100ms latency_target=99 name=stats
func (*Store) Stats() {}

var slowLatency = prometheus.NewHistogram(prometheus.HistogramOpts{
	Namespace: "shop", Name: "report_duration_seconds", Help: "Report latency.",
	Buckets: prometheus.LinearBuckets(1, 1, 5),
})

// Report's histogram has no bucket at its 300ms threshold: no query can
// count calls within it, and the export says so.
//
//obslint:slo latency=300ms latency_target=99 name=report
func Report(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	slowLatency.Observe(time.Since(start).Seconds())
}

// Export's threshold is a bucket of the same histogram.
//
//obslint:slo latency=2s latency_target=99 name=export
func Export(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	slowLatency.Observe(time.Since(start).Seconds())
}

// Refund declares an inline objective, but its only counter cannot tell
// failures apart: the export says so instead of guessing.
//
//obslint:slo success=99.5 name=refunds
func Refund(w http.ResponseWriter, r *http.Request) { refunds.Inc() }

var handlerRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
	Namespace: "shop", Name: "handler_requests_total", Help: "Requests by handler and status code.",
}, []string{"handler", "code"})

var handlerLatency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
	Namespace: "shop", Name: "handler_request_duration_seconds", Help: "Request latency by handler.",
}, []string{"handler"})

// Search observes metrics shared by handlers, always with its own handler
// label: its indicator selects handler="search".
//
//obslint:slo success=99 latency=500ms latency_target=95 name=search
func Search(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	code := "200"
	defer func() {
		handlerRequests.WithLabelValues("search", code).Inc()
		handlerLatency.With(prometheus.Labels{"handler": "search"}).Observe(time.Since(start).Seconds())
	}()
}

// Browse shares the families with Search under its own handler label.
func Browse(w http.ResponseWriter, r *http.Request) {
	handlerRequests.WithLabelValues("browse", "200").Inc()
}

// GetOrder gets its objective from the convention's slo.entrypoints.
func GetOrder(w http.ResponseWriter, r *http.Request) {
	requests.WithLabelValues("200").Inc()
}

// Routes registers the handlers.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", ListOrders)
	mux.HandleFunc("/order", GetOrder)
	mux.HandleFunc("/checkout", Checkout)
	mux.HandleFunc("/refund", Refund)
	mux.HandleFunc("/report", Report)
	mux.HandleFunc("/search", Search)
	mux.HandleFunc("/browse", Browse)
	mux.HandleFunc("/export", Export)
	return mux
}
