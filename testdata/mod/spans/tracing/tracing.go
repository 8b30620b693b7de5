// Package tracing is the service's tracing facade: its helpers are known
// to the other packages through facts.
package tracing

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("example.com/spans")

// Start starts a span for the caller to end.
func Start(ctx context.Context, name string) (context.Context, trace.Span) {
	return tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindInternal))
}

// Finish marks the span failed when err is not nil, and ends it.
func Finish(span trace.Span, err error) {
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}

// EndSpan ends the span of ctx.
func EndSpan(ctx context.Context) {
	trace.SpanFromContext(ctx).End()
}
