// Package mocks holds test doubles that tests start as real servers: they
// are not served in production, so nothing here is reported.
package mocks

import (
	"context"
	"testing"

	"google.golang.org/grpc"

	"instrumented/grpcsvc/pb"
)

type ordersServer struct {
	pb.UnimplementedOrdersServer
	calls  int
	server *grpc.Server
}

func (s *ordersServer) List(context.Context, *pb.ListRequest) (*pb.ListResponse, error) {
	s.calls++
	return &pb.ListResponse{}, nil
}

// Calls says how often List was called.
func (s *ordersServer) Calls() int { return s.calls }

// StartOrders serves a stand-in Orders service for a test.
func StartOrders(t testing.TB) interface{ Calls() int } {
	mock := &ordersServer{server: grpc.NewServer()}
	pb.RegisterOrdersServer(mock.server, mock)
	t.Cleanup(mock.server.GracefulStop)
	return mock
}
