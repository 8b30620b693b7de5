// Package obs is the service's own observability helpers.
package obs

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"go.opentelemetry.io/otel"
)

var duration = promauto.NewHistogramVec(prometheus.HistogramOpts{
	Name: "services_operation_duration_seconds",
	Help: "Duration of operations.",
}, []string{"operation"})

// Track starts a span named name; call the returned func when done.
func Track(ctx context.Context, name string) func() {
	_, span := otel.Tracer("example.com/services/obs").Start(ctx, name)
	start := time.Now()
	return func() {
		duration.WithLabelValues(name).Observe(time.Since(start).Seconds())
		span.End()
	}
}

// Measure instruments the handler it wraps.
func Measure(name string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer Track(r.Context(), name)()
		h.ServeHTTP(w, r)
	})
}
