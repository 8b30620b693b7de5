// Package trace is a stub of go.opentelemetry.io/otel/trace.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
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
	SetAttributes(kv ...attribute.KeyValue)
	AddEvent(name string, options ...EventOption)
}

// SpanStartEventOption is a SpanStartOption and an EventOption.
type SpanStartEventOption interface {
	SpanStartOption
	EventOption
}

func WithAttributes(attributes ...attribute.KeyValue) SpanStartEventOption { return nil }

type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type TracerProvider interface {
	Tracer(name string, options ...TracerOption) Tracer
}

type TracerOption interface{}

func SpanFromContext(ctx context.Context) Span { return nil }
