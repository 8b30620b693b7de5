package style

import (
	"context"

	"go.opentelemetry.io/otel"
)

var tracer = otel.Tracer("style")

func Get(ctx context.Context) {
	_, span := tracer.Start(ctx, "GetOrder") // want `span name "GetOrder" is not snake case; use "get_order"`
	defer span.End()
}
