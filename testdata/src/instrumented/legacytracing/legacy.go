// Package legacytracing: spans started with OpenTracing or OpenCensus,
// which older services still use, observe a handler like OpenTelemetry's.
package legacytracing

import (
	"net/http"

	"github.com/go-kit/kit/metrics"
	"github.com/opentracing/opentracing-go"
	"go.opencensus.io/stats"
	"go.opencensus.io/trace"
)

func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/ot", OpenTracing)
	mux.HandleFunc("/ot2", OpenTracingTracer)
	mux.HandleFunc("/oc", OpenCensus)
	mux.HandleFunc("/bare", Bare)
	mux.HandleFunc("/ocstats", OpenCensusStats)
	mux.HandleFunc("/gokit", GoKit)
	return mux
}

func OpenTracing(w http.ResponseWriter, r *http.Request) {
	span, _ := opentracing.StartSpanFromContext(r.Context(), "ot")
	defer span.Finish()
}

func OpenTracingTracer(w http.ResponseWriter, r *http.Request) {
	span := opentracing.GlobalTracer().StartSpan("ot2")
	defer span.Finish()
}

func OpenCensus(w http.ResponseWriter, r *http.Request) {
	_, span := trace.StartSpan(r.Context(), "oc")
	defer span.End()
}

func Bare(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) } // want `handler Bare records no request metrics or span`

var served = stats.Int64("served", "requests served", "1")

// OpenCensusStats records an OpenCensus measurement: a metric.
func OpenCensusStats(w http.ResponseWriter, r *http.Request) {
	stats.Record(r.Context(), served.M(1))
}

var requests metrics.Counter

// GoKit adds to a go-kit counter (implemented over Prometheus, statsd, ...).
func GoKit(w http.ResponseWriter, r *http.Request) {
	requests.With("code", "200").Add(1)
}
