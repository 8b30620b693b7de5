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

// Metrics is registered for the Metrics service.
type Metrics struct{}

func (m *Metrics) Query(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

// Querier has the same method for its own callers: it implements
// MetricsServer by accident, and the program registers Metrics for it.
type Querier struct{}

func (q *Querier) Query(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: left out
