// Package legacy: OpenTracing and OpenCensus spans, where the same shapes
// apply.
package legacy

import (
	"context"
	"errors"

	"github.com/opentracing/opentracing-go"
	"github.com/opentracing/opentracing-go/ext"
	octrace "go.opencensus.io/trace"
)

func work(ctx context.Context) error { return nil }

func traced(ctx context.Context) error {
	span, _ := opentracing.StartSpanFromContext(ctx, "ot.child")
	span.Finish()
	return nil
}

// --- OpenTracing ---

func OTNotFinished(ctx context.Context) error {
	span, ctx := opentracing.StartSpanFromContext(ctx, "ot.get") // want `span "ot.get" is not ended on every path: the return at line \d+ leaves it open, so it leaks and is never exported; defer span.Finish\(\) after the start`
	if err := work(ctx); err != nil {
		ext.Error.Set(span, true)
		return err
	}
	span.Finish()
	return nil
}

func OTTracer(ctx context.Context, t opentracing.Tracer) {
	span := t.StartSpan("ot.tracer") // want `span "ot.tracer" is not ended on every path`
	span.SetTag("k", "v")
}

func OTNoErrorTag(ctx context.Context) error {
	span, ctx := opentracing.StartSpanFromContext(ctx, "ot.status")
	defer span.Finish()
	if err := work(ctx); err != nil {
		return err // want `returns an error while span "ot.status" \(started at line \d+\) is open without ext.Error.Set\(span, true\)`
	}
	return nil
}

func OTLost(ctx context.Context) error {
	span, _ := opentracing.StartSpanFromContext(ctx, "ot.lost") // want `the context returned with span "ot.lost" is discarded: traced at line \d+`
	defer span.Finish()
	err := traced(ctx)
	if err != nil {
		ext.LogError(span, err)
	}
	return err
}

func OTBroken(ctx context.Context) {
	span, _ := opentracing.StartSpanFromContext(context.Background(), "ot.broken") // want `starts a new trace from context.Background\(\) although ctx is in scope`
	span.Finish()
}

func OTClean(ctx context.Context) (err error) {
	span, ctx := opentracing.StartSpanFromContext(ctx, "ot.clean")
	defer func() {
		if err != nil {
			span.SetTag("error", true)
		}
		span.Finish()
	}()
	return work(ctx)
}

func OTChild(ctx context.Context) {
	parent := opentracing.SpanFromContext(ctx)
	span := opentracing.StartSpan("ot.child", opentracing.ChildOf(parent.Context()))
	defer span.Finish()
}

// --- OpenCensus ---

func OCNotEnded(ctx context.Context) {
	ctx, span := octrace.StartSpan(ctx, "oc.get") // want `span "oc.get" is not ended on every path`
	if work(ctx) != nil {
		return
	}
	span.End()
}

func OCNoStatus(ctx context.Context) error {
	ctx, span := octrace.StartSpan(ctx, "oc.status")
	defer span.End()
	if err := work(ctx); err != nil {
		return err // want `returns an error while span "oc.status" \(started at line \d+\) is open without SetStatus\(trace.Status\{Code: …\}\)`
	}
	return nil
}

func OCOkStatus(ctx context.Context) error {
	ctx, span := octrace.StartSpan(ctx, "oc.ok")
	defer span.End()
	err := work(ctx)
	span.SetStatus(octrace.Status{Code: octrace.StatusCodeOK}) // want `SetStatus\(codes.Ok\) on a path that returns an error`
	return err
}

func OCClean(ctx context.Context) error {
	ctx, span := octrace.StartSpan(ctx, "oc.clean")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(octrace.Status{Code: octrace.StatusCodeUnknown, Message: err.Error()})
		return err
	}
	return nil
}

var errNope = errors.New("nope")
