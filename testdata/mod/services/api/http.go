// Package api holds the HTTP handlers; cmd/server registers them.
package api

import (
	"net/http"

	"example.com/services/obs"
)

func ListOrders(w http.ResponseWriter, r *http.Request) {}

func GetOrder(w http.ResponseWriter, r *http.Request) {}

func Tracked(w http.ResponseWriter, r *http.Request) {
	defer obs.Track(r.Context(), "tracked")()
}

func Measured(w http.ResponseWriter, r *http.Request) {}
