// Package pb stands for the code protoc-gen-go-grpc and
// protoc-gen-grpc-gateway generate, written by hand against the real
// grpc and grpc-gateway APIs.
package pb

import (
	"context"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
)

type GetRequest struct{ ID string }
type GetReply struct{ Name string }

type OrdersServer interface {
	Get(context.Context, *GetRequest) (*GetReply, error)
	mustEmbedUnimplementedOrdersServer()
}

type UnimplementedOrdersServer struct{}

func (UnimplementedOrdersServer) Get(context.Context, *GetRequest) (*GetReply, error) { return nil, nil }
func (UnimplementedOrdersServer) mustEmbedUnimplementedOrdersServer()                 {}

var Orders_ServiceDesc = grpc.ServiceDesc{ServiceName: "shop.Orders", HandlerType: (*OrdersServer)(nil)}

func RegisterOrdersServer(s grpc.ServiceRegistrar, srv OrdersServer) {
	s.RegisterService(&Orders_ServiceDesc, srv)
}

func RegisterOrdersHandlerServer(ctx context.Context, mux *runtime.ServeMux, server OrdersServer) error {
	return nil
}

type StockServer interface {
	Count(context.Context, *GetRequest) (*GetReply, error)
	mustEmbedUnimplementedStockServer()
}

type UnimplementedStockServer struct{}

func (UnimplementedStockServer) Count(context.Context, *GetRequest) (*GetReply, error) { return nil, nil }
func (UnimplementedStockServer) mustEmbedUnimplementedStockServer()                   {}

var Stock_ServiceDesc = grpc.ServiceDesc{ServiceName: "shop.Stock", HandlerType: (*StockServer)(nil)}

func RegisterStockServer(s grpc.ServiceRegistrar, srv StockServer) {
	s.RegisterService(&Stock_ServiceDesc, srv)
}

func RegisterStockHandlerFromEndpoint(ctx context.Context, mux *runtime.ServeMux, endpoint string, opts []grpc.DialOption) error {
	return nil
}
