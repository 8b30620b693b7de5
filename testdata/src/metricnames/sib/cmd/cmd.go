// Package cmd sees the conflict only through app, which reports it.
package cmd

import (
	"metricnames/sib/a"
	"metricnames/sib/app"
)

var _ = a.Jobs

var _ = app.Name
