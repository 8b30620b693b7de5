// Package batch declares shop_jobs_total with other labels than package
// shared, which it never imports: only a package importing both can see it.
package batch

import "github.com/prometheus/client_golang/prometheus"

var Jobs = prometheus.NewCounterVec(prometheus.CounterOpts{Name: "shop_jobs_total", Help: "Batch jobs."}, []string{"queue", "kind"})
