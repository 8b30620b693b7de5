package nethttp

import "net/http"

// Handlers of test files are no entry points.
func OnlyInTests(w http.ResponseWriter, r *http.Request) {}

func registerOnlyInTests() {
	http.HandleFunc("/test", OnlyInTests)
}
