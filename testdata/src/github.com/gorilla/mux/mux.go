// Package mux is a stub of github.com/gorilla/mux.
package mux

import "net/http"

type MiddlewareFunc func(http.Handler) http.Handler

type Route struct{}

func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Handler(handler http.Handler) *Route                           { return r }

type Router struct{}

func NewRouter() *Router                                             { return nil }
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Use(mwf ...MiddlewareFunc)                          {}
func (r *Router) Handle(path string, handler http.Handler) *Route    { return nil }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return nil
}
func (r *Router) Path(tpl string) *Route       { return nil }
func (r *Router) PathPrefix(tpl string) *Route { return nil }
func (r *Route) Subrouter() *Router            { return nil }
