// Package orders uses the shop's keys from another package.
package orders

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"

	"registryexport/shop"
)

func Tag(ctx context.Context, span trace.Span, cart string, express bool) {
	span.SetAttributes(shop.CartID.String(cart), attribute.Bool("shop.order.express", express))
}
