package deferend

import (
	"context"

	"github.com/opentracing/opentracing-go"
	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("deferend")

func work(ctx context.Context) error { return nil }

func Get(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "get") // want `span "get" is not ended on every path`
	span.AddEvent("started")
	_ = work(ctx)
}

func Finish(ctx context.Context) {
	span, ctx := opentracing.StartSpanFromContext(ctx, "finish") // want `span "finish" is not ended on every path`
	span.SetTag("k", "v")
	_ = work(ctx)
}

// Ended on one path: no fix (a deferred End would end it twice).
func Partly(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "partly") // want `span "partly" is not ended on every path`
	if work(ctx) != nil {
		return
	}
	span.End()
}
