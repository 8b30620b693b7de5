// want package:"instruments}$"

// Package svc observes its functions in every way the instrumentation
// pass knows, and registers handlers with and without instrumentation.
package svc

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	kitmetrics "github.com/go-kit/kit/metrics"
	"github.com/opentracing/opentracing-go"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opencensus.io/stats"
	octrace "go.opencensus.io/trace"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"

	"passes/instrumentation/api"
	"passes/instrumentation/obs"
)

var (
	hits    = prometheus.NewCounter(prometheus.CounterOpts{Name: "hits_total", Help: "Hits."})
	latency = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "latency_seconds", Help: "Latency."})
	calls   metric.Int64Counter

	served      = stats.Int64("served", "Requests served.", "1")
	kitRequests kitmetrics.Counter
	kitLatency  kitmetrics.Histogram
)

// Observed inside, in each way.

func Counted(w http.ResponseWriter, r *http.Request) { // want `observed Counted kinds=metrics via=inside` Counted:`^observed \(metrics\)$`
	hits.Inc()
}

func Timed(w http.ResponseWriter, r *http.Request) { // want `observed Timed kinds=metrics via=inside` Timed:`^observed \(metrics\)$`
	t := prometheus.NewTimer(latency)
	defer t.ObserveDuration()
}

func OTelCounted(w http.ResponseWriter, r *http.Request) { // want `observed OTelCounted kinds=metrics via=inside` OTelCounted:`^observed \(metrics\)$`
	calls.Add(r.Context(), 1)
}

func Both(w http.ResponseWriter, r *http.Request) { // want `observed Both kinds=metrics\+traces via=inside` Both:`^observed \(metrics\+traces\)$`
	_, span := otel.Tracer("svc").Start(r.Context(), "both")
	defer span.End()
	hits.Inc()
}

func OpenTracing(w http.ResponseWriter, r *http.Request) { // want `observed OpenTracing kinds=traces via=inside` OpenTracing:`^observed \(traces\)$`
	span, _ := opentracing.StartSpanFromContext(r.Context(), "ot")
	defer span.Finish()
}

func OpenCensus(w http.ResponseWriter, r *http.Request) { // want `observed OpenCensus kinds=traces via=inside` OpenCensus:`^observed \(traces\)$`
	_, span := octrace.StartSpan(r.Context(), "oc")
	defer span.End()
}

func OpenCensusStats(w http.ResponseWriter, r *http.Request) { // want `observed OpenCensusStats kinds=metrics via=inside` OpenCensusStats:`^observed \(metrics\)$`
	stats.Record(r.Context(), served.M(1))
}

func GoKitCounter(w http.ResponseWriter, r *http.Request) { // want `observed GoKitCounter kinds=metrics via=inside` GoKitCounter:`^observed \(metrics\)$`
	kitRequests.With("code", "200").Add(1)
}

func GoKitHistogram(w http.ResponseWriter, r *http.Request) { // want `observed GoKitHistogram kinds=metrics via=inside` GoKitHistogram:`^observed \(metrics\)$`
	kitLatency.Observe(0.1)
}

// Auto is observed by Autometrics.
//
//autometrics:inst
func Auto(w http.ResponseWriter, r *http.Request) {} // want `observed Auto kinds=metrics via=directive` Auto:`^observed \(metrics\)$`

func Tracked(w http.ResponseWriter, r *http.Request) { // want `observed Tracked kinds=traces via=helper` Tracked:`^observed \(traces\)$`
	defer obs.Track(r.Context(), "tracked")()
}

func WithTimed(w http.ResponseWriter, r *http.Request) { // want `observed WithTimed kinds=metrics via=helper` WithTimed:`^observed \(metrics\)$`
	obs.Timed("op", func() {})
}

// ConventionHelper calls the convention's helper, which counts as both.
func ConventionHelper(w http.ResponseWriter, r *http.Request) { // want `observed ConventionHelper kinds=metrics\+traces via=helper` ConventionHelper:`^observed \(metrics\+traces\)$`
	obs.Helper(r.Context())
}

// track is a wrapper of this package; its callers are observed through
// it, in whatever order the functions are declared.
func UsesLocal(w http.ResponseWriter, r *http.Request) { // want `observed UsesLocal kinds=traces via=helper` UsesLocal:`^observed \(traces\)$`
	defer track(r.Context())()
}

func track(ctx context.Context) func() { // want `observed track kinds=traces via=inside` track:`^instruments caller \(traces\)$`
	_, span := otel.Tracer("svc").Start(ctx, "local")
	return func() { span.End() }
}

// record observes, but is unexported and no entry point: no fact.
func record() { // want `observed record kinds=metrics via=inside`
	hits.Inc()
}

// mw is middleware of this package.
func mw(h http.Handler) http.Handler { // want `middleware mw kinds=metrics` `observed mw kinds=metrics via=middleware` mw:`^instrumenting middleware \(metrics\)$`
	return promhttp.InstrumentHandlerCounter(nil, h)
}

// Not observed: nothing recorded, or only look-alikes.

func Bare(w http.ResponseWriter, r *http.Request) {}

func Plain(w http.ResponseWriter, r *http.Request) {
	obs.Plain(nil)
	_ = obs.Now()
}

func WrapBare(w http.ResponseWriter, r *http.Request) {}

