// Package fix: with one objective in the convention, a missing SLO gets a
// suggested directive.
package fix

import "net/http"

// List lists.
func List(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) } // want `entry point List declares no SLO; add //obslint:slo NAME \(objectives: api\)`

func Get(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) } // want `entry point Get declares no SLO`

// Put puts. Its doc comment already ends with a directive.
//
//go:noinline
func Put(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) } // want `entry point Put declares no SLO`
