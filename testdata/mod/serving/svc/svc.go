// Package svc implements the gRPC services.
package svc

import (
	"context"

	"example.com/serving/pb"
)

type Orders struct{ pb.UnimplementedOrdersServer }

func (o *Orders) Get(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

type Stock struct{ pb.UnimplementedStockServer }

func (s *Stock) Count(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed
