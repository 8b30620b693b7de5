// Package conv is read with a convention that wants chi entry points only,
// unexported ones too, and ignores *.Debug*.
package conv

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

// OnChi has the net/http signature, but the chi router it is registered
// on decides its framework.
func OnChi(w http.ResponseWriter, r *http.Request) {} // want "entrypoint OnChi nethttp registered=1 escapes=false" OnChi:`^entrypoint\(nethttp, registered at home\)$`

// onChi is unexported: kept, as exported_only is off, but no fact.
func onChi(w http.ResponseWriter, r *http.Request) {} // want "entrypoint onChi nethttp registered=1 escapes=false"

// Not entry points here: net/http and gin are not wanted, DebugVars is
// ignored, unexported handlers must be registered.
func Plain(w http.ResponseWriter, r *http.Request) {}

func Unregistered(w http.ResponseWriter, r *http.Request) {}

func DebugVars(w http.ResponseWriter, r *http.Request) {}

func unregistered(w http.ResponseWriter, r *http.Request) {}

func Gin(c *gin.Context) {}

func routes() {
	r := chi.NewRouter()               // want "router r created=true param=false parent=- uses=- options=- wrappedby=-"
	r.Get("/on-chi", OnChi)            // want "registration chi route=/on-chi handler=OnChi router=r wrappers=-"
	r.Get("/on-chi-unexported", onChi) // want "registration chi route=/on-chi-unexported handler=onChi router=r wrappers=-"
	r.Get("/debug", DebugVars)         // want "registration chi route=/debug handler=DebugVars router=r wrappers=-"
	mux := http.NewServeMux()          // want "router mux created=true param=false parent=- uses=- options=- wrappedby=-"
	mux.HandleFunc("/plain", Plain)    // want "registration nethttp route=/plain handler=Plain router=mux wrappers=-"
	g := gin.New()                     // want "router g created=true param=false parent=- uses=- options=- wrappedby=-"
	g.GET("/gin", Gin)                 // want "registration gin route=/gin handler=Gin router=g wrappers=-"
}
