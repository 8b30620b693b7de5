// Package obs is the service's observability helpers. Other packages learn
// through facts that Track and Instrument observe what they are given.
package obs

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

var requests = promauto.NewCounterVec(prometheus.CounterOpts{
	Name: "gcl_http_requests_total",
	Help: "HTTP requests by handler.",
}, []string{"handler"})

var duration = promauto.NewHistogramVec(prometheus.HistogramOpts{
	Name: "gcl_operation_duration_seconds",
	Help: "Duration of operations.",
}, []string{"operation"})

// Track observes the duration of an operation; call the returned func when
// it is done.
func Track(name string) func() {
	start := time.Now()
	return func() { duration.WithLabelValues(name).Observe(time.Since(start).Seconds()) }
}

// Instrument counts the requests of the handler it wraps and times them.
func Instrument(name string, h http.Handler) http.Handler {
	counted := promhttp.InstrumentHandlerCounter(requests.MustCurryWith(prometheus.Labels{"handler": name}), h)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer Track(name)()
		counted.ServeHTTP(w, r)
	})
}
