// Package runner serves what it is given: Run as it is (a ServesFact),
// RunTraced wrapped in otelhttp, RunWith through a hook it cannot see.
package runner

import (
	"net"
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
)

// Run builds the server and listens; the handler is served as it is.
func Run(router http.Handler, addr string) error {
	s := &http.Server{Addr: addr, Handler: router}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return s.Serve(l)
}

// ListenPlain hands the handler straight to http.ListenAndServe.
func ListenPlain(addr string, h http.Handler) error {
	return http.ListenAndServe(addr, h)
}

// RunTraced wraps what it serves.
func RunTraced(router http.Handler, addr string) error {
	return http.ListenAndServe(addr, otelhttp.NewHandler(router, "api"))
}

// RunWith lets a hook change the handler before serving it.
func RunWith(router http.Handler, hook func(http.Handler) http.Handler) error {
	s := &http.Server{Handler: router}
	s.Handler = hook(router)
	return s.ListenAndServe()
}
