package serving

// knownBuilders are server builders of widely used libraries that always
// instrument what they build or serve, by full name (import path, type,
// method). Their results — and the routers and servers in their results'
// fields — are observed, and the handlers passed to them are served
// observed. The convention's instrumentation.servers adds a company's own.
var knownBuilders = map[string]string{
	// The OpenTelemetry collector's server settings: ToServer adds
	// otelgrpc's stats handler to the gRPC server and wraps the HTTP
	// handler in otelhttp, with the collector's telemetry providers.
	"go.opentelemetry.io/collector/config/configgrpc.ServerConfig.ToServer":       "configgrpc.ServerConfig.ToServer (otelgrpc stats handler)",
	"go.opentelemetry.io/collector/config/configgrpc.GRPCServerSettings.ToServer": "configgrpc.GRPCServerSettings.ToServer (otelgrpc stats handler)",
	"go.opentelemetry.io/collector/config/confighttp.ServerConfig.ToServer":       "confighttp.ServerConfig.ToServer (otelhttp)",
	"go.opentelemetry.io/collector/config/confighttp.HTTPServerSettings.ToServer": "confighttp.HTTPServerSettings.ToServer (otelhttp)",
	// grafana/dskit and weaveworks/common: server.New builds an HTTP
	// router and a gRPC server with request-duration metrics and tracing
	// middleware and interceptors.
	"github.com/grafana/dskit/server.New":     "dskit server.New (instrumented HTTP router and gRPC server)",
	"github.com/weaveworks/common/server.New": "weaveworks common server.New (instrumented HTTP router and gRPC server)",
}

// KnownBuilder describes the function with the given full name when it is
// a known instrumenting server builder, else "".
func KnownBuilder(fullName string) string { return knownBuilders[fullName] }
