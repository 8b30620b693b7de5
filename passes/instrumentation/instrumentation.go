// Package instrumentation is the pass that decides, for every function of a
// package, whether and how it is observed: a metric observation or span
// start inside it, an //autometrics:inst directive, a call to a
// convention helper or to a module function known (by fact) to instrument
// its caller, or instrumenting middleware where it is registered.
//
// It exports an object fact for functions that instrument, so that callers
// in other packages know without guessing from names.
package instrumentation

import (
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Kind is what a function emits.
type Kind uint8

const (
	Metrics Kind = 1 << iota // request/error/latency metrics
	Traces                   // a span
)

// Via says how a function is observed. The strings are stable: they appear
// in the report's JSON "via" list.
type Via string

const (
	ViaInside     Via = "inside"     // metric observation or span start in the body
	ViaDirective  Via = "directive"  // //autometrics:inst
	ViaHelper     Via = "helper"     // call to a convention helper or a module wrapper
	ViaMiddleware Via = "middleware" // wrapped or router-level middleware at registration
)

// Observation is how one function is observed.
type Observation struct {
	Kinds Kind
	Via   []Via
	// Metrics lists the metric families the function observes directly
	// (folded names such as "http_requests_total"), for the SLO export.
	Metrics []string
}

// InstrumentsFact marks a function whose call instruments its caller (a
// wrapper such as obs.Track), or a middleware that instruments the handler
// it wraps.
type InstrumentsFact struct {
	Kinds      Kind
	Middleware bool // instruments the handler passed to it, rather than the caller
}

func (*InstrumentsFact) AFact() {}

func (f *InstrumentsFact) String() string {
	s := "instruments"
	if f.Middleware {
		s = "instrumenting middleware"
	}
	return s
}

// Result maps the package's functions to how they are observed. Functions
// that are not observed are absent.
type Result struct {
	Funcs map[*types.Func]*Observation
}

// Of returns how fn is observed, or nil.
func (r *Result) Of(fn *types.Func) *Observation {
	if r == nil {
		return nil
	}
	return r.Funcs[fn]
}

// New returns the pass. config and entrypoints are those passes.
func New(config, entrypoints *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintinstrumentation",
		Doc:        "decides which functions are observed and how",
		Requires:   []*analysis.Analyzer{config, entrypoints},
		ResultType: reflect.TypeFor[*Result](),
		FactTypes:  []analysis.Fact{new(InstrumentsFact)},
		Run: func(pass *analysis.Pass) (any, error) {
			// TODO(issue 3): detection.
			return &Result{Funcs: map[*types.Func]*Observation{}}, nil
		},
	}
}
