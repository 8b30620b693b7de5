// Package api is fixed by obslint -fix; golden/ holds the result.
package api

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
)

var errBoom = errors.New("boom")

// background is used elsewhere, so the import stays after -fix.
var background = context.Background

type key string

const orderKey key = "order_id"

// GetOrder serves an order.
func GetOrder(w http.ResponseWriter, r *http.Request) {
	slog.Info("order served", "orderID", 1) // want "use InfoContext\\(r.Context\\(\\), …\\)" "log key \"orderID\" is not snake case"
	ctx := r.Context()
	slog.ErrorContext(ctx, "failed", errBoom)                    // want "write a key before it: \"error\", errBoom"
	slog.WarnContext(ctx, "slow", "err", errBoom)                // want "log key \"err\" is an alias"
	slog.InfoContext(ctx, "served", orderKey, 1)                 // want "convert it: string\\(orderKey\\)"
	slog.InfoContext(ctx, "served", slog.Int("HTTPStatus", 200)) // want "use \"http_status\""
	slog.InfoContext(context.Background(), "served")             // want "context.Background\\(\\) inside the entry point GetOrder drops the request's context"
}
