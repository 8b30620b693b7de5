// Package admin serves operators' endpoints bare.
package admin

import "net/http"

func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/vars", Vars)
	return (&http.Server{Addr: addr, Handler: mux}).ListenAndServe()
}

func Vars(w http.ResponseWriter, r *http.Request) {} // report: unobserved // want `handler Vars records no request metrics or span`
