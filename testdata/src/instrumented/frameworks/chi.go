package frameworks

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

func ChiBare(w http.ResponseWriter, r *http.Request) {} // want `handler ChiBare records no request metrics or span`

func ChiTraced(w http.ResponseWriter, r *http.Request) {}

func ChiNested(w http.ResponseWriter, r *http.Request) {}

// ChiNestedBare is registered in an r.Route callback of a bare router:
// the callback's router is r's, in sight, so the handler is judged.
func ChiNestedBare(w http.ResponseWriter, r *http.Request) {} // want `handler ChiNestedBare records no request metrics or span`

func GorillaBare(w http.ResponseWriter, r *http.Request) {} // want `handler GorillaBare records no request metrics or span`

func GorillaSub(w http.ResponseWriter, r *http.Request) {}

func chiRoutes() {
	r := chi.NewRouter()
	r.Get("/bare", ChiBare)
	r.Route("/sub", func(sub chi.Router) {
		sub.Get("/nested-bare", ChiNestedBare)
	})

	t := chi.NewRouter()
	t.Use(otelhttp.NewMiddleware("svc"))
	t.Get("/traced", ChiTraced)
	t.Route("/api", func(r chi.Router) {
		r.Get("/nested", ChiNested)
	})
}

func gorillaRoutes() {
	r := mux.NewRouter()
	r.HandleFunc("/bare", GorillaBare).Methods("GET")

	w := mux.NewRouter()
	sub := w.PathPrefix("/api").Subrouter()
	sub.HandleFunc("/sub", GorillaSub)
	http.ListenAndServe(":8080", otelhttp.NewHandler(w, "svc"))
}
