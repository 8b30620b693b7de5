package instrumentation

import (
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
)

// Library import paths, without major version suffixes.
const (
	pkgPrometheus = "github.com/prometheus/client_golang/prometheus"
	pkgOtelMetric = "go.opentelemetry.io/otel/metric"
	pkgOtelTrace  = "go.opentelemetry.io/otel/trace"
	// Older tracing APIs that services still run on.
	pkgOpenTracing = "github.com/opentracing/opentracing-go"
	pkgOpenCensus  = "go.opencensus.io/trace"
	// Older metrics APIs: OpenCensus stats and go-kit's metrics
	// interfaces (implemented over Prometheus, statsd, ...).
	pkgOpenCensusStats = "go.opencensus.io/stats"
	pkgGoKitMetrics    = "github.com/go-kit/kit/metrics"
	pkgGoKitMetricsNew = "github.com/go-kit/metrics"
)

// telemetryPackage reports whether path is a library whose calls can
// observe: client_golang, OpenTelemetry, and the packages of known
// middleware.
func telemetryPackage(path string) bool {
	if typesutil.PkgPathIs(path, "github.com/prometheus/client_golang") || strings.HasPrefix(path, "github.com/prometheus/client_golang/") ||
		path == "go.opentelemetry.io/otel" || strings.HasPrefix(path, "go.opentelemetry.io/") ||
		path == pkgOpenTracing || strings.HasPrefix(path, pkgOpenTracing+"/") || strings.HasPrefix(path, "go.opencensus.io/") ||
		strings.HasPrefix(path, pkgGoKitMetrics) || strings.HasPrefix(path, pkgGoKitMetricsNew) {
		return true
	}
	for p := range knownMiddleware {
		if typesutil.PkgPathIs(path, p) {
			return true
		}
	}
	return false
}

// observation returns what a call of fn records: Prometheus observations
// (Inc, Observe, …, on any client_golang metric, including through
// WithLabelValues and prometheus.NewTimer(...).ObserveDuration),
// OpenTelemetry instrument records, and span starts.
func observation(fn *types.Func) Kind {
	if fn == nil || fn.Pkg() == nil {
		return 0
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return 0
	}
	switch fn.Pkg().Path() {
	case pkgOpenTracing:
		// opentracing.StartSpan(FromContext) and Tracer.StartSpan
		if fn.Name() == "StartSpan" || fn.Name() == "StartSpanFromContext" || fn.Name() == "StartSpanFromContextWithTracer" {
			return Traces
		}
		return 0
	case pkgOpenCensus:
		if fn.Name() == "StartSpan" || fn.Name() == "StartSpanWithRemoteParent" {
			return Traces
		}
		return 0
	case pkgOpenCensusStats:
		if fn.Name() == "Record" || fn.Name() == "RecordWithTags" || fn.Name() == "RecordWithOptions" {
			return Metrics
		}
		return 0
	case pkgGoKitMetrics, pkgGoKitMetricsNew:
		// Counter.Add, Gauge.Set/Add, Histogram.Observe
		if sig.Recv() != nil && (fn.Name() == "Add" || fn.Name() == "Set" || fn.Name() == "Observe") {
			return Metrics
		}
		return 0
	}
	if sig.Recv() == nil {
		return 0
	}
	switch path := fn.Pkg().Path(); {
	case path == pkgPrometheus:
		switch fn.Name() {
		case "Inc", "Dec", "Add", "Sub", "Set", "SetToCurrentTime", "Observe", "ObserveDuration",
			"AddWithExemplar", "ObserveWithExemplar", "ObserveDurationWithExemplar":
			return Metrics
		}
	case path == pkgOtelMetric:
		if fn.Name() == "Add" || fn.Name() == "Record" {
			return Metrics
		}
	case path == pkgOtelTrace:
		if fn.Name() == "Start" && typesutil.IsNamed(sig.Recv().Type(), pkgOtelTrace, "Tracer") {
			return Traces
		}
	}
	return 0
}

// knownMiddleware are library functions that instrument the handlers,
// routers or servers they are applied to, by package (any major version)
// and name.
var knownMiddleware = map[string]map[string]Kind{
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp": {
		"NewHandler": Metrics | Traces, "WithRouteTag": Metrics | Traces, "NewMiddleware": Metrics | Traces,
	},
	"github.com/prometheus/client_golang/prometheus/promhttp": {
		"InstrumentHandlerCounter": Metrics, "InstrumentHandlerDuration": Metrics, "InstrumentHandlerInFlight": Metrics,
		"InstrumentHandlerRequestSize": Metrics, "InstrumentHandlerResponseSize": Metrics, "InstrumentHandlerTimeToWriteHeader": Metrics,
	},
	"go.opentelemetry.io/contrib/instrumentation/github.com/gin-gonic/gin/otelgin":  {"Middleware": Traces},
	"go.opentelemetry.io/contrib/instrumentation/github.com/labstack/echo/otelecho": {"Middleware": Traces},
	"go.opentelemetry.io/contrib/instrumentation/github.com/gorilla/mux/otelmux":    {"Middleware": Traces},
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc":   {"NewServerHandler": Metrics | Traces, "UnaryServerInterceptor": Metrics | Traces, "StreamServerInterceptor": Metrics | Traces},
	"github.com/grpc-ecosystem/go-grpc-prometheus":                                  {"UnaryServerInterceptor": Metrics, "StreamServerInterceptor": Metrics},
	"github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus":             {"UnaryServerInterceptor": Metrics, "StreamServerInterceptor": Metrics},
	"connectrpc.com/otelconnect":                                                    {"NewInterceptor": Metrics | Traces},
	"github.com/gofiber/contrib/otelfiber":                                          {"Middleware": Metrics | Traces},
	"github.com/labstack/echo-contrib/echoprometheus":                               {"NewMiddleware": Metrics, "NewMiddlewareWithConfig": Metrics},
	"github.com/autometrics-dev/autometrics-go/prometheus/midhttp":                  {"Autometrics": Metrics},
	"github.com/autometrics-dev/autometrics-go/otel/midhttp":                        {"Autometrics": Metrics},
}

// middlewareKind returns what the library function fn instruments when
// applied to a handler, router or server.
func middlewareKind(fn *types.Func) Kind {
	if fn == nil || fn.Pkg() == nil {
		return 0
	}
	path := fn.Pkg().Path()
	if names, ok := knownMiddleware[path]; ok {
		return names[fn.Name()]
	}
	for p, names := range knownMiddleware {
		if typesutil.PkgPathIs(path, p) {
			return names[fn.Name()]
		}
	}
	return 0
}

// Observes returns what a call of fn records by itself: a Prometheus
// observation, an OpenTelemetry instrument record or a span start.
func Observes(fn *types.Func) Kind { return observation(fn) }

// LibraryMiddleware returns what the library function fn instruments when
// applied to a handler, router or server (otelhttp.NewHandler,
// otelgrpc.NewServerHandler, promhttp.InstrumentHandler*, …).
func LibraryMiddleware(fn *types.Func) Kind { return middlewareKind(fn) }

// IsHandlerish recognises handler, middleware, router and server-option
// types of the supported frameworks.
func IsHandlerish(t types.Type) bool { return isHandlerish(t) }
