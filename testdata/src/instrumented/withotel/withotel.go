// Package withotel imports otel, so the fix starts a span.
package withotel

import (
	"net/http"

	"go.opentelemetry.io/otel"
)

var _ = otel.Tracer

func List(w http.ResponseWriter, req *http.Request) { // want `handler List records no request metrics or span`
	w.WriteHeader(http.StatusOK)
}

func routes(mux *http.ServeMux) {}

func register() {
	mux := http.NewServeMux()
	mux.HandleFunc("/list", List)
}
