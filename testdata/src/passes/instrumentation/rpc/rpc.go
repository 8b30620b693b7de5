// Package rpc serves gRPC and connect services with and without
// instrumentation on their servers and handlers.
package rpc

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"connectrpc.com/otelconnect"
	grpc_prometheus "github.com/grpc-ecosystem/go-grpc-prometheus"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	oc "passes/instrumentation/ordersconnect"
	"passes/instrumentation/pb"
)

type Orders struct {
	pb.UnimplementedOrdersServer
}

func (o *Orders) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) {
	return nil, nil
}

type Connect struct{}

func (c *Connect) List(ctx context.Context, req *connect.Request[oc.ListRequest]) (*connect.Response[oc.ListResponse], error) {
	return nil, nil
}

func (c *Connect) Watch(ctx context.Context, req *connect.Request[oc.ListRequest], s *connect.ServerStream[oc.ListResponse]) error {
	return nil
}

func (c *Connect) Upload(ctx context.Context, s *connect.ClientStream[oc.ListRequest]) (*connect.Response[oc.ListResponse], error) {
	return nil, nil
}

func (c *Connect) Chat(ctx context.Context, s *connect.BidiStream[oc.ListRequest, oc.ListResponse]) error {
	return nil
}

func serve() {
	bare := grpc.NewServer()
	pb.RegisterOrdersServer(bare, &Orders{}) // want `registration service=Orders inside=Orders.List:none kinds=none via=- unknown=false`

	traced := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	pb.RegisterOrdersServer(traced, &Orders{}) // want `registration service=Orders inside=Orders.List:none kinds=metrics\+traces via=middleware unknown=false`

	opts := []grpc.ServerOption{grpc.ChainUnaryInterceptor(grpc_prometheus.UnaryServerInterceptor)}
	metered := grpc.NewServer(opts...)
	pb.RegisterOrdersServer(metered, &Orders{}) // want `registration service=Orders inside=Orders.List:none kinds=metrics via=middleware unknown=false`

	mux := http.NewServeMux()
	path, handler := oc.NewOrdersServiceHandler(&Connect{}) // want `registration service=Connect inside=Connect.Chat:none,Connect.List:none,Connect.Upload:none,Connect.Watch:none kinds=none via=- unknown=false`
	mux.Handle(path, handler)

	interceptor, _ := otelconnect.NewInterceptor()
	path, handler = oc.NewOrdersServiceHandler(&Connect{}, connect.WithInterceptors(interceptor)) // want `registration service=Connect inside=.* kinds=metrics\+traces via=middleware unknown=false`
	mux.Handle(path, handler)

	// Not stored: mounted where the pass cannot see.
	oc.NewOrdersServiceHandler(&Connect{}) // want `registration service=Connect inside=.* kinds=none via=- unknown=false`
}
