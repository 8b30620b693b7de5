// Package chi is a stub of github.com/go-chi/chi/v5.
package chi

import "net/http"

type Middlewares []func(http.Handler) http.Handler

type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
	Route(pattern string, fn func(r Router)) Router
	Group(fn func(r Router)) Router
	With(middlewares ...func(http.Handler) http.Handler) Router
	Mount(pattern string, h http.Handler)
}

type Mux struct{}

func NewRouter() *Mux { return nil }
func NewMux() *Mux    { return nil }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)   {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler) {}
func (mx *Mux) Get(pattern string, h http.HandlerFunc)             {}
func (mx *Mux) Post(pattern string, h http.HandlerFunc)            {}
func (mx *Mux) Handle(pattern string, h http.Handler)              {}
func (mx *Mux) HandleFunc(pattern string, h http.HandlerFunc)      {}
func (mx *Mux) Route(pattern string, fn func(r Router)) Router     { return nil }
func (mx *Mux) Group(fn func(r Router)) Router                     { return nil }
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router {
	return nil
}
func (mx *Mux) Mount(pattern string, h http.Handler) {}
