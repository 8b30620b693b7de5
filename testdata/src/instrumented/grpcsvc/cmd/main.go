// Command cmd serves the Orders service twice: bare and instrumented.
package main

import (
	grpc_prometheus "github.com/grpc-ecosystem/go-grpc-prometheus"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"instrumented/grpcsvc/pb"
	"instrumented/grpcsvc/server"
)

func main() {
	bare := grpc.NewServer()
	pb.RegisterOrdersServer(bare, &server.Orders{}) // want `gRPC method server.Orders.List records no request metrics or span; give its server grpc.StatsHandler`

	traced := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	pb.RegisterOrdersServer(traced, &server.Orders{})

	opts := []grpc.ServerOption{grpc.ChainUnaryInterceptor(grpc_prometheus.UnaryServerInterceptor)}
	metered := grpc.NewServer(opts...)
	pb.RegisterOrdersServer(metered, &server.Orders{})
}
