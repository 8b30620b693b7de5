// Package promhttp is a stub of client_golang's promhttp.
package promhttp

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

type Option interface{}

func Handler() http.Handler { return nil }
func InstrumentHandlerCounter(counter *prometheus.CounterVec, next http.Handler, opts ...Option) http.HandlerFunc {
	return nil
}
func InstrumentHandlerDuration(obs prometheus.ObserverVec, next http.Handler, opts ...Option) http.HandlerFunc {
	return nil
}
func InstrumentHandlerInFlight(g prometheus.Gauge, next http.Handler) http.Handler { return nil }
