// Package admin is a second server, for operators, served bare.
package admin

import "net/http"

func Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/vars", Vars)
	mux.Handle("/debug/config", Config(addr))
	srv := &http.Server{Addr: addr, Handler: mux}
	return srv.ListenAndServe()
}

func Vars(w http.ResponseWriter, r *http.Request) {} // report: unobserved

// Config builds the handler it is registered as, served bare.
func Config(addr string) http.Handler { // report: unobserved
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(addr))
	})
}
