// Package passes builds obslint's shared passes as one set. A pass finds
// things and hands them on through its result and facts; analyzers
// (analyzers/) Require the passes they read and report. Every pass has a
// constructor, called only here, so one convention source and one set of
// options reach every pass of a suite.
package passes

import (
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/otelattrs"
	"github.com/obslint/obslint/passes/slodecls"
)

// Set is the shared passes of one suite.
type Set struct {
	Config          *analysis.Analyzer // the convention for the package (config.Of)
	Directives      *analysis.Analyzer // //obslint: and //autometrics: directives (directiveindex.Of)
	EntryPoints     *analysis.Analyzer // HTTP, gRPC, connect entry points and registrations
	Instrumentation *analysis.Analyzer // which functions and registrations are observed
	MetricDefs      *analysis.Analyzer // Prometheus and OpenTelemetry metric definitions
	SLODecls        *analysis.Analyzer // SLO declarations
	LogCalls        *analysis.Analyzer // structured-log calls and their keys
	OTelAttrs       *analysis.Analyzer // OpenTelemetry attributes where code builds them, spans by name
}

// Options are the choices a driver makes for the whole set.
type Options struct {
	// Waivers says how dated //obslint:ignore directives are judged.
	Waivers directiveindex.Waivers
}

// NewSet builds the passes, resolving conventions through src.
func NewSet(src convention.Source, opts Options) *Set {
	s := &Set{
		Config:     config.New(src),
		Directives: directiveindex.New(opts.Waivers),
		MetricDefs: metricdefs.New(),
		OTelAttrs:  otelattrs.New(),
	}
	s.EntryPoints = entrypoints.New(s.Config)
	s.Instrumentation = instrumentation.New(s.Config, s.Directives, s.EntryPoints)
	s.SLODecls = slodecls.New(s.Directives)
	s.LogCalls = logcalls.New(s.Config)
	return s
}

// All returns every pass, for drivers that run the passes without the
// analyzers (the whole-program features) and need them as roots.
func (s *Set) All() []*analysis.Analyzer {
	return []*analysis.Analyzer{s.Config, s.Directives, s.EntryPoints, s.Instrumentation, s.MetricDefs, s.SLODecls, s.LogCalls, s.OTelAttrs}
}
