// Package prometheus is a stub of github.com/prometheus/client_golang/prometheus
// with the real signatures, for analysistest.
package prometheus

import "time"

type Labels map[string]string

type Opts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
}

type CounterOpts Opts
type GaugeOpts Opts
type UntypedOpts Opts

type HistogramOpts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
	Buckets     []float64
}

type SummaryOpts struct {
	Namespace   string
	Subsystem   string
	Name        string
	Help        string
	ConstLabels Labels
	Objectives  map[float64]float64
}

type Desc struct{}

type Metric interface{ Desc() *Desc }

type Collector interface {
	Describe(chan<- *Desc)
	Collect(chan<- Metric)
}

type Counter interface {
	Metric
	Collector
	Inc()
	Add(float64)
}

type Gauge interface {
	Metric
	Collector
	Set(float64)
	Inc()
	Dec()
	Add(float64)
	Sub(float64)
	SetToCurrentTime()
}

type Observer interface{ Observe(float64) }

type ObserverFunc func(float64)

func (f ObserverFunc) Observe(v float64) { f(v) }

type Histogram interface {
	Metric
	Collector
	Observe(float64)
}

type Summary interface {
	Metric
	Collector
	Observe(float64)
}

type ObserverVec interface {
	GetMetricWith(Labels) (Observer, error)
	GetMetricWithLabelValues(lvs ...string) (Observer, error)
	With(Labels) Observer
	WithLabelValues(...string) Observer
	Collector
}

type CounterVec struct{}

func (v *CounterVec) WithLabelValues(lvs ...string) Counter { return nil }
func (v *CounterVec) With(labels Labels) Counter            { return nil }
func (v *CounterVec) Describe(chan<- *Desc)                 {}
func (v *CounterVec) Collect(chan<- Metric)                 {}

type GaugeVec struct{}

func (v *GaugeVec) WithLabelValues(lvs ...string) Gauge { return nil }
func (v *GaugeVec) With(labels Labels) Gauge            { return nil }
func (v *GaugeVec) Describe(chan<- *Desc)               {}
func (v *GaugeVec) Collect(chan<- Metric)               {}

type HistogramVec struct{}

func (v *HistogramVec) WithLabelValues(lvs ...string) Observer                   { return nil }
func (v *HistogramVec) With(labels Labels) Observer                              { return nil }
func (v *HistogramVec) GetMetricWith(Labels) (Observer, error)                   { return nil, nil }
func (v *HistogramVec) GetMetricWithLabelValues(lvs ...string) (Observer, error) { return nil, nil }
func (v *HistogramVec) Describe(chan<- *Desc)                                    {}
func (v *HistogramVec) Collect(chan<- Metric)                                    {}

type SummaryVec struct{}

func (v *SummaryVec) WithLabelValues(lvs ...string) Observer { return nil }
func (v *SummaryVec) With(labels Labels) Observer            { return nil }

func NewCounter(opts CounterOpts) Counter                                   { return nil }
func NewCounterVec(opts CounterOpts, labelNames []string) *CounterVec       { return nil }
func NewGauge(opts GaugeOpts) Gauge                                         { return nil }
func NewGaugeVec(opts GaugeOpts, labelNames []string) *GaugeVec             { return nil }
func NewHistogram(opts HistogramOpts) Histogram                             { return nil }
func NewHistogramVec(opts HistogramOpts, labelNames []string) *HistogramVec { return nil }
func NewSummary(opts SummaryOpts) Summary                                   { return nil }
func NewSummaryVec(opts SummaryOpts, labelNames []string) *SummaryVec       { return nil }
func MustRegister(cs ...Collector)                                          {}
func BuildFQName(namespace, subsystem, name string) string                  { return "" }

type Timer struct{}

func NewTimer(o Observer) *Timer                { return nil }
func (t *Timer) ObserveDuration() time.Duration { return 0 }

var DefBuckets = []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10}

type ValueType int

const (
	CounterValue ValueType = iota + 1
	GaugeValue
	UntypedValue
)

func NewDesc(fqName, help string, variableLabels []string, constLabels Labels) *Desc { return nil }
func MustNewConstMetric(desc *Desc, valueType ValueType, value float64, labelValues ...string) Metric {
	return nil
}

type CounterFunc interface {
	Metric
	Collector
}
type GaugeFunc interface {
	Metric
	Collector
}
type UntypedFunc interface {
	Metric
	Collector
}

func NewCounterFunc(opts CounterOpts, function func() float64) CounterFunc { return nil }
func NewGaugeFunc(opts GaugeOpts, function func() float64) GaugeFunc       { return nil }
func NewUntypedFunc(opts UntypedOpts, function func() float64) UntypedFunc { return nil }

type Registerer interface {
	Register(Collector) error
	MustRegister(...Collector)
}

type ConstrainedLabels []ConstrainedLabel
type ConstrainedLabel struct {
	Name       string
	Constraint func(string) string
}
type UnconstrainedLabels []string

type ConstrainableLabels interface{ isConstrainableLabels() }

func (ConstrainedLabels) isConstrainableLabels()   {}
func (UnconstrainedLabels) isConstrainableLabels() {}

type CounterVecOpts struct {
	CounterOpts
	VariableLabels ConstrainableLabels
}

type v2 struct{}

func (v2) NewCounterVec(opts CounterVecOpts) *CounterVec { return nil }

var V2 = v2{}
