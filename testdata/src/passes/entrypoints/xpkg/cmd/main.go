// Command cmd registers package api's handlers: the registrations carry
// the entry point facts of the handlers they register.
package main

import (
	"net/http"

	"passes/entrypoints/xpkg/api"
)

func main() {
	mux := http.NewServeMux()                 // want "router mux created=true param=false parent=- uses=- options=- wrappedby=api.Routes"
	mux.HandleFunc("/orders", api.ListOrders) // want "registration nethttp route=/orders handler=api.ListOrders router=mux wrappers=- imported=api.ListOrders/nethttp"
	h := &api.Handler{}
	mux.HandleFunc("/create", h.Create) // want "registration nethttp route=/create handler=api.Handler.Create router=mux wrappers=- imported=api.Handler.Create/nethttp"
	mux.HandleFunc("/home", api.Home)   // want "registration nethttp route=/home handler=api.Home router=mux wrappers=- imported=api.Home/nethttp/home"
	mux.HandleFunc("/local", local)     // want "registration nethttp route=/local handler=local router=mux wrappers=-"
	api.Routes(mux)
}

// local is unexported: not an entry point, no fact.
func local(w http.ResponseWriter, r *http.Request) {}
