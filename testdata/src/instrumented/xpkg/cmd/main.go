// Command cmd registers package api's handlers.
package main

import (
	"net/http"

	"instrumented/xpkg/api"
	"instrumented/xpkg/obs"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", api.ListOrders) // want `handler api.ListOrders records no request metrics or span; wrap it here \(otelhttp.NewHandler\) or instrument it \(convention: any\)`
	mux.HandleFunc("/tracked", api.Tracked)
	mux.Handle("/mw", obs.Wrap("mw", http.HandlerFunc(api.ViaMiddleware)))
	mux.Handle("/counted", obs.Counted(http.HandlerFunc(api.ViaCounted)))
	mux.Handle("/plain", obs.Plain(http.HandlerFunc(api.ViaPlain))) // want `handler api.ViaPlain records no request metrics or span`
	mux.HandleFunc("/healthz", api.Healthz)
	h := &api.Handler{}
	mux.HandleFunc("/create", h.Create) // want `handler api.Handler.Create records no request metrics or span`
	register(mux)
	http.ListenAndServe(":8080", mux)
}

// register receives its mux from a caller that may have wrapped it: not
// judged.
func register(mux *http.ServeMux) {
	mux.HandleFunc("/order", api.GetOrder)
}
