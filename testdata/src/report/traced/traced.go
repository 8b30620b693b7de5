// Package traced is a report fixture: entry points observed by a span of
// their own count only when the span is ended.
//
//	Ended: its span is ended: observed.
//	Leaked: its span is never ended: not observed.
//	Helper: its span comes from a start helper and is ended: observed.
package traced

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("report/traced")

// Routes registers the entry points, without middleware.
func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/ended", Ended)
	mux.HandleFunc("/leaked", Leaked)
	mux.HandleFunc("/helper", Helper)
	return mux
}

func Ended(w http.ResponseWriter, r *http.Request) {
	_, span := tracer.Start(r.Context(), "ended")
	defer span.End()
	w.WriteHeader(http.StatusOK)
}

func Leaked(w http.ResponseWriter, r *http.Request) {
	_, span := tracer.Start(r.Context(), "leaked")
	span.AddEvent("started")
	w.WriteHeader(http.StatusOK)
}

func start(ctx context.Context, name string) (context.Context, trace.Span) {
	return tracer.Start(ctx, name)
}

func Helper(w http.ResponseWriter, r *http.Request) {
	_, span := start(r.Context(), "helper")
	defer span.End()
	w.WriteHeader(http.StatusOK)
}
