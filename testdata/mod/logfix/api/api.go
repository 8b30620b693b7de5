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

// Detached has a context in scope that does not carry the request's:
// the fix passes the request's, not ctx (issue 19, item 5).
func Detached(w http.ResponseWriter, r *http.Request) {
	ctx := context.Background()
	slog.Info("detached")                   // want "use InfoContext\\(r.Context\\(\\), …\\)"
	slog.InfoContext(ctx, "still detached") // not seen: a variable, not Background() itself
	work := background()
	slog.InfoContext(context.TODO(), "detached") // want "context.TODO\\(\\) inside the entry point Detached drops the request's context \\(and its trace ID\\); pass r.Context\\(\\)"
	_ = work
}

// Unreachable cannot reach the request's context: no fix.
func Unreachable(w http.ResponseWriter, _ *http.Request) {
	ctx := context.Background()
	slog.Info("unreachable") // want "use InfoContext\\(the request's context, …\\)"
	_ = ctx
}

// Derived carries the request's context through derived contexts.
func Derived(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	ctx = context.WithValue(ctx, orderKey, 1)
	slog.Info("derived") // want "use InfoContext\\(ctx, …\\)"
}
