// Package wrapped registers handlers on a mux that is wrapped as a whole.
package wrapped

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func List(w http.ResponseWriter, r *http.Request) {}

func Get(w http.ResponseWriter, r *http.Request) {}

// server keeps its mux in a field; the mux is wrapped where it is served.
type server struct {
	mux *http.ServeMux
}

func newServer() *server {
	s := &server{mux: http.NewServeMux()}
	s.mux.HandleFunc("/get", Get)
	return s
}

func (s *server) handler() http.Handler { return otelhttp.NewHandler(s.mux, "server") }

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
	http.ListenAndServe(":8080", otelhttp.NewHandler(mux, "api"))
}