func WrapOTel(w http.ResponseWriter, r *http.Request) {}

func WrapObs(w http.ResponseWriter, r *http.Request) {}

func WrapCounted(w http.ResponseWriter, r *http.Request) {}

func WrapLocal(w http.ResponseWriter, r *http.Request) {}

func WrapGateway(w http.ResponseWriter, r *http.Request) {}

func WrapValue(w http.ResponseWriter, r *http.Request) {}

func WrapUnknown(w http.ResponseWriter, r *http.Request) {}

func OnChi(w http.ResponseWriter, r *http.Request) {}

func OnChiNested(w http.ResponseWriter, r *http.Request) {}

func OnBareChi(w http.ResponseWriter, r *http.Request) {}

func OnBareChiNested(w http.ResponseWriter, r *http.Request) {}

func OnParam(w http.ResponseWriter, r *http.Request) {}

func OnExternal(w http.ResponseWriter, r *http.Request) {}

func OnDefault(w http.ResponseWriter, r *http.Request) {}

func OnWrappedMux(w http.ResponseWriter, r *http.Request) {}

func routes() {
	mux := http.NewServeMux()
	mux.HandleFunc("/counted", Counted)                                       // want `registration handler=Counted inside=metrics kinds=none via=- unknown=false`
	mux.HandleFunc("/bare", Bare)                                             // want `registration handler=Bare inside=none kinds=none via=- unknown=false`
	mux.Handle("/otel", otelhttp.NewHandler(http.HandlerFunc(WrapOTel), "x")) // want `registration handler=WrapOTel inside=none kinds=metrics\+traces via=middleware unknown=false`
	mux.Handle("/obs", obs.Wrap("x", http.HandlerFunc(WrapObs)))              // want `registration handler=WrapObs inside=none kinds=metrics via=middleware unknown=false`
	mux.Handle("/counted-mw", obs.Counted(http.HandlerFunc(WrapCounted)))     // want `registration handler=WrapCounted inside=none kinds=metrics via=middleware unknown=false`
	mux.Handle("/local-mw", mw(http.HandlerFunc(WrapLocal)))                  // want `registration handler=WrapLocal inside=none kinds=metrics via=middleware unknown=false`
	mux.Handle("/gateway", obs.Gateway(http.HandlerFunc(WrapGateway)))        // want `registration handler=WrapGateway inside=none kinds=metrics\+traces via=middleware unknown=false`
	mux.Handle("/plain", obs.Plain(http.HandlerFunc(WrapBare)))               // want `registration handler=WrapBare inside=none kinds=none via=- unknown=false`
	otelMW := otelhttp.NewMiddleware("svc")
	mux.Handle("/value", otelMW(http.HandlerFunc(WrapValue))) // want `registration handler=WrapValue inside=none kinds=metrics\+traces via=middleware unknown=false`
	mux.HandleFunc("/spanned", api.Spanned)                   // want `registration handler=api.Spanned inside=traces kinds=none via=- unknown=false`
	mux.HandleFunc("/tracked", api.Tracked)                   // want `registration handler=api.Tracked inside=traces kinds=none via=- unknown=false`
	mux.HandleFunc("/api-bare", api.Bare)                     // want `registration handler=api.Bare inside=none kinds=none via=- unknown=false`
	http.HandleFunc("/default", OnDefault)                    // want `registration handler=OnDefault inside=none kinds=none via=- unknown=false`
	external.HandleFunc("/external", OnExternal)              // want `registration handler=OnExternal inside=none kinds=none via=- unknown=true`
	register(mux)

	wrapped := http.NewServeMux()
	wrapped.HandleFunc("/wrapped-mux", OnWrappedMux) // want `registration handler=OnWrappedMux inside=none kinds=metrics\+traces via=middleware unknown=false`
	http.ListenAndServe(":8080", otelhttp.NewHandler(wrapped, "svc"))

	r := chi.NewRouter()
	r.Use(otelhttp.NewMiddleware("svc"))
	r.Get("/chi", OnChi) // want `registration handler=OnChi inside=none kinds=metrics\+traces via=middleware unknown=false`
	r.Route("/api", func(api chi.Router) {
		api.Get("/nested", OnChiNested) // want `registration handler=OnChiNested inside=none kinds=metrics\+traces via=middleware unknown=false`
	})

	bare := chi.NewRouter()
	bare.Get("/bare", OnBareChi) // want `registration handler=OnBareChi inside=none kinds=none via=- unknown=false`
	bare.Route("/api", func(api chi.Router) {
		api.Get("/nested", OnBareChiNested) // want `registration handler=OnBareChiNested inside=none kinds=none via=- unknown=false`
	})
}

// register receives its mux: whatever the caller applied is out of sight.
func register(mux *http.ServeMux) {
	mux.HandleFunc("/param", OnParam) // want `registration handler=OnParam inside=none kinds=none via=- unknown=true`
}

// external is made by a function the pass does not know.
var external = newMux()

func newMux() *http.ServeMux { return nil }

// withMiddleware applies middleware it is handed, which the pass cannot
// follow: unknown.
func withMiddleware(m func(http.Handler) http.Handler) {
	mux := http.NewServeMux()
	mux.Handle("/handed", m(http.HandlerFunc(WrapUnknown))) // want `registration handler=WrapUnknown inside=none kinds=none via=- unknown=true`
}
