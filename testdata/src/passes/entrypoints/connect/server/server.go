// Package server implements a connect service in its four method shapes
// and mounts it.
package server

import (
	"context"
	"net/http"

	"connectrpc.com/connect"
	"connectrpc.com/otelconnect"

	oc "passes/entrypoints/connect/ordersconnect"
)

type Orders struct{}

func (o *Orders) List(ctx context.Context, req *connect.Request[oc.ListRequest]) (*connect.Response[oc.ListResponse], error) { // want "entrypoint Orders.List connect registered=1 escapes=false" List:`^entrypoint\(connect, registered at home\)$`
	return nil, nil
}

func (o *Orders) Watch(ctx context.Context, req *connect.Request[oc.ListRequest], s *connect.ServerStream[oc.ListResponse]) error { // want "entrypoint Orders.Watch connect registered=1 escapes=false" Watch:`^entrypoint\(connect, registered at home\)$`
	return nil
}

func (o *Orders) Upload(ctx context.Context, s *connect.ClientStream[oc.ListRequest]) (*connect.Response[oc.ListResponse], error) { // want "entrypoint Orders.Upload connect registered=1 escapes=false" Upload:`registered at home`
	return nil, nil
}

func (o *Orders) Chat(ctx context.Context, s *connect.BidiStream[oc.ListRequest, oc.ListResponse]) error { // want "entrypoint Orders.Chat connect registered=1 escapes=false" Chat:`registered at home`
	return nil
}

func Mount() {
	mux := http.NewServeMux() // want "router mux created=true param=false parent=- uses=- options=- wrappedby=-"
	interceptor, _ := otelconnect.NewInterceptor()
	path, handler := oc.NewOrdersServiceHandler(&Orders{}, connect.WithInterceptors(interceptor)) // want "router handler created=true param=false parent=mux uses=- options=- wrappedby=mux.Handle" "registration connect route=/OrdersService handler=- router=handler wrappers=- middleware=connect.WithInterceptors service=Orders methods=Orders.Chat,Orders.List,Orders.Upload,Orders.Watch"
	mux.Handle(path, handler)                                                                     // a mount: no registration
}
