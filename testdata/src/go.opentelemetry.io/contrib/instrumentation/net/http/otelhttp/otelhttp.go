// Package otelhttp is a stub of the otelhttp contrib package.
package otelhttp

import "net/http"

type Option interface{}

func NewHandler(handler http.Handler, operation string, opts ...Option) http.Handler { return nil }
func WithRouteTag(route string, h http.Handler) http.Handler                         { return nil }
func NewMiddleware(operation string, opts ...Option) func(http.Handler) http.Handler {
	return nil
}
