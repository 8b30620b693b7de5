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
func Checkout(w http.ResponseWriter, r *http.Request) {}

// Refund declares an inline objective, but its only counter cannot tell
// failures apart: the export says so instead of guessing.
//
//obslint:slo success=99.5 name=refunds
func Refund(w http.ResponseWriter, r *http.Request) { refunds.Inc() }

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
	return mux
}
