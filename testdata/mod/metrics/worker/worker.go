// Package worker redeclares shared.Jobs with another label set.
package worker

import (
	"github.com/prometheus/client_golang/prometheus"

	"example.com/metrics/shared"
)

var jobs = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "shop_jobs_total", // want `metric shop_jobs_total is also declared at shared.go:\d+ with labels \[queue\] \(here \[queue worker\]\)`
	Help: "Jobs processed.",
}, []string{"queue", "worker"})

func Done(queue, worker string) {
	shared.Jobs.WithLabelValues(queue).Inc()
	jobs.WithLabelValues(queue, worker).Inc()
}
