// Package required: without slo.required, entry points need no SLO, and
// the declarations present are still checked.
package required

import "net/http"

func Free(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }

//obslint:slo nosuch // want `unknown SLO objective "nosuch"; the convention defines none`
//autometrics:inst
func Named(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
