// want package:"tracing"

// Package tracing is a company's tracing facade: what its functions do with
// spans is known to other packages through facts.
package tracing

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("tracing")

// Start returns a started span for the caller to end (go-spancheck #33).
func Start(ctx context.Context, name string) (context.Context, trace.Span) { // want Start:`spans: starts OpenTelemetry span \(ctx#1 span#2\); parent ctx param 1; name param 2`
	return tracer.Start(ctx, name, trace.WithSpanKind(trace.SpanKindInternal))
}

// StartOp prefixes the name: the op is judged at call sites.
func StartOp(ctx context.Context, op string) (context.Context, trace.Span) { // want StartOp:`spans: starts OpenTelemetry span \(ctx#1 span#2\); parent ctx param 1; name param 2`
	ctx, span := tracer.Start(ctx, "op."+op)
	return ctx, span
}

// Trace returns the context and a func that ends the span, marking it
// failed when given an error.
func Trace(ctx context.Context, name string) (context.Context, func(*error)) { // want Trace:`spans: starts OpenTelemetry span \(ctx#1 end#2\+marks\); parent ctx param 1; name param 2`
	ctx, span := tracer.Start(ctx, name)
	return ctx, func(err *error) {
		if *err != nil {
			span.SetStatus(codes.Error, (*err).Error())
		}
		span.End()
	}
}

// StartCtx keeps the span in the context only.
func StartCtx(ctx context.Context, name string) context.Context { // want StartCtx:`spans: starts OpenTelemetry span \(ctx#1\); parent ctx param 1; name param 2`
	ctx, _ = tracer.Start(ctx, name)
	return ctx
}

// Finish ends the span and marks it failed on error.
func Finish(span trace.Span, err error) { // want Finish:`spans: ends param \[1\]; marks param \[1\]`
	if err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}

// Fail marks the span of the context failed.
func Fail(ctx context.Context, err error) { // want Fail:`spans: marks ctx param \[1\]; records ctx param \[1\]`
	span := trace.SpanFromContext(ctx)
	span.RecordError(err)
	span.SetStatus(codes.Error, err.Error())
}

// End ends the span of the context: a finishing helper.
func End(ctx context.Context) { // want End:`spans: ends ctx param \[1\]; finisher`
	trace.SpanFromContext(ctx).End()
}

// Traced runs fn in a span named name.
func Traced(ctx context.Context, name string, fn func(context.Context) error) error { // want Traced:`spans: name param 2`
	ctx, span := tracer.Start(ctx, name)
	defer span.End()
	err := fn(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	return err
}

type Tracer struct{ t trace.Tracer }

// Span is a method helper.
func (t *Tracer) Span(ctx context.Context, name string) (context.Context, trace.Span) { // want Span:`spans: starts OpenTelemetry span \(ctx#1 span#2\); parent ctx param 2; name param 3`
	return t.t.Start(ctx, name)
}

// Prepare ends its span itself when it fails: the caller owns the end
// func only when err is nil.
func Prepare(ctx context.Context, name string, ok func(context.Context) error) (context.Context, func(), error) { // want Prepare:`spans: starts OpenTelemetry span \(ctx#1 end#2\); parent ctx param 1; name param 2`
	ctx, span := tracer.Start(ctx, name)
	if err := ok(ctx); err != nil {
		span.End()
		return ctx, func() {}, err
	}
	return ctx, func() { span.End() }, nil
}

// Query starts a span of its own in the context it is given, reassigning
// it, and ends that one: the span of the caller's context is not ended.
func Query(ctx context.Context, q string) (err error) { // want Query:`spans: name param 2`
	ctx, _ = tracer.Start(ctx, q)
	defer func() { End(ctx) }()
	return nil
}

// SpanLogger logs to the span of a context (as jaeger's hotrod does).
type SpanLogger struct{ span trace.Span }

func (l SpanLogger) Info(msg string) { l.span.AddEvent(msg) }

// For keeps the span of ctx in the logger it returns: it neither ends
// that span nor takes it over.
func For(ctx context.Context) SpanLogger {
	if span := trace.SpanFromContext(ctx); span != nil {
		return SpanLogger{span: span}
	}
	return SpanLogger{}
}
