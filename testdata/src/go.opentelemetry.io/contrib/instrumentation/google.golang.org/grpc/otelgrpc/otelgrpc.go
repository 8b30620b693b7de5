// Package otelgrpc is a stub of the otelgrpc contrib package.
package otelgrpc

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/stats"
)

type Option interface{}

func NewServerHandler(opts ...Option) stats.Handler                     { return nil }
func UnaryServerInterceptor(opts ...Option) grpc.UnaryServerInterceptor { return nil }
