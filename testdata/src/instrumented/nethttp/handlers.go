// Package nethttp exercises net/http entry points registered in their own
// package.
package nethttp

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "http_requests_total", Help: "Requests."}, []string{"code"})

var latency = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "http_request_duration_seconds", Help: "Latency."})

func Unobserved(w http.ResponseWriter, r *http.Request) { // want `handler Unobserved records no request metrics or span; wrap it where it is registered \(otelhttp.NewHandler\) or instrument it \(convention: any\)`
	w.WriteHeader(http.StatusOK)
}

func Counted(w http.ResponseWriter, r *http.Request) {
	requests.WithLabelValues("200").Inc()
}

func Timed(w http.ResponseWriter, r *http.Request) {
	defer prometheus.NewTimer(latency).ObserveDuration()
}

func Spanned(w http.ResponseWriter, r *http.Request) {
	_, span := otel.Tracer("nethttp").Start(r.Context(), "Spanned")
	defer span.End()
}

func Wrapped(w http.ResponseWriter, r *http.Request) {}

func WithHelper(w http.ResponseWriter, r *http.Request) {
	defer track(r.Context(), "with_helper")()
}

// track instruments its caller: it is a wrapper, so calling it counts.
func track(ctx context.Context, name string) func() {
	_, span := otel.Tracer("nethttp").Start(ctx, name)
	return func() { span.End() }
}

//autometrics:inst
func Directive(w http.ResponseWriter, r *http.Request) {}

// unexported handlers are not entry points with exported_only (default).
func internal(w http.ResponseWriter, r *http.Request) {}

// NeverRegistered is judged where it is registered, if anywhere.
func NeverRegistered(w http.ResponseWriter, r *http.Request) {}

// Tabled is stored in a route table the analyzer does not follow.
func Tabled(w http.ResponseWriter, r *http.Request) {}

var table = map[string]http.HandlerFunc{"/tabled": Tabled}

//obslint:ignore instrumented the gateway in front records RED metrics for it
func Ignored(w http.ResponseWriter, r *http.Request) {}

func Default(w http.ResponseWriter, r *http.Request) { // want `handler Default records no request metrics or span`
}

// Store is a handler type.
type Store struct{}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `handler Store.ServeHTTP records no request metrics or span`
}

// logging is middleware, not an entry point: it passes the request on.
type logging struct{ next http.Handler }

func (l logging) ServeHTTP(w http.ResponseWriter, r *http.Request) { l.next.ServeHTTP(w, r) }

func routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/unobserved", Unobserved)
	mux.HandleFunc("/counted", Counted)
	mux.HandleFunc("/timed", Timed)
	mux.HandleFunc("/spanned", Spanned)
	mux.Handle("/wrapped", otelhttp.NewHandler(http.HandlerFunc(Wrapped), "wrapped"))
	mux.HandleFunc("/helper", WithHelper)
	mux.HandleFunc("/directive", Directive)
	mux.HandleFunc("/internal", internal)
	mux.HandleFunc("/ignored", Ignored)
	mux.Handle("/store", &Store{})
	mux.Handle("/logged", logging{next: http.HandlerFunc(Counted)})
	return mux
}

func serve() {
	http.HandleFunc("/default", Default)
	http.ListenAndServe(":8080", nil)
}
