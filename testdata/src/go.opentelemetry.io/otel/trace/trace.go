// Package trace is a stub of go.opentelemetry.io/otel/trace with the real
// signatures (v1.47.0) of what obslint's fixtures use.
package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

type SpanStartOption interface{ applySpanStart() }
type SpanEndOption interface{ applySpanEnd() }
type EventOption interface{ applyEvent() }
type SpanStartEventOption interface {
	SpanStartOption
	EventOption
}

type TraceID [16]byte
type SpanID [8]byte

type SpanContext struct{}

func (sc SpanContext) IsValid() bool          { return false }
func (sc SpanContext) TraceID() TraceID       { return TraceID{} }
func (sc SpanContext) SpanID() SpanID         { return SpanID{} }
func (sc SpanContext) IsSampled() bool        { return false }
func (t TraceID) String() string              { return "" }
func (s SpanID) String() string               { return "" }
func (sc SpanContext) HasTraceID() bool       { return false }
func (sc SpanContext) IsRemote() bool         { return false }
func (sc SpanContext) HasSpanID() bool        { return false }
func (sc SpanContext) Equal(SpanContext) bool { return false }

type Link struct {
	SpanContext SpanContext
	Attributes  []attribute.KeyValue
}

func LinkFromContext(ctx context.Context, attrs ...attribute.KeyValue) Link { return Link{} }

type SpanKind int

const (
	SpanKindUnspecified SpanKind = 0
	SpanKindInternal    SpanKind = 1
	SpanKindServer      SpanKind = 2
	SpanKindClient      SpanKind = 3
	SpanKindProducer    SpanKind = 4
	SpanKindConsumer    SpanKind = 5
)

type Span interface {
	End(options ...SpanEndOption)
	AddEvent(name string, options ...EventOption)
	AddLink(link Link)
	IsRecording() bool
	RecordError(err error, options ...EventOption)
	SpanContext() SpanContext
	SetStatus(code codes.Code, description string)
	SetName(name string)
	SetAttributes(kv ...attribute.KeyValue)
	TracerProvider() TracerProvider
}

type Tracer interface {
	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type TracerProvider interface {
	Tracer(name string, options ...TracerOption) Tracer
}

type TracerOption interface{ apply() }

func ContextWithSpan(parent context.Context, span Span) context.Context { return parent }
func ContextWithSpanContext(parent context.Context, sc SpanContext) context.Context {
	return parent
}
func ContextWithRemoteSpanContext(parent context.Context, rsc SpanContext) context.Context {
	return parent
}
func SpanFromContext(ctx context.Context) Span               { return nil }
func SpanContextFromContext(ctx context.Context) SpanContext { return SpanContext{} }

func WithAttributes(attributes ...attribute.KeyValue) SpanStartEventOption { return nil }
func WithLinks(links ...Link) SpanStartOption                              { return nil }
func WithNewRoot() SpanStartOption                                         { return nil }
func WithSpanKind(kind SpanKind) SpanStartOption                           { return nil }
func WithInstrumentationVersion(version string) TracerOption               { return nil }
