// Package metric is a stub of go.opentelemetry.io/otel/metric with the real
// signatures (the embedded.* markers left out).
package metric

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
)

// MeasurementOption configures a measurement: AddOption, RecordOption and
// ObserveOption at once.
type MeasurementOption interface {
	AddOption
	RecordOption
	ObserveOption
}

func WithAttributes(attributes ...attribute.KeyValue) MeasurementOption { return nil }
func WithAttributeSet(attributes attribute.Set) MeasurementOption       { return nil }

// MeterProvider provides Meters.
type MeterProvider interface {
	Meter(name string, opts ...MeterOption) Meter
}

type MeterOption interface{}

// Meter creates instruments.
type Meter interface {
	Int64Counter(name string, options ...Int64CounterOption) (Int64Counter, error)
	Int64UpDownCounter(name string, options ...Int64UpDownCounterOption) (Int64UpDownCounter, error)
	Int64Histogram(name string, options ...Int64HistogramOption) (Int64Histogram, error)
	Int64Gauge(name string, options ...Int64GaugeOption) (Int64Gauge, error)
	Int64ObservableCounter(name string, options ...Int64ObservableCounterOption) (Int64ObservableCounter, error)
	Int64ObservableUpDownCounter(name string, options ...Int64ObservableUpDownCounterOption) (Int64ObservableUpDownCounter, error)
	Int64ObservableGauge(name string, options ...Int64ObservableGaugeOption) (Int64ObservableGauge, error)

	Float64Counter(name string, options ...Float64CounterOption) (Float64Counter, error)
	Float64UpDownCounter(name string, options ...Float64UpDownCounterOption) (Float64UpDownCounter, error)
	Float64Histogram(name string, options ...Float64HistogramOption) (Float64Histogram, error)
	Float64Gauge(name string, options ...Float64GaugeOption) (Float64Gauge, error)
	Float64ObservableCounter(name string, options ...Float64ObservableCounterOption) (Float64ObservableCounter, error)
	Float64ObservableUpDownCounter(name string, options ...Float64ObservableUpDownCounterOption) (Float64ObservableUpDownCounter, error)
	Float64ObservableGauge(name string, options ...Float64ObservableGaugeOption) (Float64ObservableGauge, error)

	RegisterCallback(f Callback, instruments ...Observable) (Registration, error)
}

// Synchronous instruments.

type AddOption interface{}
type RecordOption interface{}
type ObserveOption interface{}

type Int64Counter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}
type Float64Counter interface {
	Add(ctx context.Context, incr float64, options ...AddOption)
}
type Int64UpDownCounter interface {
	Add(ctx context.Context, incr int64, options ...AddOption)
}
type Float64UpDownCounter interface {
	Add(ctx context.Context, incr float64, options ...AddOption)
}
type Int64Histogram interface {
	Record(ctx context.Context, incr int64, options ...RecordOption)
}
type Float64Histogram interface {
	Record(ctx context.Context, incr float64, options ...RecordOption)
}
type Int64Gauge interface {
	Record(ctx context.Context, value int64, options ...RecordOption)
}
type Float64Gauge interface {
	Record(ctx context.Context, value float64, options ...RecordOption)
}

// Asynchronous instruments.

type Observable interface{}
type Int64Observable interface{ Observable }
type Float64Observable interface{ Observable }

type Int64ObservableCounter interface{ Int64Observable }
type Int64ObservableUpDownCounter interface{ Int64Observable }
type Int64ObservableGauge interface{ Int64Observable }
type Float64ObservableCounter interface{ Float64Observable }
type Float64ObservableUpDownCounter interface{ Float64Observable }
type Float64ObservableGauge interface{ Float64Observable }

type Observer interface {
	ObserveFloat64(obsrv Float64Observable, value float64, opts ...ObserveOption)
	ObserveInt64(obsrv Int64Observable, value int64, opts ...ObserveOption)
}
type Int64Observer interface {
	Observe(value int64, options ...ObserveOption)
}
type Float64Observer interface {
	Observe(value float64, options ...ObserveOption)
}

type Callback func(context.Context, Observer) error
type Int64Callback func(context.Context, Int64Observer) error
type Float64Callback func(context.Context, Float64Observer) error

type Registration interface {
	Unregister() error
}

// Instrument options.

type Int64CounterOption interface{}
type Int64UpDownCounterOption interface{}
type Int64HistogramOption interface{}
type Int64GaugeOption interface{}
type Int64ObservableCounterOption interface{}
type Int64ObservableUpDownCounterOption interface{}
type Int64ObservableGaugeOption interface{}
type Float64CounterOption interface{}
type Float64UpDownCounterOption interface{}
type Float64HistogramOption interface{}
type Float64GaugeOption interface{}
type Float64ObservableCounterOption interface{}
type Float64ObservableUpDownCounterOption interface{}
type Float64ObservableGaugeOption interface{}

type InstrumentOption interface {
	Int64CounterOption
	Int64UpDownCounterOption
	Int64HistogramOption
	Int64GaugeOption
	Int64ObservableCounterOption
	Int64ObservableUpDownCounterOption
	Int64ObservableGaugeOption
	Float64CounterOption
	Float64UpDownCounterOption
	Float64HistogramOption
	Float64GaugeOption
	Float64ObservableCounterOption
	Float64ObservableUpDownCounterOption
	Float64ObservableGaugeOption
}

type HistogramOption interface {
	Int64HistogramOption
	Float64HistogramOption
}
type Int64ObservableOption interface {
	Int64ObservableCounterOption
	Int64ObservableUpDownCounterOption
	Int64ObservableGaugeOption
}
type Float64ObservableOption interface {
	Float64ObservableCounterOption
	Float64ObservableUpDownCounterOption
	Float64ObservableGaugeOption
}

func WithUnit(u string) InstrumentOption                             { return nil }
func WithDescription(desc string) InstrumentOption                   { return nil }
func WithExplicitBucketBoundaries(bounds ...float64) HistogramOption { return nil }
func WithInt64Callback(callback Int64Callback) Int64ObservableOption { return nil }
func WithFloat64Callback(callback Float64Callback) Float64ObservableOption {
	return nil
}
