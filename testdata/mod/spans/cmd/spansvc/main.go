// Command spansvc serves the api.
package main

import (
	"net/http"

	"example.com/spans/api"
	"example.com/spans/store"
)

func main() {
	h := &api.Handler{Store: &store.Store{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/order", h.Order)
	mux.HandleFunc("/page", h.Page)
	mux.HandleFunc("/path/", h.Path)
	mux.HandleFunc("/annotate", h.Annotate)
	_ = http.ListenAndServe(":8080", mux)
}
