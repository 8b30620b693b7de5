// Package api builds its handlers in factories, the shape of services that
// hand each handler its dependencies when they register it.
package api

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Store struct{}

type API struct{ store *Store }

// Login builds a gin handler: an entry point, registered in cmd.
func (a *API) Login() gin.HandlerFunc { // want "entrypoint API.Login gin registered=0 escapes=false factory" Login:`^entrypoint\(gin, factory\)$`
	return func(c *gin.Context) {
		c.String(http.StatusOK, "ok")
	}
}

// NotFound builds a gin handler with no receiver.
func NotFound() gin.HandlerFunc { // want "entrypoint NotFound gin registered=2 escapes=false factory" NotFound:`^entrypoint\(gin, factory, registered at home\)$`
	return func(c *gin.Context) { c.String(http.StatusNotFound, "not found") }
}

// Tenants converts its literal to http.HandlerFunc and returns it on both
// branches.
func Tenants(s *Store, verbose bool) http.HandlerFunc { // want "entrypoint Tenants nethttp registered=0 escapes=false factory" Tenants:`factory`
	if verbose {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	}
	return func(w http.ResponseWriter, r *http.Request) {}
}

// Status returns an http.Handler built from a literal.
func Status() http.Handler { // want "entrypoint Status nethttp registered=0 escapes=false factory" Status:`factory`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
}

// Export adapts a net/http literal with gin.WrapF: a gin entry point.
func (a *API) Export() gin.HandlerFunc { // want "entrypoint API.Export gin registered=0 escapes=false factory" Export:`^entrypoint\(gin, factory\)$`
	return gin.WrapF(func(w http.ResponseWriter, r *http.Request) {})
}

// RequireAdmin is middleware: its literal passes the request on.
func RequireAdmin() gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
	}
}

// Logging takes the handler it wraps: middleware.
func Logging(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { next(w, r) }
}

// Routes returns a router, not a handler it builds.
func Routes() http.Handler {
	mux := http.NewServeMux() // want "router mux created=true param=false parent=- uses=- options=- wrappedby=-"
	return mux
}

// Named returns a declared handler: that handler is the entry point.
func Named() http.HandlerFunc { return Healthz }

func Healthz(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Healthz nethttp registered=0 escapes=true" Healthz:`^entrypoint\(nethttp\)$`

// Either returns a literal on one path and a declared handler on the
// other: not only a factory.
func Either(ok bool) http.HandlerFunc {
	if ok {
		return func(w http.ResponseWriter, r *http.Request) {}
	}
	return Healthz
}

// inner is an unexported factory registered at home (not an entry point
// under the default exported_only).
func inner() gin.HandlerFunc {
	return func(c *gin.Context) {}
}

func register(r *gin.Engine) { // want "router r created=false param=true parent=- uses=- options=- wrappedby=-"
	r.NoRoute(NotFound())                    // want "registration gin route=- handler=NotFound router=r wrappers=-"
	r.GET("/inner", inner())                 // want "registration gin route=/inner handler=inner router=r wrappers=-"
	r.GET("/nf", NotFound())                 // want "registration gin route=/nf handler=NotFound router=r wrappers=-"
	r.GET("/admin", RequireAdmin(), inner()) // want "registration gin route=/admin handler=inner router=r wrappers=- middleware=RequireAdmin"
}
