// Package lib registers on a router its callers give; nothing here calls it.
package lib

import (
	"net/http"

	"github.com/gorilla/mux"
)

func Register(r *mux.Router) { r.HandleFunc("/health", Health) }

func Health(w http.ResponseWriter, r *http.Request) {} // report: unknown
