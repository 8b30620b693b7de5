// Package promlint holds, as client_golang code, one metric per rule of
// promlint (client_golang prometheus/testutil/promlint), with the
// finding obslint gives it, and the clean twins that must stay silent.
package promlint

import (
	"github.com/prometheus/client_golang/prometheus"
)

var (
	// LintMetricUnits: prefixes on base units, and promlint's non-base units.
	nanocelsius = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_nanocelsius", Help: "x"})        // want `metric x_nanocelsius uses nanocelsius; use the base unit celsius`
	picometers  = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_picometers", Help: "x"})         // want `metric x_picometers uses picometers; use the base unit meters`
	kelvins     = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_kelvins", Help: "x"})            // want `metric x_kelvins uses kelvins; use the base unit kelvin`
	rankine     = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_rankine", Help: "x"})            // want `metric x_rankine uses rankine; use the base unit celsius`
	calories    = prometheus.NewCounter(prometheus.CounterOpts{Name: "x_calories_total", Help: "x"}) // want `metric x_calories_total uses calories; use the base unit joules`
	kelvin      = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_kelvin", Help: "x"})
	metres      = prometheus.NewGauge(prometheus.GaugeOpts{Name: "x_metres", Help: "x"})

	// LintMetricTypeInName: the type anywhere in the name.
	gaugeInside = prometheus.NewGauge(prometheus.GaugeOpts{Name: "instance_memory_limit_gauge_bytes", Help: "x"}) // want `metric instance_memory_limit_gauge_bytes names its type \(gauge\)`
	otherType   = prometheus.NewGauge(prometheus.GaugeOpts{Name: "process_counter_resets", Help: "x"})

	// LintUnitAbbreviations: anywhere after the first word.
	secInside = prometheus.NewGauge(prometheus.GaugeOpts{Name: "request_sec_duration", Help: "x"}) // want `metric request_sec_duration abbreviates its unit as _sec`
	region    = prometheus.NewCounter(prometheus.CounterOpts{Name: "us_east_requests_total", Help: "x"})
	minimum   = prometheus.NewGauge(prometheus.GaugeOpts{Name: "ping_rtt_seconds_min", Help: "x"})

	// A _timestamp_seconds metric is a gauge.
	lastRun    = prometheus.NewGauge(prometheus.GaugeOpts{Name: "job_last_run_timestamp_seconds", Help: "x"})
	lastSeen   = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "job_last_seen_timestamp_seconds", Help: "x"}) // want `histogram job_last_seen_timestamp_seconds holds a timestamp; a _timestamp_seconds metric is a gauge`
	histBucket = prometheus.NewHistogram(prometheus.HistogramOpts{Name: "x_bucket", Help: "x"})
)

// collector describes its metrics with NewDesc and gives their types
// where it emits samples.
type collector struct {
	up       *prometheus.Desc
	requests *prometheus.Desc
	inflight *prometheus.Desc
	notUniq  *prometheus.Desc
}

func newCollector() *collector {
	c := &collector{
		up:       prometheus.NewDesc("x_up", "Up.", nil, nil),
		requests: prometheus.NewDesc("x_requests", "Requests.", []string{"code"}, nil), // want `counter x_requests should end in _total`
		notUniq:  prometheus.NewDesc("not_unique_total", "the helptext", []string{"bar", "spam"}, nil),
	}
	c.inflight = prometheus.NewDesc("x_inflight_total", "In flight.", nil, nil) // want `gauge x_inflight_total ends in _total, which is for counters only`
	return c
}

var unknownKind = prometheus.NewDesc("x_mixed_total", "Mixed.", nil, nil)

func (c *collector) Collect(ch chan<- prometheus.Metric, ok bool, code string) {
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, 1, "200")
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, 1, "500")
	ch <- prometheus.MustNewConstMetric(c.inflight, prometheus.GaugeValue, 2)
	// LintDuplicateMetric: one series twice.
	ch <- prometheus.MustNewConstMetric(c.notUniq, prometheus.CounterValue, 1, "abc", "xyz")
	ch <- prometheus.MustNewConstMetric(c.notUniq, prometheus.CounterValue, 2, "abc", "xyz") // want `notUniq is emitted twice with label values \["abc" "xyz"\] \(line \d+ and here\)`
	// Clean twins: other label values, another branch, a variable value.
	ch <- prometheus.MustNewConstMetric(c.notUniq, prometheus.CounterValue, 2, "abc", "other")
	if ok {
		ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, 0)
	}
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, 1, code)
	ch <- prometheus.MustNewConstMetric(c.requests, prometheus.CounterValue, 1, code)
	// Samples of two types: the descriptor's type stays unknown.
	if ok {
		ch <- prometheus.MustNewConstMetric(unknownKind, prometheus.GaugeValue, 1)
	} else {
		ch <- prometheus.MustNewConstMetric(unknownKind, prometheus.CounterValue, 1)
	}
}
