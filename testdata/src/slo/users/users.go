// Package users declares the SLO "read" another way, without seeing orders.
package users

import "net/http"

//obslint:slo success=99 name=read
//autometrics:inst
func List(w http.ResponseWriter, r *http.Request) {}
