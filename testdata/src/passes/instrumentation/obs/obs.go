// want package:"instruments}$"

// Package obs is a company observability package: wrappers that
// instrument their caller, middleware that instruments the handler given
// to it, and functions that do neither.
package obs

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel"
)

var (
	duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "op_duration_seconds", Help: "Ops."}, []string{"op"})
	requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests."}, []string{"code"})
	logins   = prometheus.NewCounter(prometheus.CounterOpts{Name: "logins_total", Help: "Logins."})
)

// Track starts a span; the returned func ends it.
func Track(ctx context.Context, name string) func() { // want `observed Track kinds=traces via=inside` Track:`^instruments caller \(traces\)$`
	_, span := otel.Tracer("obs").Start(ctx, name)
	return func() { span.End() }
}

// Timed runs fn and records its duration.
func Timed(name string, fn func()) { // want `observed Timed kinds=metrics via=inside` Timed:`^instruments caller \(metrics\)$`
	start := time.Now()
	fn()
	duration.WithLabelValues(name).Observe(time.Since(start).Seconds())
}

// Wrap instruments the handler it wraps, in a closure.
func Wrap(name string, h http.Handler) http.Handler { // want `middleware Wrap kinds=metrics` `observed Wrap kinds=metrics via=inside` Wrap:`^instrumenting middleware \(metrics\)$`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		duration.WithLabelValues(name).Observe(time.Since(start).Seconds())
	})
}

// Counted instruments the handler through a library middleware.
func Counted(h http.Handler) http.Handler { // want `middleware Counted kinds=metrics` `observed Counted kinds=metrics via=middleware` Counted:`^instrumenting middleware \(metrics\)$`
	return promhttp.InstrumentHandlerCounter(requests, h)
}

// RecordLogin observes inside, and is neither a wrapper nor middleware.
func RecordLogin() { // want `observed RecordLogin kinds=metrics via=inside` RecordLogin:`^observed \(metrics\)$`
	logins.Inc()
}

// Not observed: Plain hands the handler back, Helper and Gateway are
// the convention's helper and middleware but observe nothing themselves,
// Now calls nothing that records.
func Plain(h http.Handler) http.Handler { return h }

func Helper(ctx context.Context) {}

func Gateway(h http.Handler) http.Handler { return h } // want `middleware Gateway kinds=metrics\+traces`

func Now() time.Time { return time.Now() }
