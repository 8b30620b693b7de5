// Package inproc registers services on a handler map that is replayed
// into the gRPC server and into an in-process channel, whose stats
// handler is added under a flag; one method also registers itself in a
// function nothing calls.
package inproc

import (
	"context"

	"github.com/fullstorydev/grpchan"
	"github.com/fullstorydev/grpchan/inprocgrpc"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"report/served/pb"
)

type Warehouse struct{ pb.UnimplementedStockServer }

func (w *Warehouse) Count(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

// RegisterGRPC is never called: its registration does not happen here.
func (w *Warehouse) RegisterGRPC(s *grpc.Server) { pb.RegisterStockServer(s, w) }

func Start(tracing bool) (*grpc.Server, *inprocgrpc.Channel) {
	handlers := &grpchan.HandlerMap{}
	pb.RegisterStockServer(handlers, &Warehouse{})

	var opts []grpc.ServerOption
	ch := &inprocgrpc.Channel{}
	if tracing {
		sh := otelgrpc.NewServerHandler()
		opts = append(opts, grpc.StatsHandler(sh))
		ch = ch.WithServerStatsHandler(sh)
	}
	gs := grpc.NewServer(opts...)
	handlers.ForEach(ch.RegisterService)
	handlers.ForEach(gs.RegisterService)
	return gs, ch
}
