// Package trace is a stub of go.opentelemetry.io/otel/trace.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/codes"
)

type SpanStartOption interface{}
type SpanEndOption interface{}
type EventOption interface{}

type Span interface {
	End(options ...SpanEndOption)
	RecordError(err error, options ...EventOption)
	SetStatus(code codes.Code, description string)
	IsRecording() bool
}

type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type TracerProvider interface {
	Tracer(name string, options ...TracerOption) Tracer
}

type TracerOption interface{}

func SpanFromContext(ctx context.Context) Span { return nil }
