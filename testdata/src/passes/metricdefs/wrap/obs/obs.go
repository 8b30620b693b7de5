// want package:"hasmetricwrappers" package:` metrics\(shop.fixed otel counter labels=unknown at passes/metricdefs/wrap/obs/obs.go:47\)}$`

// Package obs holds metric helpers: each takes the metric's name and
// calls a library constructor, so each is a constructor itself.
package obs

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/metric"
)

var meter metric.Meter

// Counter prefixes the name and passes the caller's options on.
func Counter(name string, opts ...metric.Int64CounterOption) metric.Int64Counter { // want Counter:`^metric wrapper\(otel counter, name param 0, "shop\.\{\}", opts param 1\)$`
	c, _ := meter.Int64Counter("shop."+name, opts...)
	return c
}

// Requests wraps Counter, adding a suffix and a description.
func Requests(name string) metric.Int64Counter { // want Requests:`^metric wrapper\(otel counter, name param 0, "shop\.\{\}\.requests", help\)$`
	return Counter(name+".requests", metric.WithDescription("Requests."))
}

// NewCounterVec fixes the namespace and labels; the help is the caller's.
func NewCounterVec(name, help string) *prometheus.CounterVec { // want NewCounterVec:`^metric wrapper\(prometheus counter, name param 0, "\{\}", namespace shop, help param 1, labels code\)$`
	return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "shop", Name: name, Help: help}, []string{"code"})
}

// Int64Meter's one implementation wraps the meter: callers of the
// interface method make definitions too.
type Int64Meter interface {
	Histogram(name string, opts ...metric.Int64HistogramOption) metric.Int64Histogram // want Histogram:`^metric wrapper\(otel histogram, name param 0, "\{\}", opts param 1\)$`
}

type int64Meter struct{}

func (int64Meter) Histogram(name string, opts ...metric.Int64HistogramOption) metric.Int64Histogram { // want Histogram:`^metric wrapper\(otel histogram, name param 0, "\{\}", opts param 1\)$`
	h, _ := meter.Int64Histogram(name, opts...)
	return h
}

func MustInt64() Int64Meter { return int64Meter{} }

// Not wrappers: the name is not a parameter.
func Fixed() metric.Int64Counter {
	c, _ := meter.Int64Counter("shop.fixed") // want "def otel counter shop.fixed ns=- sub=- short=shop.fixed labels=unknown const=- help=no unit=- lit=true"
	return c
}

var suffix = ".x"

func Dynamic(name string) metric.Int64Counter {
	c, _ := meter.Int64Counter(name + suffix) // want "unfolded meter.Int64Counter"
	return c
}

func init() { suffix = ".y" } // assigned: the suffix does not fold
