package prom

import "github.com/prometheus/client_golang/prometheus"

// newCounter builds its name at run time: obslint says it cannot check it
// (metric-unfolded, shown only with -v) and never guesses.
func newCounter(name string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: "x"}) // want `the name of this metric is not a constant, so obslint cannot check it`
}

// A name folded from constants is checked as usual and is not unfolded.
const sub = "cache"

var folded = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "shop", Subsystem: sub, Name: "hits_total", Help: "x"})
