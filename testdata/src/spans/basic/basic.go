package basic

import (
	"context"
	"errors"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("basic")

func work(ctx context.Context) error { return nil }

func NeverEnded(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "never") // want `span "never" is not ended on every path: the end of the function at line 21 leaves it open`
	span.AddEvent("x")
	_ = work(ctx)
}

func Deferred(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "deferred")
	defer span.End()
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return nil
}

func MissingStatus(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "missing")
	defer span.End()
	if err := work(ctx); err != nil {
		return fmt.Errorf("work: %w", err) // want `returns an error while span "missing" \(started at line \d+\) is open without SetStatus`
	}
	return nil
}

func NamedDeferStatus(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "named")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	if err := work(ctx); err != nil {
		return err
	}
	return errors.New("x")
}

func ReturnsSpan(ctx context.Context, name string) (context.Context, trace.Span) {
	return tracer.Start(ctx, name)
}

func UsesHelper(ctx context.Context) {
	ctx, span := ReturnsSpan(ctx, "helper") // want `span "helper" is not ended`
	_ = work(ctx)
	_ = span
}

func UsesHelperOK(ctx context.Context) {
	ctx, span := ReturnsSpan(ctx, "helper-ok")
	defer span.End()
	_ = work(ctx)
}
