package statusgrpc

import (
	"context"

	"go.opentelemetry.io/otel"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

var tracer = otel.Tracer("statusgrpc")

func lookup(ctx context.Context, id string) error { return nil }

func Get(ctx context.Context, id string) error {
	ctx, span := tracer.Start(ctx, "get")
	defer span.End()
	if id == "" {
		return status.Error(codes.NotFound, "no id") // want `returns an error while span "get" \(started at line \d+\) is open`
	}
	err := lookup(ctx, id)
	if err != nil {
		return err // want `returns an error while span "get" \(started at line \d+\) is open`
	}
	return nil
}
