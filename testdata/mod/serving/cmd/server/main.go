// Command server: the API wrapped in otelhttp at the http.Server, the
// gRPC server with otelgrpc's stats handler added under a flag, the
// gateway wrapped in otelhttp, the admin server bare.
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

	"example.com/serving/admin"
	"example.com/serving/api"
	"example.com/serving/pb"
	"example.com/serving/svc"
)

var tracing = flag.Bool("tracing", true, "trace requests")

func main() {
	a := &api.API{}
	srv := &http.Server{Addr: ":8080", Handler: otelhttp.NewHandler(a.Routes(), "api")}
	go srv.ListenAndServe()

	gs := newGRPCServer()
	pb.RegisterOrdersServer(gs, &svc.Orders{})
	pb.RegisterStockServer(gs, &svc.Stock{})
	lis, _ := net.Listen("tcp", ":9090")
	go gs.Serve(lis)

	gw := runtime.NewServeMux()
	pb.RegisterOrdersHandlerServer(context.Background(), gw, &svc.Orders{})
	pb.RegisterStockHandlerFromEndpoint(context.Background(), gw, "localhost:9090", nil) // report: observed
	go http.ListenAndServe(":8081", otelhttp.NewHandler(gw, "gateway"))

	admin.Serve(":6060")
}

func newGRPCServer() *grpc.Server {
	var opts []grpc.ServerOption
	if *tracing {
		opts = append(opts, grpc.StatsHandler(otelgrpc.NewServerHandler()))
	}
	return grpc.NewServer(opts...)
}
