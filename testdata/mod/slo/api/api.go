// Package api declares SLOs in the three syntaxes against the real
// client_golang; obslint slo export turns them into rules promtool checks.
package api

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

var requests = promauto.NewCounterVec(prometheus.CounterOpts{
	Namespace: "shop", Name: "http_requests_total", Help: "Requests by status code.",
}, []string{"code"})

var latency = promauto.NewHistogram(prometheus.HistogramOpts{
	Namespace: "shop", Name: "http_request_duration_seconds", Help: "Request latency.",
	Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1},
})

// ListOrders uses the convention's objective.
//
//obslint:slo api
func ListOrders(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() { latency.Observe(time.Since(start).Seconds()) }()
	requests.WithLabelValues("200").Inc()
}

// Checkout is instrumented by Autometrics' generator.
//
//autometrics:inst --slo checkout --latency-ms 500 --latency-target 95
func Checkout(w http.ResponseWriter, r *http.Request) {
	if err := (&Payments{}).Charge(r); err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Payments charges cards.
type Payments struct{}

// Charge returns its error through a named result, so Autometrics counts
// its failures (result="error"); its series carry
// module="example.com/slo/api.Payments".
//
//autometrics:inst --slo charge --success-target 99.9 --latency-ms 1000 --latency-target 99
func (p *Payments) Charge(r *http.Request) (err error) { return nil }

// Refund has no named error result: Autometrics counts every call as ok.
//
//autometrics:inst --slo refund --success-target 99 // want `success objective on Payments.Refund, whose //autometrics:inst counts every call as ok`
func (p *Payments) Refund(r *http.Request) error { return nil }

// Search declares its objective inline.
//
//obslint:slo success=99.5 latency=1s latency_target=90 name=search
func Search(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() { latency.Observe(time.Since(start).Seconds()) }()
	requests.WithLabelValues("200").Inc()
}

// GetOrder takes the objective the convention maps to it.
func GetOrder(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() { latency.Observe(time.Since(start).Seconds()) }()
	requests.WithLabelValues("200").Inc()
}

func Cancel(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() } // want `entry point Cancel declares no SLO; add //obslint:slo NAME \(objectives: api\)`

// Typo names an objective that does not exist.
//
//obslint:slo apl // want `unknown SLO objective "apl"; did you mean "api"\?`
func Typo(w http.ResponseWriter, r *http.Request) { requests.WithLabelValues("200").Inc() }

// Routes registers the handlers.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", ListOrders)
	mux.HandleFunc("/order", GetOrder)
	mux.HandleFunc("/checkout", Checkout)
	mux.HandleFunc("/search", Search)
	mux.HandleFunc("/cancel", Cancel)
	mux.HandleFunc("/typo", Typo)
	return mux
}
