package api

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

var latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "api_request_duration_seconds", Help: "Latency."}, []string{"code"})

// Metrics is the module's own middleware: a closure that observes a
// histogram around the handler it wraps.
func Metrics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		latency.WithLabelValues("200").Observe(time.Since(start).Seconds())
	})
}
