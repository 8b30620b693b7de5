//go:build !cgo

package cgo

import "net/http"

// Routes registers GoHandler.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/go", GoHandler)
	return mux
}
