// Command cmd serves the router api.Routes returns three ways.
package main

import (
	"net/http"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"instrumented/returned/api"
	"instrumented/returned/runner"
)

func main() {
	// Bare: reported where it is served.
	go http.ListenAndServe(":8080", api.Routes()) // want `the router api.Routes\(\) returns is served here with nothing that records request metrics or a span, and its handlers api.ListCarts \(api.go:19\), api.ListOrders \(api.go:18\) record none themselves`

	// Wrapped in otelhttp: observed.
	r := api.Routes()
	go http.ListenAndServe(":8081", otelhttp.NewHandler(r, "api"))

	// Handed to something unknown: not judged.
	start(api.Routes())

	// Handed to a module function that serves it as it is (a fact says
	// so): reported here, where a wrapper would go.
	go runner.Run(api.Routes(), ":8083") // want `the router api.Routes\(\) returns is served here with nothing`
	plain := api.Routes() // want `the router api.Routes\(\) returns is served here with nothing`
	go runner.ListenPlain(":8084", plain)

	// Returned with a cleanup function, then handed to the runner.
	engine, cleanup := api.Engine() // want `the router api.Engine\(\) returns is served here with nothing that records request metrics or a span, and its handlers api.ListUsers`
	defer cleanup()
	go runner.Run(engine, ":8086")

	// Handed to functions that wrap it, or may: not reported.
	go runner.RunTraced(api.Routes(), ":8085")
	go runner.RunWith(api.Routes(), func(h http.Handler) http.Handler { return h })

	// The profiler's endpoints: nothing to report.
	go http.ListenAndServe(":6060", api.Debug())

	// Its handlers observe themselves.
	go http.ListenAndServe(":8082", api.Admin())
}

func start(h http.Handler) {}
