// Package fix checks the suggested renames.
package fix

import "github.com/prometheus/client_golang/prometheus"

var (
	a = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_jobs", Help: "x"})        // want `counter shop_jobs should end in _total`
	b = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shopQueueDepth", Help: "x"})       // want `metric shopQueueDepth is not snake_case`
	c = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_items_total", Help: "x"})     // want `gauge shop_items_total ends in _total`
	d = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "shop_wait_ms", Help: "x"}) // want `abbreviates its unit`
)
