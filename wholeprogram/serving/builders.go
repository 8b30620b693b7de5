package serving

import (
	"go/types"

	"github.com/obslint/obslint/internal/typesutil"
)

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
	"github.com/grafana/dskit/server.New":                "dskit server.New (instrumented HTTP router and gRPC server)",
	"github.com/grafana/dskit/server.NewWithMetrics":     "dskit server.NewWithMetrics (instrumented HTTP router and gRPC server)",
	"github.com/weaveworks/common/server.New":            "weaveworks common server.New (instrumented HTTP router and gRPC server)",
	"github.com/weaveworks/common/server.NewWithMetrics": "weaveworks common server.NewWithMetrics (instrumented HTTP router and gRPC server)",
}

// knownServedFields are configuration fields whose router a known
// builder serves instrumented: dskit's server.Config.Router is served
// behind its instrumentation middleware.
var knownServedFields = map[string]string{
	"github.com/grafana/dskit/server.Config.Router":     "dskit server.Config.Router (served instrumented by server.New)",
	"github.com/weaveworks/common/server.Config.Router": "weaveworks common server.Config.Router (served instrumented by server.New)",
}

// servedField describes the field f of a struct of type owner when a
// known builder serves what is stored there, instrumented.
func servedField(owner types.Type, f *types.Var) string {
	n := typesutil.NamedOf(owner)
	if n == nil || n.Obj().Pkg() == nil {
		return ""
	}
	return knownServedFields[n.Obj().Pkg().Path()+"."+n.Obj().Name()+"."+f.Name()]
}

// KnownBuilder describes the function with the given full name when it is
// a known instrumenting server builder, else "".
func KnownBuilder(fullName string) string { return knownBuilders[fullName] }
