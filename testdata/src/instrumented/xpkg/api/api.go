// Package api declares handlers that package cmd registers: they are
// judged there.
package api

import (
	"net/http"

	"instrumented/xpkg/obs"
)

func ListOrders(w http.ResponseWriter, r *http.Request) {}

func GetOrder(w http.ResponseWriter, r *http.Request) {}

func Tracked(w http.ResponseWriter, r *http.Request) {
	defer obs.Track(r.Context(), "tracked")()
}

func ViaMiddleware(w http.ResponseWriter, r *http.Request) {}

func ViaCounted(w http.ResponseWriter, r *http.Request) {}

func ViaPlain(w http.ResponseWriter, r *http.Request) {}

//obslint:ignore instrumented health checks are probed, not measured
func Healthz(w http.ResponseWriter, r *http.Request) {}

// Handler holds methods that are handlers.
type Handler struct{}

func (h *Handler) Create(w http.ResponseWriter, r *http.Request) {}
