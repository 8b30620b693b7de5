// Command cmd imports both: the first package to see the two declarations
// of "read" reports them.
package main

import (
	"net/http"

	"slo/orders"
	"slo/users" // want `SLO read is declared differently at users.go:\d+ and orders.go:\d+ \(success 99% in slo/users, 99.9% in slo/orders\); one name must mean one objective`
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", orders.List)
	mux.HandleFunc("/users", users.List)
}
