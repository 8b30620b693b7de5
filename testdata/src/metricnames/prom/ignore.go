package prom

import "github.com/prometheus/client_golang/prometheus"

// An ignore at the end of a line of code silences that line only; one on
// a line of its own silences the next line.
var (
	ignoredHere = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_ignored", Help: "x"}) //obslint:ignore metric-counter-total legacy name, dashboards depend on it
	notIgnored  = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_not_ignored", Help: "x"}) // want `counter shop_not_ignored should end in _total`
	//obslint:ignore metric-counter-total legacy name, dashboards depend on it
	ignoredNext = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_ignored_next", Help: "x"})
)
