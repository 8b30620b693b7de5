// Package pb stands for generated gRPC and grpc-gateway code.
package pb

import (
	"context"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
)

type GetRequest struct{ ID string }
type GetReply struct{ Name string }

// OrdersServer is the service interface protoc-gen-go-grpc generates.
type OrdersServer interface {
	Get(context.Context, *GetRequest) (*GetReply, error)
	List(context.Context, *GetRequest) (*GetReply, error)
	mustEmbedUnimplementedOrdersServer()
}

type UnimplementedOrdersServer struct{}

func (UnimplementedOrdersServer) Get(context.Context, *GetRequest) (*GetReply, error)  { return nil, nil }
func (UnimplementedOrdersServer) List(context.Context, *GetRequest) (*GetReply, error) { return nil, nil }
func (UnimplementedOrdersServer) mustEmbedUnimplementedOrdersServer()                  {}

var Orders_ServiceDesc = grpc.ServiceDesc{ServiceName: "shop.Orders", HandlerType: (*OrdersServer)(nil)}

func RegisterOrdersServer(s grpc.ServiceRegistrar, srv OrdersServer) {
	s.RegisterService(&Orders_ServiceDesc, srv)
}

// RegisterOrdersHandlerServer is what protoc-gen-grpc-gateway generates:
// HTTP routes on mux that call srv in process.
func RegisterOrdersHandlerServer(ctx context.Context, mux *runtime.ServeMux, server OrdersServer) error {
	return nil
}

// StockServer is a second service.
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

// RegisterStockHandlerFromEndpoint proxies HTTP routes to a Stock server
// at endpoint.
func RegisterStockHandlerFromEndpoint(ctx context.Context, mux *runtime.ServeMux, endpoint string, opts []grpc.DialOption) error {
	return nil
}

var _ = http.StatusOK

// MetricsServer is a one-method interface of an older generator, without
// the embedding that modern ones require: any type with the method
// implements it.
type MetricsServer interface {
	Query(context.Context, *GetRequest) (*GetReply, error)
}

var Metrics_ServiceDesc = grpc.ServiceDesc{ServiceName: "shop.Metrics", HandlerType: (*MetricsServer)(nil)}

func RegisterMetricsServer(s grpc.ServiceRegistrar, srv MetricsServer) {
	s.RegisterService(&Metrics_ServiceDesc, srv)
}
