// Package impl implements the Orders gRPC service and serves it.
package impl

import (
	"context"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"example.com/services/grpcsvc/pb"
)

type Traced struct {
	pb.UnimplementedOrdersServer
}

func (t *Traced) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) {
	return &pb.ListResponse{}, nil
}

type Bare struct {
	pb.UnimplementedOrdersServer
}

func (b *Bare) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want `gRPC method Bare.List records no request metrics or span`
	return &pb.ListResponse{}, nil
}

func Serve() {
	traced := grpc.NewServer(grpc.StatsHandler(otelgrpc.NewServerHandler()))
	pb.RegisterOrdersServer(traced, &Traced{})
	bare := grpc.NewServer()
	pb.RegisterOrdersServer(bare, &Bare{})
}
