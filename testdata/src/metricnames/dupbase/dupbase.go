// Package dupbase declares metrics that package dupuser declares again.
package dupbase

import "github.com/prometheus/client_golang/prometheus"

var Jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_jobs_total", Help: "Jobs."}, []string{"queue"})

var Size = prometheus.NewGauge(prometheus.GaugeOpts{Name: "shop_queue_size", Help: "Size."})
