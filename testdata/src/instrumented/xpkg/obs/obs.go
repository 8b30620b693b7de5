// Package obs is a company observability package: a wrapper that
// instruments its caller and a middleware that instruments a handler.
package obs

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel"
)

var duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "op_duration_seconds", Help: "Ops."}, []string{"op"})

// Track starts a span; the returned func ends it.
func Track(ctx context.Context, name string) func() {
	_, span := otel.Tracer("obs").Start(ctx, name)
	return func() { span.End() }
}

// Wrap instruments the handler it wraps.
func Wrap(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		duration.WithLabelValues(name).Observe(time.Since(start).Seconds())
	})
}

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests."}, []string{"code"})

// Counted instruments the handler through a library middleware.
func Counted(h http.Handler) http.Handler {
	return promhttp.InstrumentHandlerCounter(requests, h)
}

// Plain does not instrument anything.
func Plain(h http.Handler) http.Handler { return h }
