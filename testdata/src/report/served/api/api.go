// Package api is an HTTP API whose router is created here and served by
// main, wrapped in otelhttp there: the per-package passes cannot see it,
// the whole program can.
package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

type API struct{ db string }

// Routes creates the router and registers the handlers, in three ways.
func (a *API) Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/orders", a.ListOrders) // directly
	a.handle(r, "/orders/{id}", a.GetOrder)
	for _, rt := range a.table() { // a route table
		r.HandleFunc(rt.path, rt.h)
	}
	r.PathPrefix("/v2").Handler(a.v2())
	r.Handle("/export", a.Export())
	return r
}

// handle is a route helper taking the router and the handler.
func (a *API) handle(r *mux.Router, path string, f http.HandlerFunc) {
	r.Handle(path, f)
}

type route struct {
	path string
	h    http.HandlerFunc
}

func (a *API) table() []route {
	return []route{
		{"/carts", a.ListCarts},
		{"/carts/{id}", a.GetCart},
	}
}

// v2 is a chi router mounted under /v2, with a Route callback.
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
func (a *API) GetCart(w http.ResponseWriter, r *http.Request)    {} // report: observed
func (a *API) ListUsers(w http.ResponseWriter, r *http.Request)  {} // report: observed

// Export is a handler factory: the handler it builds is registered.
func (a *API) Export() http.HandlerFunc { // report: observed
	return func(w http.ResponseWriter, r *http.Request) {}
}

// Admin routes: a chi group whose otelhttp middleware is added under a
// flag, around a mounted sub-router.
func (a *API) Admin(tracing bool) http.Handler {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		if tracing {
			r.Use(func(h http.Handler) http.Handler { return otelhttp.NewHandler(h, "admin") })
		}
		sub := chi.NewRouter()
		sub.Get("/stats", a.Stats)
		r.Mount("/admin", sub)
	})
	return r
}

func (a *API) Stats(w http.ResponseWriter, r *http.Request) {} // report: observed
