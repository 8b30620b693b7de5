// Package orders declares the SLO "read" one way.
package orders

import "net/http"

//obslint:slo success=99.9 name=read
//autometrics:inst
func List(w http.ResponseWriter, r *http.Request) {}
