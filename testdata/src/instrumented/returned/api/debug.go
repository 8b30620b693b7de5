package api

import (
	"net/http"
	"net/http/pprof"
)

// Debug returns the profiler's endpoints: debug endpoints, not an API
// anyone instruments, so serving it bare is not reported.
func Debug() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	return mux
}
