package status

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("status")

func work(ctx context.Context) error { return nil }

func Get(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "get")
	defer span.End()
	if err := work(ctx); err != nil {
		return err // want `returns an error while span "get" \(started at line \d+\) is open`
	}
	err := work(ctx)
	if err != nil {
		fmt.Println("failed")
		return err // want `returns an error while span "get" \(started at line \d+\) is open`
	}
	return nil
}

// No fix: the error is built in the return.
func Wrap(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "wrap")
	defer span.End()
	if err := work(ctx); err != nil {
		return fmt.Errorf("wrap: %w", err) // want `returns an error while span "wrap" \(started at line \d+\) is open`
	}
	return nil
}
