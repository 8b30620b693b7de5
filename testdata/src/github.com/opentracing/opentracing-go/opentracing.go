// Package opentracing is a stub of github.com/opentracing/opentracing-go
// (v1.2.0) with the real signatures.
package opentracing

import (
	"context"
	"time"

	"github.com/opentracing/opentracing-go/log"
)

type SpanContext interface {
	ForeachBaggageItem(handler func(k, v string) bool)
}

type Span interface {
	Finish()
	FinishWithOptions(opts FinishOptions)
	Context() SpanContext
	SetOperationName(operationName string) Span
	SetTag(key string, value interface{}) Span
	LogFields(fields ...log.Field)
	LogKV(alternatingKeyValues ...interface{})
	SetBaggageItem(restrictedKey, value string) Span
	BaggageItem(restrictedKey string) string
	Tracer() Tracer
	LogEvent(event string)
}

type FinishOptions struct {
	FinishTime time.Time
}

type Tracer interface {
	StartSpan(operationName string, opts ...StartSpanOption) Span
	Inject(sm SpanContext, format interface{}, carrier interface{}) error
	Extract(format interface{}, carrier interface{}) (SpanContext, error)
}

type StartSpanOptions struct {
	References []SpanReference
	StartTime  time.Time
	Tags       map[string]interface{}
}

type StartSpanOption interface {
	Apply(*StartSpanOptions)
}

type SpanReferenceType int

type SpanReference struct {
	Type              SpanReferenceType
	ReferencedContext SpanContext
}

func (r SpanReference) Apply(o *StartSpanOptions) {}

func ChildOf(sc SpanContext) SpanReference     { return SpanReference{} }
func FollowsFrom(sc SpanContext) SpanReference { return SpanReference{} }

type Tags map[string]interface{}

func (t Tags) Apply(o *StartSpanOptions) {}

func GlobalTracer() Tracer          { return nil }
func SetGlobalTracer(tracer Tracer) {}

func StartSpan(operationName string, opts ...StartSpanOption) Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (Span, context.Context) {
	return nil, ctx
}

func StartSpanFromContextWithTracer(ctx context.Context, tracer Tracer, operationName string, opts ...StartSpanOption) (Span, context.Context) {
	return nil, ctx
}

func ContextWithSpan(ctx context.Context, span Span) context.Context { return ctx }
func SpanFromContext(ctx context.Context) Span                       { return nil }
