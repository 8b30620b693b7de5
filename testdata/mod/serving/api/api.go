// Package api creates a gorilla/mux router, registers handlers directly,
// through a route helper and from a route table, mounts a chi router,
// and returns it: main wraps it in otelhttp.
package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

type API struct{}

func (a *API) Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/orders", a.ListOrders)
	a.handle(r, "/orders/{id}", a.GetOrder)
	for _, rt := range a.table() {
		r.HandleFunc(rt.path, rt.h)
	}
	r.PathPrefix("/v2").Handler(a.v2())
	return r
}

func (a *API) handle(r *mux.Router, path string, f http.HandlerFunc) { r.Handle(path, f) }

type route struct {
	path string
	h    http.HandlerFunc
}

func (a *API) table() []route {
	return []route{{"/carts", a.ListCarts}}
}

func (a *API) v2() http.Handler {
	r := chi.NewRouter()
	r.Route("/users", func(r chi.Router) {
		r.Get("/", a.ListUsers)
	})
	return r
}

func (a *API) ListOrders(w http.ResponseWriter, r *http.Request) {} // report: observed
func (a *API) GetOrder(w http.ResponseWriter, r *http.Request)   {} // report: observed
func (a *API) ListCarts(w http.ResponseWriter, r *http.Request)  {} // report: observed
func (a *API) ListUsers(w http.ResponseWriter, r *http.Request)  {} // report: observed
