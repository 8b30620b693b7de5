// Package grpc_prometheus is a stub of github.com/grpc-ecosystem/go-grpc-prometheus.
package grpc_prometheus

import (
	"context"

	"google.golang.org/grpc"
)

func UnaryServerInterceptor(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
	return nil, nil
}
func StreamServerInterceptor(srv interface{}, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
	return nil
}
func Register(server *grpc.Server) {}
