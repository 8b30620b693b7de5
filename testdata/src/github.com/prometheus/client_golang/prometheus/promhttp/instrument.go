package promhttp

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
)

type HandlerOpts struct{}

func HandlerFor(reg prometheus.Gatherer, opts HandlerOpts) http.Handler { return nil }
func InstrumentMetricHandler(reg prometheus.Registerer, handler http.Handler) http.Handler {
	return nil
}
func InstrumentHandlerRequestSize(obs prometheus.ObserverVec, next http.Handler, opts ...Option) http.HandlerFunc {
	return nil
}
func InstrumentHandlerResponseSize(obs prometheus.ObserverVec, next http.Handler, opts ...Option) http.Handler {
	return nil
}
func InstrumentHandlerTimeToWriteHeader(obs prometheus.ObserverVec, next http.Handler, opts ...Option) http.HandlerFunc {
	return nil
}
