// Package inprocgrpc is a stub of github.com/fullstorydev/grpchan/inprocgrpc.
package inprocgrpc

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/stats"
)

// Channel is an in-process gRPC channel: a registrar and a client.
type Channel struct{}

func (c *Channel) RegisterService(desc *grpc.ServiceDesc, svr any)                  {}
func (c *Channel) WithServerStatsHandler(h stats.Handler) *Channel                  { return c }
func (c *Channel) WithServerUnaryInterceptor(i grpc.UnaryServerInterceptor) *Channel { return c }
