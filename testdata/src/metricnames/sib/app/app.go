// Package app imports both siblings: it is the lowest package that sees
// their conflicting definitions.
package app

import (
	"metricnames/sib/a"
	"metricnames/sib/b" // want `metric shop_jobs_total is declared in metricnames/sib/a at a.go:\d+ with labels \[queue\] \(in metricnames/sib/b at b.go:\d+ with \[queue worker\]\)`
)

var _, _ = a.Jobs, b.Jobs

const Name = "app"
