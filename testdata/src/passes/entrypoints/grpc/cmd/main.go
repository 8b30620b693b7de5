// Command cmd registers package server's Remote service.
package main

import (
	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"google.golang.org/grpc"

	"passes/entrypoints/grpc/pb"
	"passes/entrypoints/grpc/server"
)

func main() {
	opts := []grpc.ServerOption{grpc.UnaryInterceptor(otelgrpc.UnaryServerInterceptor())}
	s := grpc.NewServer(opts...)                 // want "router s created=true param=false parent=- uses=- options=opts wrappedby=pb.RegisterOrdersServer"
	pb.RegisterOrdersServer(s, &server.Remote{}) // want "registration grpc route=- handler=- router=s wrappers=- service=server.Remote methods=server.Remote.Get,server.Remote.List imported=server.Remote.Get/grpc,server.Remote.List/grpc"
}
