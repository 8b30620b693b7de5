// Package other has a second owner, so that the reports list owners.
package other

import "net/http"

// Healthz is unobserved.
func Healthz(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
