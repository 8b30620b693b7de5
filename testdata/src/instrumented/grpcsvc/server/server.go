// Package server implements the Orders service; package cmd registers it.
package server

import (
	"context"

	"google.golang.org/grpc"

	"instrumented/grpcsvc/pb"
)

func newServer() *grpc.Server { return grpc.NewServer() }

type Orders struct {
	pb.UnimplementedOrdersServer
}

func (o *Orders) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) {
	return &pb.ListResponse{}, nil
}

// Get is not implemented here: the embedded stub's Get is no entry point.

// Local is registered in this package, on a server without instrumentation.
type Local struct {
	pb.UnimplementedOrdersServer
}

func (l *Local) List(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want `gRPC method Local.List records no request metrics or span; give its server grpc.StatsHandler\(otelgrpc.NewServerHandler\(\)\) or instrument it`
	return nil, nil
}

func (l *Local) Get(ctx context.Context, req *pb.ListRequest) (*pb.ListResponse, error) { // want `gRPC method Local.Get records no request metrics or span`
	return nil, nil
}

func (l *Local) helper() {}

func serveLocal() {
	s := grpc.NewServer()
	pb.RegisterOrdersServer(s, &Local{})
}
