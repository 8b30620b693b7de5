// Package nethttp declares and registers net/http handlers in the shapes
// the entrypoints pass reads.
package nethttp

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func ListOrders(w http.ResponseWriter, r *http.Request) {} // want "entrypoint ListOrders nethttp registered=1 escapes=false" ListOrders:`^entrypoint\(nethttp, registered at home\)$`

func GetOrder(w http.ResponseWriter, r *http.Request) {} // want "entrypoint GetOrder nethttp registered=1 escapes=false" GetOrder:`^entrypoint\(nethttp, registered at home\)$`

func Healthz(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Healthz nethttp registered=1 escapes=false" Healthz:`registered at home`

func Items(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Items nethttp registered=1 escapes=false" Items:`registered at home`

func Dynamic(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Dynamic nethttp registered=1 escapes=false" Dynamic:`registered at home`

func Param(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Param nethttp registered=1 escapes=false" Param:`registered at home`

// Unregistered is an entry point nobody registers in sight.
func Unregistered(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Unregistered nethttp registered=0 escapes=false" Unregistered:`^entrypoint\(nethttp\)$`

// Escaping is stored in a route table the pass does not follow.
func Escaping(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Escaping nethttp registered=0 escapes=true" Escaping:`^entrypoint\(nethttp\)$`

var routes = map[string]http.HandlerFunc{"/escaping": Escaping}

// Both is registered and also handed to a helper.
func Both(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Both nethttp registered=1 escapes=true" Both:`registered at home`

func keep(h http.HandlerFunc) {}

// Store serves through its ServeHTTP method.
type Store struct{}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want "entrypoint Store.ServeHTTP nethttp registered=1 escapes=false" ServeHTTP:`registered at home`

// Not entry points: a handler that passes the request on (middleware),
// a ServeHTTP that wraps another handler, functions without the
// signature, unexported handlers (exported_only is the default).

func Proxy(w http.ResponseWriter, r *http.Request) {
	backend.ServeHTTP(w, r)
}

var backend http.Handler

type Wrapper struct{ next http.Handler }

func (m *Wrapper) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.next.ServeHTTP(w, r) }

func NotAHandler(w http.ResponseWriter) {}

func internal(w http.ResponseWriter, r *http.Request) {}

func unregistered(w http.ResponseWriter, r *http.Request) {}

var prefix = "/v1"

const base = "/v2"

func routesOf() {
	mux := http.NewServeMux()                                                    // want "router mux created=true param=false parent=- uses=- options=- wrappedby=register,otelhttp.NewHandler"
	mux.HandleFunc("/orders", ListOrders)                                        // want "registration nethttp route=/orders handler=ListOrders router=mux wrappers=-"
	mux.Handle("/order", otelhttp.NewHandler(http.HandlerFunc(GetOrder), "get")) // want "registration nethttp route=/order handler=GetOrder router=mux wrappers=otelhttp.NewHandler"
	http.HandleFunc("/healthz", Healthz)                                         // want "registration nethttp route=/healthz handler=Healthz router=DefaultServeMux wrappers=-"
	mux.Handle("/store", &Store{})                                               // want "registration nethttp route=/store handler=Store.ServeHTTP router=mux wrappers=-"
	mux.HandleFunc(prefix+"/dynamic", Dynamic)                                   // want "registration nethttp route=- handler=Dynamic router=mux wrappers=-"
	mux.HandleFunc(base+"/both", Both)                                           // want "registration nethttp route=/v2/both handler=Both router=mux wrappers=-"
	mux.HandleFunc("/internal", internal)                                        // want "registration nethttp route=/internal handler=internal router=mux wrappers=-"
	mux.HandleFunc("/literal", func(w http.ResponseWriter, r *http.Request) {})  // want "registration nethttp route=/literal handler=- router=mux wrappers=-"
	keep(Both)

	api := http.NewServeMux()           // want "router api created=true param=false parent=mux uses=- options=- wrappedby=mux.Handle"
	api.HandleFunc("/api/items", Items) // want "registration nethttp route=/api/items handler=Items router=api wrappers=-"
	mux.Handle("/api/", api)            // a mount: no registration
	register(mux)
	http.ListenAndServe(":8080", otelhttp.NewHandler(mux, "srv"))
}

func register(m *http.ServeMux) { // want "router m created=false param=true parent=- uses=- options=- wrappedby=-"
	m.HandleFunc("/param", Param) // want "registration nethttp route=/param handler=Param router=m wrappers=-"
}
