// Package api builds its router and returns it: the package serving it
// decides whether its handlers are observed, so nothing is reported here.
package api

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Routes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/orders", ListOrders)
	r.HandleFunc("/carts", ListCarts)
	return r
}

func ListOrders(w http.ResponseWriter, r *http.Request) {}
func ListCarts(w http.ResponseWriter, r *http.Request)  {}

// Admin returns a router whose handler observes itself: nothing to hand on.
func Admin() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/stats", Stats)
	return mux
}

func Stats(w http.ResponseWriter, r *http.Request) { requests.Inc() }
