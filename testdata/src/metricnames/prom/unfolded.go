package prom

import (
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

// newCounter builds its name at run time: obslint says it cannot check it
// (metric-unfolded, shown only with -v) and never guesses.
func newCounter(name string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Name: strings.ToLower(name), Help: "x"}) // want `the name of this metric is not a constant, so obslint cannot check it`
}

// newTotal only passes its parameter on: it is a constructor itself
// (metricdefs' wrappers), not unfolded, and its callers' names are
// checked where they are written.
func newTotal(name string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Name: name, Help: "x"})
}

var retries = newTotal("retries") // want `counter retries should end in _total`

// A name folded from constants is checked as usual and is not unfolded.
const sub = "cache"

var folded = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "shop", Subsystem: sub, Name: "hits_total", Help: "x"})
