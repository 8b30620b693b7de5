// Package svc implements the gRPC services.
package svc

import (
	"context"

	"google.golang.org/grpc"

	"report/served/pb"
	"report/served/store"
)

type Orders struct {
	pb.UnimplementedOrdersServer
	store *store.Store
}

func (o *Orders) Get(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { // report: observed
	name, err := o.store.Order(ctx, r.ID)
	return &pb.GetReply{Name: name}, err
}
func (o *Orders) List(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { // report: observed
	name, err := o.store.Cached(ctx, r.ID)
	return &pb.GetReply{Name: name}, err
}

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
