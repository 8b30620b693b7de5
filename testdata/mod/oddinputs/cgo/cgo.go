//go:build cgo

// Package cgo mixes a cgo file with pure Go files: obslint analyses the
// package whether or not a C compiler is available (without one, the go
// command builds it with CGO_ENABLED=0 and this file drops out).
package cgo

/*
static int answer(void) { return 42; }
*/
import "C"

import "net/http"

// Answer calls C.
func Answer() int { return int(C.answer()) }

// CHandler is an unobserved handler in the cgo file.
func CHandler(w http.ResponseWriter, r *http.Request) { w.WriteHeader(int(C.answer())) }

// Routes registers CHandler.
func routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/c", CHandler)
	mux.HandleFunc("/go", GoHandler)
	return mux
}
