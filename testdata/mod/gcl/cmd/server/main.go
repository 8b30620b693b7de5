// Command server registers the api handlers.
package main

import (
	"net/http"

	"example.com/gcl/api"
	"example.com/gcl/obs"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("/orders", obs.Instrument("orders", http.HandlerFunc(api.ListOrders)))
	mux.HandleFunc("/order", api.PlaceOrder)
	mux.HandleFunc("/checkout", api.Checkout) // want `handler api.Checkout records no request metrics or span`

	// Both drivers honour obslint's own directive.
	mux.HandleFunc("/refund", api.Refund) //obslint:ignore instrumented legacy endpoint, removed in Q3

	// golangci-lint honours //nolint:obslint; the obslint command does not.
	mux.HandleFunc("/status", api.Status) //nolint:obslint // want `handler api.Status records no request metrics or span`
	http.ListenAndServe(":8080", mux)
}
