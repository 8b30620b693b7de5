// Package borrowed: Ends of spans the function did not start.
package borrowed

import (
	"context"
	"net/http"

	"github.com/opentracing/opentracing-go"
	"go.opencensus.io/trace"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	oteltrace "go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("borrowed")

func work(ctx context.Context) error { return nil }

// go-spancheck #41: the reflexive defer span.End() after SpanFromContext.
func Reflex(ctx context.Context) error {
	span := oteltrace.SpanFromContext(ctx)
	defer span.End() // want `End ends the span of oteltrace.SpanFromContext\(ctx\), which this function did not start`
	span.SetAttributes(attribute.String("k", "v"))
	return work(ctx)
}

func Handler(w http.ResponseWriter, r *http.Request) {
	oteltrace.SpanFromContext(r.Context()).End() // want `End ends the span of oteltrace.SpanFromContext\(r.Context\(\)\)`
	_ = work(r.Context())
}

func OpenTracing(ctx context.Context) {
	opentracing.SpanFromContext(ctx).Finish() // want `Finish ends the span of opentracing.SpanFromContext\(ctx\)`
	_ = work(ctx)
}

func OpenCensus(ctx context.Context) {
	defer trace.FromContext(ctx).End() // want `End ends the span of trace.FromContext\(ctx\)`
	_ = work(ctx)
}

// A finishing helper: ends the span of the context it is given and does
// nothing else with it. Its callers are judged.
func EndSpan(ctx context.Context, err error) {
	span := oteltrace.SpanFromContext(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}

func Caller(ctx context.Context) error {
	err := work(ctx)
	EndSpan(ctx, err) // want `EndSpan ends the span of a context this function did not start a span in`
	return err
}

// --- clean ---

func Own(ctx context.Context) error {
	ctx, _ = tracer.Start(ctx, "own")
	defer oteltrace.SpanFromContext(ctx).End()
	return work(ctx)
}

func OwnThroughHelper(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "own-helper")
	_ = span
	defer func() { EndSpan(ctx, err) }()
	return work(ctx)
}

func Annotates(ctx context.Context) error {
	span := oteltrace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("k", "v"))
	span.AddEvent("annotated")
	return work(ctx)
}

// Forward is a finishing helper too: it hands the context only to
// another.
func Forward(ctx context.Context, err error) {
	EndSpan(ctx, err)
}

// Stream is a server-streaming handler: its context is the stream's, and
// the span in it is the server span otelgrpc started.
type Stream interface {
	Context() context.Context
	Send(string) error
}

func ListOrders(id string, out Stream) (err error) {
	ctx := out.Context()
	defer func() {
		if err != nil {
			oteltrace.SpanFromContext(ctx).RecordError(err)
		}
		oteltrace.SpanFromContext(ctx).End() // want `End ends the span of oteltrace.SpanFromContext\(ctx\), which this function did not start`
	}()
	if err := work(ctx); err != nil {
		return err
	}
	return out.Send(id)
}
