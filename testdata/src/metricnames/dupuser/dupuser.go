// Package dupuser redeclares dupbase's metrics.
package dupuser

import (
	"github.com/prometheus/client_golang/prometheus"

	"metricnames/dupbase"
)

var _ = dupbase.Jobs

var jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_jobs_total", Help: "Jobs."}, []string{"queue", "worker"}) // want `metric shop_jobs_total is also declared at dupbase.go:\d+ with labels \[queue\] \(here \[queue worker\]\)`

var size = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "shop_queue_size", Help: "Size."}) // want `metric shop_queue_size is also declared at dupbase.go:\d+ with type gauge \(here histogram\)`

var same = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_size_other", Help: "x"})

var local1 = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_local", Help: "x"})
var local2 = prometheus.NewCounter(prometheus.CounterOpts{Name: "shop_local", Help: "x"}) // want `counter shop_local should end in _total` `metric shop_local is also declared at dupuser.go:\d+ with type gauge \(here counter\)`
