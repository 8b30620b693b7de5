// Package api holds the HTTP handlers; cmd/server registers them.
package api

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"example.com/gcl/obs"
)

var orders = promauto.NewCounter(prometheus.CounterOpts{
	Name: "gcl_orders", // want `counter`
	Help: "Orders placed.",
})

var latency = promauto.NewHistogram(prometheus.HistogramOpts{
	Name: "checkout_latency_seconds", // want `namespace`
	Help: "Checkout latency.",
})

var silenced = promauto.NewGauge(prometheus.GaugeOpts{
	Name: "queue_depth", //nolint:obslint // want `metric queue_depth lacks the namespace gcl_`
	Help: "Queue depth.",
})

// ListOrders is instrumented where cmd/server registers it.
func ListOrders(w http.ResponseWriter, r *http.Request) {}

// PlaceOrder observes itself through obs.Track, known by a fact.
func PlaceOrder(w http.ResponseWriter, r *http.Request) {
	defer obs.Track("place_order")()
	orders.Inc()
}

// Checkout is registered bare.
func Checkout(w http.ResponseWriter, r *http.Request) {}

// Refund is registered bare too, with an //obslint:ignore.
func Refund(w http.ResponseWriter, r *http.Request) {}

// Status is registered bare, with a //nolint:obslint.
func Status(w http.ResponseWriter, r *http.Request) {}
