package cgo

import "net/http"

// GoHandler is an unobserved handler in a pure Go file.
func GoHandler(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) } // want `handler GoHandler records no request metrics or span`
