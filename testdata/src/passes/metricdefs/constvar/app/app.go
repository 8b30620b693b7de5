// want package:` metrics\(shop_logins_total prometheus counter labels=- at passes/metricdefs/constvar/app/app.go:16; shop_requests_total prometheus counter labels=- at passes/metricdefs/constvar/app/app.go:17\)}$`

// Package app names its metrics with build.ProjectName and keeps an
// option literal in a package variable: both fold.
package app

import (
	"github.com/prometheus/client_golang/prometheus"

	"passes/metricdefs/constvar/build"
)

var requestsOpts = prometheus.CounterOpts{Namespace: build.ProjectName, Name: "requests_total", Help: "Requests."}

func metrics() {
	prometheus.NewCounter(prometheus.CounterOpts{Namespace: build.ProjectName, Name: "logins_total", Help: "Logins."}) // want "def prometheus counter shop_logins_total ns=shop sub=- short=logins_total labels=- const=- help=yes unit=- lit=true"
	prometheus.NewCounter(requestsOpts)                                                                             // want "def prometheus counter shop_requests_total ns=shop sub=- short=requests_total labels=- const=- help=yes unit=- lit=true"
	prometheus.NewCounter(prometheus.CounterOpts{Namespace: build.Version, Name: "builds_total", Help: "Builds."})   // want "unfolded prometheus.NewCounter"
}
