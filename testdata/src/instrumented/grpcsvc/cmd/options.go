package main

import (
	grpc_prometheus "github.com/grpc-ecosystem/go-grpc-prometheus"
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"instrumented/grpcsvc/pb"
	"instrumented/grpcsvc/server"
)

type settings struct {
	tracing, metrics bool
	maxRecv          int
}

type app struct{ cfg settings }

// serverOptions builds the server's options apart from where the server is
// created, adding the instrumentation when the configuration asks for it.
func (a *app) serverOptions() ([]grpc.ServerOption, error) {
	opts := []grpc.ServerOption{grpc.MaxRecvMsgSize(a.cfg.maxRecv)}
	if a.cfg.metrics {
		opts = append(opts, grpc.ChainUnaryInterceptor(grpc_prometheus.UnaryServerInterceptor))
	}
	if a.cfg.tracing {
		opts = append(opts, grpc.StatsHandler(otelgrpc.NewServerHandler()))
	}
	return opts, nil
}

// plainOptions builds options that record nothing.
func (a *app) plainOptions() []grpc.ServerOption {
	return []grpc.ServerOption{grpc.MaxRecvMsgSize(a.cfg.maxRecv)}
}

func (a *app) serve() error {
	opts, err := a.serverOptions()
	if err != nil {
		return err
	}
	srv := grpc.NewServer(opts...)
	pb.RegisterOrdersServer(srv, &server.Orders{})

	plain := grpc.NewServer(a.plainOptions()...)
	pb.RegisterOrdersServer(plain, &server.Orders{}) // want `gRPC method server.Orders.List records no request metrics or span`
	return nil
}
