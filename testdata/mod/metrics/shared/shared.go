// Package shared holds name parts and a metric other packages redeclare.
package shared

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

const (
	Namespace = "shop"
	Subsystem = "checkout"
)

var Jobs = promauto.NewCounterVec(prometheus.CounterOpts{
	Namespace: Namespace,
	Name:      "jobs_total",
	Help:      "Jobs processed.",
}, []string{"queue"})
