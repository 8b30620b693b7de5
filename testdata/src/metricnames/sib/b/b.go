// Package b declares shop_jobs_total again, with two labels, without
// importing package a.
package b

import "github.com/prometheus/client_golang/prometheus"

var Jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_jobs_total", Help: "Jobs."}, []string{"queue", "worker"})

// The same definition as in a: not a conflict.
var Depth = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_depth", Help: "Depth."})
