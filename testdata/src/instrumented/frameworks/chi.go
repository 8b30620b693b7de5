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

func GorillaBare(w http.ResponseWriter, r *http.Request) {} // want `handler GorillaBare records no request metrics or span`

func GorillaSub(w http.ResponseWriter, r *http.Request) {}

func chiRoutes() {
	r := chi.NewRouter()
	r.Get("/bare", ChiBare)

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
