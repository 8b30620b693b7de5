// want package:` metrics\(build_info prometheus untyped labels=version at passes/metricdefs/prom/prom.go:58; inflight_requests prometheus gauge labels=- at passes/metricdefs/prom/prom.go:21; labels_from_var_total prometheus counter labels=unknown at passes/metricdefs/prom/prom.go:70; legacy_value prometheus untyped labels=- at passes/metricdefs/prom/prom.go:38; response_size_bytes prometheus summary labels=route at passes/metricdefs/prom/prom.go:28; shop_db_connections prometheus untyped labels=- at passes/metricdefs/prom/prom.go:59; shop_orders_latency_seconds prometheus histogram labels=route at passes/metricdefs/prom/prom.go:23; shop_orders_requests_total prometheus counter labels=code,method at passes/metricdefs/prom/prom.go:14; up prometheus gauge labels=- at passes/metricdefs/prom/prom.go:37; v2_events_total prometheus counter labels=kind at passes/metricdefs/prom/prom.go:44; v2_queue_length prometheus gauge labels=zone at passes/metricdefs/prom/prom.go:49\)}$`

// Package prom defines client_golang metrics in the shapes the metricdefs
// pass reads, with names folded from constants of another package.
package prom

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"passes/metricdefs/names"
)

var requests = prometheus.NewCounterVec(prometheus.CounterOpts{ // want "def prometheus counter shop_orders_requests_total ns=shop sub=orders short=requests_total labels=code,method const=- help=yes unit=- lit=false"
	Namespace: names.Namespace,
	Subsystem: names.Subsystem,
	Name:      names.Requests,
	Help:      "Requests served.",
}, []string{"code", names.LabelMethod})

var inflight = promauto.NewGauge(prometheus.GaugeOpts{Name: "inflight_requests", Help: "In flight."}) // want "def prometheus gauge inflight_requests ns=- sub=- short=inflight_requests labels=- const=- help=yes unit=- lit=true"

var latency = promauto.With(prometheus.DefaultRegisterer).NewHistogramVec(prometheus.HistogramOpts{ // want "def prometheus histogram shop_orders_latency_seconds ns=shop sub=orders short=latency_seconds labels=route const=- help=yes unit=- lit=true"
	Namespace: names.Namespace, Subsystem: names.Subsystem, Name: "latency_seconds", Help: "Latency.",
	Buckets: prometheus.LinearBuckets(0, 1, 3),
}, []string{"route"})

var sizes = prometheus.NewSummaryVec(prometheus.SummaryOpts{ // want "def prometheus summary response_size_bytes ns=- sub=- short=response_size_bytes labels=route const=app,zone help=no unit=- lit=true"
	Name:        "response_size_bytes",
	Help:        "",
	ConstLabels: prometheus.Labels{"zone": "a", "app": "shop"},
}, []string{"route"})

var helpText = "Set at run time."

var (
	up     = prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "up", Help: helpText}, func() float64 { return 1 })                // want "def prometheus gauge up ns=- sub=- short=up labels=- const=- help=yes unit=- lit=true"
	legacy = prometheus.NewUntypedFunc(prometheus.UntypedOpts{Name: "legacy_value", Help: "Legacy."}, func() float64 { return 0 }) // want "def prometheus untyped legacy_value ns=- sub=- short=legacy_value labels=- const=- help=yes unit=- lit=true"
)

// Requests is used by package user, so that it imports this package.
func Requests() *prometheus.CounterVec { return requests }

var events = prometheus.V2.NewCounterVec(prometheus.CounterVecOpts{ // want "def prometheus counter v2_events_total ns=- sub=- short=v2_events_total labels=kind const=- help=yes unit=- lit=true"
	CounterOpts:    prometheus.CounterOpts{Name: "v2_events_total", Help: "Events."},
	VariableLabels: prometheus.UnconstrainedLabels{"kind"},
})

var queue = prometheus.V2.NewGaugeVec(prometheus.GaugeVecOpts{ // want "def prometheus gauge v2_queue_length ns=- sub=- short=v2_queue_length labels=zone const=- help=yes unit=- lit=true"
	GaugeOpts:      prometheus.GaugeOpts{Name: "v2_queue_length", Help: "Queue."},
	VariableLabels: prometheus.ConstrainedLabels{{Name: "zone"}},
})

// collector describes its metrics with descriptors.
type collector struct{}

func (collector) Describe(ch chan<- *prometheus.Desc) {
	ch <- prometheus.NewDesc("build_info", "Build.", []string{"version"}, nil)                                                                   // want "def prometheus untyped build_info ns=- sub=- short=build_info labels=version const=- help=yes unit=- lit=true"
	ch <- prometheus.NewDesc(prometheus.BuildFQName(names.Namespace, "db", "connections"), "Connections.", nil, prometheus.Labels{"db": "main"}) // want "def prometheus untyped shop_db_connections ns=shop sub=db short=connections labels=- const=db help=yes unit=- lit=false"
}

var dynamic = "dynamic_total"

var labelNames = []string{"code"}

func unfolded() {
	prometheus.NewCounter(prometheus.CounterOpts{Name: dynamic, Help: "Dynamic."}) // want "unfolded prometheus.NewCounter"
	opts := prometheus.CounterOpts{Name: "built_elsewhere_total", Help: "Elsewhere."}
	prometheus.NewCounter(opts)                                                                                  // want "unfolded prometheus.NewCounter"
	prometheus.NewCounterVec(prometheus.CounterOpts{Name: "labels_from_var_total", Help: "Labels."}, labelNames) // want "def prometheus counter labels_from_var_total ns=- sub=- short=labels_from_var_total labels=unknown const=- help=yes unit=- lit=true"
}

// Not definitions: a timer, a registration, a constructor of our own.
func notDefs() {
	prometheus.NewTimer(nil)
	prometheus.MustRegister(requests)
	NewCounter(prometheus.CounterOpts{Name: "own_total"})
}

func NewCounter(opts prometheus.CounterOpts) {}

func init() {
	dynamic = dynamic + "_x" // assigned: not folded
	helpText = helpText + "!"
}
