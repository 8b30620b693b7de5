// Package api serves orders over HTTP.
package api

import (
	"context"
	"net/http"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"

	"example.com/spans/store"
	"example.com/spans/tracing"
)

var tracer = otel.Tracer("example.com/spans/api")

// Handler serves orders.
type Handler struct{ Store *store.Store }

// Order starts a new trace instead of joining the request's.
func (h *Handler) Order(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracer.Start(context.Background(), "api.order") // want "span \"api.order\" starts a new trace from context.Background\\(\\) although r.Context\\(\\) is in scope.*\\[span-broken-trace\\]"
	defer span.End()
	v, err := h.Store.Fetch(ctx, r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte(v))
}

// Page ends the server span otelhttp started.
func (h *Handler) Page(w http.ResponseWriter, r *http.Request) {
	span := trace.SpanFromContext(r.Context())
	defer span.End() // want "End ends the span of trace.SpanFromContext\\(r.Context\\(\\)\\), which this function did not start.*\\[span-borrowed-end\\]"
	span.SetAttributes(attribute.String("page", r.URL.Query().Get("p")))
	_, _ = h.Store.Fetch(r.Context(), "page")
}

// Path names its span after the raw path.
func (h *Handler) Path(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracing.Start(r.Context(), "GET "+r.URL.Path) // want "span name \\(the span name of Start\\) is unbounded: the request URL's Path.*\\[span-name\\]"
	defer span.End()
	_, _ = h.Store.Find(ctx, r.URL.Path)
}

// --- clean ---

// Annotate adds to the request's span without ending it.
func (h *Handler) Annotate(w http.ResponseWriter, r *http.Request) {
	trace.SpanFromContext(r.Context()).SetAttributes(attribute.String("route", "annotate"))
	ctx, span := tracer.Start(r.Context(), "api.annotate")
	defer span.End()
	_, _ = h.Store.Find(ctx, "x")
}

// Finish ends the span of the context a caller started, through the facade.
func Finish(ctx context.Context) {
	tracing.EndSpan(ctx)
}
