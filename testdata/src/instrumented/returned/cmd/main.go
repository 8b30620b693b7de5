// Command cmd serves the router api.Routes returns three ways.
package main

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"instrumented/returned/api"
)

func main() {
	// Bare: reported where it is served.
	go http.ListenAndServe(":8080", api.Routes()) // want `the router api.Routes\(\) returns is served here with nothing that records request metrics or a span, and its handlers api.ListCarts \(api.go:19\), api.ListOrders \(api.go:18\) record none themselves`

	// Wrapped in otelhttp: observed.
	r := api.Routes()
	go http.ListenAndServe(":8081", otelhttp.NewHandler(r, "api"))

	// Handed to something unknown: not judged.
	start(api.Routes())

	// Its handlers observe themselves.
	go http.ListenAndServe(":8082", api.Admin())
}

func start(h http.Handler) {}
