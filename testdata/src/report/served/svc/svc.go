// Package svc implements the gRPC services.
package svc

import (
	"context"

	"google.golang.org/grpc"

	"report/served/pb"
)

type Orders struct{ pb.UnimplementedOrdersServer }

func (o *Orders) Get(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error)  { return nil, nil } // report: observed
func (o *Orders) List(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

type Stock struct{ pb.UnimplementedStockServer }

func (s *Stock) Count(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

// Handlers collects the services to register, replayed with ForEach into
// a registration function the analysis sees only as a function value.
type Handlers map[*grpc.ServiceDesc]any

func (h Handlers) ForEach(register func(*grpc.ServiceDesc, any)) {
	for desc, impl := range h {
		register(desc, impl)
	}
}

// NewOrders returns the service as its interface.
func NewOrders() pb.OrdersServer { return &Orders{} }
