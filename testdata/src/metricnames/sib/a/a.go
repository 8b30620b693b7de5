// Package a declares shop_jobs_total with one label.
package a

import "github.com/prometheus/client_golang/prometheus"

var Jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_jobs_total", Help: "Jobs."}, []string{"queue"})

var Depth = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_depth", Help: "Depth."})
