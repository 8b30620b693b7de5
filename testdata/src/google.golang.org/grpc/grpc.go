// Package grpc is a stub of google.golang.org/grpc.
package grpc

import (
	"context"
	"net"

	"google.golang.org/grpc/stats"
)

type ServerOption interface{}

type UnaryServerInfo struct{ FullMethod string }
type UnaryHandler func(ctx context.Context, req any) (any, error)
type UnaryServerInterceptor func(ctx context.Context, req any, info *UnaryServerInfo, handler UnaryHandler) (resp any, err error)
type StreamServerInterceptor func(srv any, ss ServerStream, info *StreamServerInfo, handler StreamHandler) error
type ServerStream interface{}
type StreamServerInfo struct{}
type StreamHandler func(srv any, stream ServerStream) error

type ServiceDesc struct {
	ServiceName string
	HandlerType any
}

type ServiceRegistrar interface {
	RegisterService(desc *ServiceDesc, impl any)
}

type Server struct{}

func NewServer(opt ...ServerOption) *Server                                     { return nil }
func (s *Server) RegisterService(sd *ServiceDesc, ss any)                       {}
func (s *Server) Serve(lis net.Listener) error                                  { return nil }
func (s *Server) GracefulStop()                                                 {}

type CallOption interface{}
type DialOption interface{}
type StreamDesc struct{ StreamName string }
type ClientStream interface{}

// ClientConnInterface is what generated clients call.
type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}
func StatsHandler(h stats.Handler) ServerOption                                 { return nil }
func UnaryInterceptor(i UnaryServerInterceptor) ServerOption                    { return nil }
func StreamInterceptor(i StreamServerInterceptor) ServerOption                  { return nil }
func ChainUnaryInterceptor(interceptors ...UnaryServerInterceptor) ServerOption { return nil }
func MaxRecvMsgSize(m int) ServerOption                                         { return nil }
