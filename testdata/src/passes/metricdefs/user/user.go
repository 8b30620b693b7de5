// want package:` metrics\(shop.described otel counter labels=unknown at passes/metricdefs/otelm/otelm.go:22; shop.inflight otel updowncounter labels=unknown at passes/metricdefs/otelm/otelm.go:20; .*; v2_queue_length prometheus gauge labels=zone at passes/metricdefs/prom/prom.go:49; shop_orders_requests_total prometheus counter labels=code at passes/metricdefs/user/user.go:22\)}$`

// Package user defines a metric of its own and imports two packages that
// define metrics: its fact carries theirs, its result hands them on.
package user // want "imported shop.described counter from passes/metricdefs/otelm at otelm.go:22" "imported shop.inflight updowncounter from passes/metricdefs/otelm at otelm.go:20" "imported shop.latency histogram from passes/metricdefs/otelm at otelm.go:19" "imported shop.requests counter from passes/metricdefs/otelm at otelm.go:18" "imported shop.temperature gauge from passes/metricdefs/otelm at otelm.go:21" "imported shop_orders_requests_total counter from passes/metricdefs/prom at prom.go:14" "imported inflight_requests gauge from passes/metricdefs/prom at prom.go:21" "imported shop_orders_latency_seconds histogram from passes/metricdefs/prom at prom.go:23" "imported response_size_bytes summary from passes/metricdefs/prom at prom.go:28" "imported up gauge from passes/metricdefs/prom at prom.go:37" "imported legacy_value untyped from passes/metricdefs/prom at prom.go:38" "imported v2_events_total counter from passes/metricdefs/prom at prom.go:44" "imported v2_queue_length gauge from passes/metricdefs/prom at prom.go:49" "imported build_info untyped from passes/metricdefs/prom at prom.go:58" "imported shop_db_connections untyped from passes/metricdefs/prom at prom.go:59" "imported labels_from_var_total counter from passes/metricdefs/prom at prom.go:70" "reach passes/metricdefs/otelm=passes/metricdefs/otelm" "reach passes/metricdefs/prom=passes/metricdefs/prom"

import (
	"github.com/prometheus/client_golang/prometheus"

	"passes/metricdefs/names"
	"passes/metricdefs/otelm"
	"passes/metricdefs/prom"
)

func init() {
	prom.Requests()
	otelm.Instruments()
}

// The same name as package prom's, with other labels: the pass records
// both; the metricnames analyzer judges.
var requests = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: names.Namespace, Subsystem: names.Subsystem, Name: names.Requests, Help: "Requests."}, []string{"code"}) // want "def prometheus counter shop_orders_requests_total ns=shop sub=orders short=requests_total labels=code const=- help=yes unit=- lit=false"
