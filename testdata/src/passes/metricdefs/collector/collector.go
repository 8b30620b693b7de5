// want package:"metrics\\(x_inflight prometheus gauge labels=- at passes/metricdefs/collector/collector.go:15; x_mixed prometheus untyped labels=- at passes/metricdefs/collector/collector.go:16; x_requests_total prometheus counter labels=code at passes/metricdefs/collector/collector.go:21; x_rtt_seconds prometheus histogram labels=- at passes/metricdefs/collector/collector.go:17\\)"

// Package collector: descriptors take the type of the samples made of
// them, followed through fields, variables and in place; samples of two
// types leave it untyped.
package collector

import "github.com/prometheus/client_golang/prometheus"

type collector struct {
	requests *prometheus.Desc
}

var (
	inflight = prometheus.NewDesc("x_inflight", "In flight.", nil, nil)      // want "def prometheus gauge x_inflight .*"
	mixed    = prometheus.NewDesc("x_mixed", "Mixed.", nil, nil)             // want "def prometheus untyped x_mixed .*"
	rtt      = prometheus.NewDesc("x_rtt_seconds", "Round trips.", nil, nil) // want "def prometheus histogram x_rtt_seconds .*"
)

func newCollector() *collector {
	return &collector{requests: prometheus.NewDesc("x_requests_total", "Requests.", []string{"code"}, nil)} // want "def prometheus counter x_requests_total .*"
}

func (c *collector) Collect(ch chan<- prometheus.Metric, ok bool) {
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, 1, "200")
	ch <- prometheus.MustNewConstMetric(inflight, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstHistogram(rtt, 1, 1, nil)
	if ok {
		ch <- prometheus.MustNewConstMetric(mixed, prometheus.GaugeValue, 1)
	} else {
		ch <- prometheus.MustNewConstMetric(mixed, prometheus.CounterValue, 1)
	}
}
