package api

import "github.com/prometheus/client_golang/prometheus"

var requests = prometheus.NewCounter(prometheus.CounterOpts{Name: "stats_requests_total", Help: "Requests."})
