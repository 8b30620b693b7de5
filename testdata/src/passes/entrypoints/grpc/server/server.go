// Package server implements the Orders service twice: Orders, registered
// here, and Remote, registered by package cmd.
package server

import (
	"context"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"passes/entrypoints/grpc/pb"
)

type Orders struct {
	pb.UnimplementedOrdersServer
}

func (o *Orders) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want "entrypoint Orders.List grpc registered=1 escapes=false" List:`^entrypoint\(grpc, registered at home\)$`
	return nil, nil
}

// Orders.Get is the embedded stub's: no entry point. Nor are methods
// outside the service.
func (o *Orders) helper() {}

func (o *Orders) Close() error { return nil }

type Remote struct {
	pb.UnimplementedOrdersServer
}

func (r *Remote) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want "entrypoint Remote.List grpc registered=0 escapes=false" List:`^entrypoint\(grpc\)$`
	return nil, nil
}

func (r *Remote) Get(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want "entrypoint Remote.Get grpc registered=0 escapes=false" Get:`^entrypoint\(grpc\)$`
	return nil, nil
}

// NotAService has the methods' names but not the interface.
type NotAService struct{}

func (NotAService) List(ctx context.Context) error { return nil }

func Serve() {
	s := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler())) // want "router s created=true param=false parent=- uses=- options=grpc.StatsHandler wrappedby=pb.RegisterOrdersServer"
	pb.RegisterOrdersServer(s, &Orders{})                               // want "registration grpc route=- handler=- router=s wrappers=- service=Orders methods=Orders.List"
}
