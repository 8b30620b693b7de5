// Package quiet can observe nothing: no entry point, no telemetry
// library, nothing that exports instrumentation facts. Its look-alikes
// of metric calls observe nothing. It serves the handlers it is given,
// though, and says so by a fact (found before the pass gives up on it).
package quiet

import "net/http"

// Listen serves the handler as it is.
func Listen(addr string, h http.Handler) error { // want Listen:"serves params 1"
	return http.ListenAndServe(addr, h)
}

// ListenWrapped does not: it wraps it first.
func ListenWrapped(addr string, h http.Handler, wrap func(http.Handler) http.Handler) error {
	return http.ListenAndServe(addr, wrap(h))
}

type counter struct{ n int }

func (c *counter) Inc() { c.n++ }

func (c *counter) Observe(v float64) {}

var c counter

func Count() { c.Inc(); c.Observe(1) }
