package prometheus

// Registration, gathering, untyped and constant metrics, bucket helpers.

type Gatherer interface{}

type Registry struct{}

func NewRegistry() *Registry                     { return nil }
func NewPedanticRegistry() *Registry             { return nil }
func (r *Registry) Register(c Collector) error   { return nil }
func (r *Registry) MustRegister(cs ...Collector) {}
func (r *Registry) Unregister(c Collector) bool  { return false }

var (
	DefaultRegisterer Registerer = NewRegistry()
	DefaultGatherer   Gatherer   = NewRegistry()
)

func Register(c Collector) error                                        { return nil }
func Unregister(c Collector) bool                                       { return false }
func WrapRegistererWith(labels Labels, reg Registerer) Registerer       { return nil }
func WrapRegistererWithPrefix(prefix string, reg Registerer) Registerer { return nil }

func NewConstMetric(desc *Desc, valueType ValueType, value float64, labelValues ...string) (Metric, error) {
	return nil, nil
}
func MustNewConstHistogram(desc *Desc, count uint64, sum float64, buckets map[float64]uint64, labelValues ...string) Metric {
	return nil
}
func MustNewConstSummary(desc *Desc, count uint64, sum float64, quantiles map[float64]float64, labelValues ...string) Metric {
	return nil
}

type ObserverVecFunc = ObserverFunc

func LinearBuckets(start, width float64, count int) []float64       { return nil }
func ExponentialBuckets(start, factor float64, count int) []float64 { return nil }
