package prometheus

// Currying, lookup and deletion on the metric vectors.

func (v *CounterVec) CurryWith(labels Labels) (*CounterVec, error)             { return nil, nil }
func (v *CounterVec) MustCurryWith(labels Labels) *CounterVec                  { return nil }
func (v *CounterVec) GetMetricWith(labels Labels) (Counter, error)             { return nil, nil }
func (v *CounterVec) GetMetricWithLabelValues(lvs ...string) (Counter, error)  { return nil, nil }
func (v *CounterVec) Delete(labels Labels) bool                                { return false }
func (v *CounterVec) DeleteLabelValues(lvs ...string) bool                     { return false }
func (v *CounterVec) Reset()                                                   {}
func (v *GaugeVec) CurryWith(labels Labels) (*GaugeVec, error)                 { return nil, nil }
func (v *GaugeVec) MustCurryWith(labels Labels) *GaugeVec                      { return nil }
func (v *GaugeVec) GetMetricWith(labels Labels) (Gauge, error)                 { return nil, nil }
func (v *GaugeVec) GetMetricWithLabelValues(lvs ...string) (Gauge, error)      { return nil, nil }
func (v *GaugeVec) Delete(labels Labels) bool                                  { return false }
func (v *GaugeVec) DeleteLabelValues(lvs ...string) bool                       { return false }
func (v *GaugeVec) Reset()                                                     {}
func (v *HistogramVec) CurryWith(labels Labels) (ObserverVec, error)           { return nil, nil }
func (v *HistogramVec) MustCurryWith(labels Labels) ObserverVec                { return nil }
func (v *HistogramVec) Delete(labels Labels) bool                              { return false }
func (v *HistogramVec) DeleteLabelValues(lvs ...string) bool                   { return false }
func (v *HistogramVec) Reset()                                                 {}
func (v *SummaryVec) CurryWith(labels Labels) (ObserverVec, error)             { return nil, nil }
func (v *SummaryVec) MustCurryWith(labels Labels) ObserverVec                  { return nil }
func (v *SummaryVec) GetMetricWith(labels Labels) (Observer, error)            { return nil, nil }
func (v *SummaryVec) GetMetricWithLabelValues(lvs ...string) (Observer, error) { return nil, nil }
func (v *SummaryVec) Delete(labels Labels) bool                                { return false }
func (v *SummaryVec) DeleteLabelValues(lvs ...string) bool                     { return false }
func (v *SummaryVec) Reset()                                                   {}
func (v *SummaryVec) Describe(chan<- *Desc)                                    {}
func (v *SummaryVec) Collect(chan<- Metric)                                    {}

// V2 constructors (client_golang >= 1.20).

type GaugeVecOpts struct {
	GaugeOpts
	VariableLabels ConstrainableLabels
}

type HistogramVecOpts struct {
	HistogramOpts
	VariableLabels ConstrainableLabels
}

type SummaryVecOpts struct {
	SummaryOpts
	VariableLabels ConstrainableLabels
}

func (v2) NewGaugeVec(opts GaugeVecOpts) *GaugeVec             { return nil }
func (v2) NewHistogramVec(opts HistogramVecOpts) *HistogramVec { return nil }
func (v2) NewSummaryVec(opts SummaryVecOpts) *SummaryVec       { return nil }
