// Package obs is a company's metrics helpers: each takes the metric's
// name and calls the library, so each is a constructor itself and its
// callers' names are judged where they are written.
package obs

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/metric"
)

var meter metric.Meter

// Counter creates an OpenTelemetry counter under the shop. prefix, with
// the caller's options.
func Counter(name string, opts ...metric.Int64CounterOption) metric.Int64Counter {
	c, _ := meter.Int64Counter("shop."+name, opts...)
	return c
}

// Requests wraps Counter: a wrapper of a wrapper.
func Requests(name string) metric.Int64Counter {
	return Counter(name+".requests", metric.WithDescription("Requests."))
}

// NewCounterVec creates a Prometheus counter in the shop namespace; the
// help comes from the caller.
func NewCounterVec(name, help string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "shop", Name: name, Help: help}, []string{"code"})
}

// Int64Meter is what callers hold; its one implementation wraps the
// meter, so callers calling the interface method are judged too.
type Int64Meter interface {
	Histogram(name string, opts ...metric.Int64HistogramOption) metric.Int64Histogram
}

type int64Meter struct{}

func (int64Meter) Histogram(name string, opts ...metric.Int64HistogramOption) metric.Int64Histogram {
	h, _ := meter.Int64Histogram(name, opts...)
	return h
}

func MustInt64() Int64Meter { return int64Meter{} }
