//go:build !cgo

package cgo

import "net/http"

// Routes registers GoHandler.
func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/go", GoHandler)
	return mux
}
