// Command server starts the API (wrapped in otelhttp at the http.Server),
// the gRPC server (interceptors assembled in a slice, one added under a
// flag), the gateway (its mux wrapped in the module's Metrics) and the
// admin server (bare).
package main

import (
	"context"
	"flag"
	"net"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"google.golang.org/grpc"

	"report/served/admin"
	"report/served/devharness"
	"report/served/ginauth"
	"report/served/inproc"
	"report/served/oapi"
	"report/served/registry"
	"report/served/api"
	"report/served/pb"
	"report/served/svc"
)

var tracing = flag.Bool("tracing", true, "trace requests")

func main() {
	a := &api.API{}
	srv := &http.Server{Addr: ":8080", Handler: otelhttp.NewHandler(a.Routes(), "api")}
	go srv.ListenAndServe()

	gs := newGRPCServer()
	pb.RegisterOrdersServer(gs, &svc.Orders{})
	pb.RegisterMetricsServer(gs, &svc.Metrics{})
	handlers := svc.Handlers{&pb.Stock_ServiceDesc: &svc.Stock{}}
	handlers.ForEach(gs.RegisterService)
	lis, _ := net.Listen("tcp", ":9090")
	go gs.Serve(lis)

	gw := runtime.NewServeMux()
	pb.RegisterOrdersHandlerServer(context.Background(), gw, &svc.Orders{})
	pb.RegisterStockHandlerFromEndpoint(context.Background(), gw, "localhost:9090", nil) // report: observed
	go http.ListenAndServe(":8081", api.Metrics(gw))

	go http.ListenAndServe(":8082", a.Admin(*tracing))
	go oapi.Serve(":8083")
	go registry.Serve(*tracing)
	ig, _ := inproc.Start(*tracing)
	go ig.Serve(lis)

	go ginauth.Serve(&ginauth.Auth{})
	devharness.Run()
	admin.Serve(":6060")
}

// newGRPCServer assembles the options in a slice; the stats handler is
// added only under a flag, which still counts.
func newGRPCServer() *grpc.Server {
	var opts []grpc.ServerOption
	if *tracing {
		opts = append(opts, grpc.StatsHandler(otelgrpc.NewServerHandler()))
	}
	return grpc.NewServer(opts...)
}
