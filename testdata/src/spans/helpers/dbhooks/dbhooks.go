// Package dbhooks has a database driver's tracing hooks: a span starts in
// one and ends in the other, carried by the context in between.
package dbhooks

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("dbhooks")

type QueryTracer struct{}

type QueryData struct{ SQL string }

// QueryStart returns the context carrying the span: the driver hands it
// to QueryEnd.
func (QueryTracer) QueryStart(ctx context.Context, data QueryData) context.Context {
	ctx, _ = tracer.Start(ctx, data.SQL) // want `span name is unbounded: the field QueryData.SQL, an identifier`
	return ctx
}

// QueryEnd finishes the span of the context QueryStart returned.
func (QueryTracer) QueryEnd(ctx context.Context) {
	trace.SpanFromContext(ctx).End()
}
