// Package api declares handlers; package cmd registers most of them.
package api

import "net/http"

func ListOrders(w http.ResponseWriter, r *http.Request) {} // want "entrypoint ListOrders nethttp registered=0 escapes=false" ListOrders:`^entrypoint\(nethttp\)$`

// Home is registered here too.
func Home(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Home nethttp registered=1 escapes=false" Home:`^entrypoint\(nethttp, registered at home\)$`

type Handler struct{}

func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Handler.Create nethttp registered=0 escapes=false" Create:`^entrypoint\(nethttp\)$`

// Routes registers on a mux its caller hands it.
func Routes(mux *http.ServeMux) { // want "router mux created=false param=true parent=- uses=- options=- wrappedby=-"
	mux.HandleFunc("/home", Home) // want "registration nethttp route=/home handler=Home router=mux wrappers=-"
}
