// Package metric is a stub of go.opentelemetry.io/otel/metric.
package metric

import "context"

type MeterOption interface{}
type AddOption interface{}
type RecordOption interface{}
type Int64CounterOption interface{}
type Float64HistogramOption interface{}
type Int64HistogramOption interface{}
type Float64CounterOption interface{}
type Int64UpDownCounterOption interface{}

type Int64Counter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}
type Float64Counter interface {
	Add(ctx context.Context, incr float64, options ...AddOption)
}
type Int64UpDownCounter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}
type Float64Histogram interface {
	Record(ctx context.Context, incr float64, options ...RecordOption)
}
type Int64Histogram interface {
	Record(ctx context.Context, incr int64, options ...RecordOption)
}

type Meter interface {
	Int64Counter(name string, options ...Int64CounterOption) (Int64Counter, error)
	Float64Counter(name string, options ...Float64CounterOption) (Float64Counter, error)
	Int64UpDownCounter(name string, options ...Int64UpDownCounterOption) (Int64UpDownCounter, error)
	Float64Histogram(name string, options ...Float64HistogramOption) (Float64Histogram, error)
	Int64Histogram(name string, options ...Int64HistogramOption) (Int64Histogram, error)
	Int64ObservableGauge(name string, options ...Int64ObservableGaugeOption) (Int64ObservableGauge, error)
	Float64ObservableGauge(name string, options ...Float64ObservableGaugeOption) (Float64ObservableGauge, error)
}

type Int64ObservableGaugeOption interface{}
type Float64ObservableGaugeOption interface{}
type Int64GaugeOption interface{}
type Float64GaugeOption interface{}
type Float64UpDownCounterOption interface{}

type InstrumentOption interface {
	Int64CounterOption
	Float64CounterOption
	Float64HistogramOption
	Int64HistogramOption
	Int64UpDownCounterOption
	Float64UpDownCounterOption
	Int64ObservableGaugeOption
	Float64ObservableGaugeOption
	Int64GaugeOption
	Float64GaugeOption
}

type Int64ObservableGauge interface{}
type Float64ObservableGauge interface{}

func WithUnit(u string) InstrumentOption        { return nil }
func WithDescription(d string) InstrumentOption { return nil }
