// Package server implements and mounts a connect service.
package server

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"connectrpc.com/otelconnect"

	"instrumented/connectsvc/ordersv1connect"
)

type Orders struct{}

func (o *Orders) List(ctx context.Context, req *connect.Request[ordersv1connect.ListRequest]) (*connect.Response[ordersv1connect.ListResponse], error) { // want `connect method Orders.List records no request metrics or span; add an otelconnect interceptor to its handler or instrument it`
	return connect.NewResponse(&ordersv1connect.ListResponse{}), nil
}

type Traced struct{}

func (t *Traced) List(ctx context.Context, req *connect.Request[ordersv1connect.ListRequest]) (*connect.Response[ordersv1connect.ListResponse], error) {
	return nil, nil
}

func mount() {
	mux := http.NewServeMux()
	path, handler := ordersv1connect.NewOrdersServiceHandler(&Orders{})
	mux.Handle(path, handler)

	otelInterceptor, _ := otelconnect.NewInterceptor()
	path, handler = ordersv1connect.NewOrdersServiceHandler(&Traced{}, connect.WithInterceptors(otelInterceptor))
	mux.Handle(path, handler)
}
