// Package record: RecordError on error paths, with spans.record_error.
package record

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
)

var tracer = otel.Tracer("record")

func work(ctx context.Context) error { return nil }

func NotRecorded(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "not-recorded")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err // want `returns an error while span "not-recorded" \(started at line \d+\) is open without span.RecordError\(err\)`
	}
	return nil
}

func Recorded(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "recorded")
	defer func() {
		if err != nil {
			span.RecordError(err)
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	return work(ctx)
}
