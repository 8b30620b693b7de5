// Package admin is a second server, for operators, served bare.
package admin

import "net/http"

func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/vars", Vars)
	srv := &http.Server{Addr: addr, Handler: mux}
	return srv.ListenAndServe()
}

func Vars(w http.ResponseWriter, r *http.Request) {} // report: unobserved
