// Package api declares handlers that package svc registers: what they
// observe inside travels as facts.
package api

import (
	"net/http"

	"go.opentelemetry.io/otel"

	"passes/instrumentation/obs"
)

func Spanned(w http.ResponseWriter, r *http.Request) { // want `observed Spanned kinds=traces via=inside` Spanned:`^observed \(traces\)$`
	_, span := otel.Tracer("api").Start(r.Context(), "spanned")
	defer span.End()
}

func Tracked(w http.ResponseWriter, r *http.Request) { // want `observed Tracked kinds=traces via=helper` Tracked:`^observed \(traces\)$`
	defer obs.Track(r.Context(), "tracked")()
}

func Bare(w http.ResponseWriter, r *http.Request) {}
