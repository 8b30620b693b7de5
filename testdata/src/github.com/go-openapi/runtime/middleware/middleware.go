// Package middleware is a stub of github.com/go-openapi/runtime/middleware.
package middleware

import "net/http"

// Responder writes an operation's response.
type Responder interface {
	WriteResponse(rw http.ResponseWriter, producer any)
}

// Builder wraps the API's handler.
type Builder func(http.Handler) http.Handler
