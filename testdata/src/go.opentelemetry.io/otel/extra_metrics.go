package otel

import "go.opentelemetry.io/otel/metric"

func GetMeterProvider() metric.MeterProvider   { return nil }
func SetMeterProvider(mp metric.MeterProvider) {}
