// want package:` metrics\(shop.described otel counter labels=unknown at passes/metricdefs/otelm/otelm.go:22; shop.inflight otel updowncounter labels=unknown at passes/metricdefs/otelm/otelm.go:20; shop.latency otel histogram labels=unknown unit=s at passes/metricdefs/otelm/otelm.go:19; shop.requests otel counter labels=unknown unit={request} at passes/metricdefs/otelm/otelm.go:18; shop.temperature otel gauge labels=unknown at passes/metricdefs/otelm/otelm.go:21\)}$`

// Package otelm defines OpenTelemetry instruments.
package otelm

import (
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/metric"

	"passes/metricdefs/names"
)

var meter = otel.Meter("shop")

var unit = "By"

func Instruments() {
	meter.Int64Counter(names.OTelPrefix+"requests", metric.WithUnit("{request}"), metric.WithDescription("Requests.")) // want "def otel counter shop.requests ns=- sub=- short=shop.requests labels=unknown const=- help=yes unit={request} lit=false"
	meter.Float64Histogram("shop.latency", metric.WithUnit("s"))                                                       // want "def otel histogram shop.latency ns=- sub=- short=shop.latency labels=unknown const=- help=no unit=s lit=true"
	meter.Int64UpDownCounter("shop.inflight")                                                                          // want "def otel updowncounter shop.inflight ns=- sub=- short=shop.inflight labels=unknown const=- help=no unit=- lit=true"
	meter.Float64ObservableGauge("shop.temperature", metric.WithUnit(unit))                                            // want "def otel gauge shop.temperature ns=- sub=- short=shop.temperature labels=unknown const=- help=no unit=dynamic lit=true"
	meter.Int64Counter("shop.described", metric.WithDescription(""))                                                   // want "def otel counter shop.described ns=- sub=- short=shop.described labels=unknown const=- help=no unit=- lit=true"
	name := "shop.dynamic"
	meter.Int64Counter(name) // want "unfolded meter.Int64Counter"
}

func init() { unit = "KiBy" } // assigned: not folded
