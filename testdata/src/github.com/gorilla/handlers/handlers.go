// Package handlers is a stub of github.com/gorilla/handlers.
package handlers

import (
	"io"
	"net/http"
)

// MethodHandler routes a request by its method.
type MethodHandler map[string]http.Handler

func (h MethodHandler) ServeHTTP(w http.ResponseWriter, req *http.Request) {}

func CombinedLoggingHandler(out io.Writer, h http.Handler) http.Handler { return h }
