// want package:"hasmetricwrappers" package:` metrics\(shop.carts.requests otel counter labels=unknown at passes/metricdefs/wrap/app/app.go:17; shop.logins otel counter labels=unknown unit={login} at passes/metricdefs/wrap/app/app.go:15; shop.silent otel counter labels=unknown at passes/metricdefs/wrap/app/app.go:16; shop_http_streams otel histogram labels=unknown unit={stream} at passes/metricdefs/wrap/app/app.go:20; shop_jobs_total prometheus counter labels=code at passes/metricdefs/wrap/app/app.go:18; shop_retries_total prometheus counter labels=code at passes/metricdefs/wrap/app/app.go:19; shop.fixed otel counter labels=unknown at passes/metricdefs/wrap/obs/obs.go:47\)}$`

// Package app names its metrics through obs's helpers: each call with a
// constant name is a definition, at the call.
package app // want "imported shop.fixed counter from passes/metricdefs/wrap/obs at obs.go:47" "reach passes/metricdefs/wrap/obs=passes/metricdefs/wrap/obs"

import (
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/metric"

	"passes/metricdefs/wrap/obs"
)

var (
	logins  = obs.Counter("logins", metric.WithDescription("Logins."), metric.WithUnit("{login}"))                      // want "def otel counter shop.logins ns=- sub=- short=shop.logins labels=unknown const=- help=yes unit={login} lit=false"
	silent  = obs.Counter("silent", metric.WithDescription(""))                                                         // want "def otel counter shop.silent ns=- sub=- short=shop.silent labels=unknown const=- help=no unit=- lit=false"
	carts   = obs.Requests("carts")                                                                                     // want "def otel counter shop.carts.requests ns=- sub=- short=shop.carts.requests labels=unknown const=- help=yes unit=- lit=false"
	jobs    = obs.NewCounterVec("jobs_total", "Jobs run.")                                                              // want "def prometheus counter shop_jobs_total ns=shop sub=- short=jobs_total labels=code const=- help=yes unit=- lit=true"
	nohelp  = obs.NewCounterVec("retries_total", "")                                                                    // want "def prometheus counter shop_retries_total ns=shop sub=- short=retries_total labels=code const=- help=no unit=- lit=true"
	streams = obs.MustInt64().Histogram(prometheus.BuildFQName("shop", "http", "streams"), metric.WithUnit("{stream}")) // want "def otel histogram shop_http_streams ns=shop sub=http short=streams labels=unknown const=- help=no unit={stream} lit=false"
)

var dynamic = "dyn"

// A wrapper called with a name that does not fold defines nothing known.
var dyn = obs.Counter(dynamic)

func init() { dynamic = dynamic + "2" } // assigned: the name does not fold
