// Package slogx exercises the logkeys checks on log/slog.
package slogx

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
)

const keyUser = "user_id"

const badKey = "userName"

func logs(ctx context.Context, l *slog.Logger, id int, err error, name string) {
	// Clean twins: snake_case constant keys, values, constant messages.
	slog.Info("order placed", "order_id", id, keyUser, id)
	l.InfoContext(ctx, "order placed", slog.Int("order_id", id), slog.String(keyUser, "x"))
	l.LogAttrs(ctx, slog.LevelInfo, "order placed", slog.Int("order_id", id))
	l.With("request_id", id).Info("ok")
	_ = slog.Group("http", "method", "GET", "status_code", 200)
	_ = slog.Attr{Key: "order_id", Value: slog.IntValue(id)}

	slog.Info("order placed", "userID", id)                   // want `log key "userID" is not snake case \(logs.key_case\); write "user_id"`
	slog.Info("order placed", badKey, id)                     // want `log key "userName" is not snake case`
	slog.Error("failed", "err", err)                          // want `log key "err" is an alias; the convention's key is "error" \(logs.canonical_keys\)`
	slog.Info("login", "password", name)                      // want `log key "password" is forbidden by the convention`
	slog.Info("tick", "msg", "x")                             // want `log key "msg" is written by the slog handler itself`
	slog.Info("order placed", "order_id")                     // want `key "order_id" has no value; slog logs it under !BADKEY`
	slog.Info("order placed", id, "x")                        // want `id is in a key position but is a int, not a string key`
	slog.Info("order placed", name, id)                       // want `log key name is not a constant`
	slog.Info("order placed", "order_id", id, slog.Int("n", 1)) // want `slog call mixes key/value pairs and slog.Attr values`
	slog.Info(fmt.Sprintf("order %d placed", id))             // want `message is built at run time`
	slog.Info("order " + name)                                // want `message is built at run time`
	slog.Info("order %d placed", "order_id", id)              // want `message has the printf verb %d, but slog.Info does not format it`
	_ = slog.String("orderID", "x")                           // want `log key "orderID" is not snake case`
	_ = slog.Group("reqInfo", "Method", "GET")                // want `log key "reqInfo" is not snake case` `log key "Method" is not snake case`
	_ = slog.Attr{Key: "orderID"}                             // want `log key "orderID" is not snake case`
	l.With("requestID", 1).Info("ok")                         // want `log key "requestID" is not snake case`
}

// Handler is an entry point: logging without the request's context drops
// the trace ID.
func Handler(w http.ResponseWriter, r *http.Request) {
	slog.Info("handling")                               // want `slog.Info inside entry point Handler drops the request's context \(and its trace ID\); call InfoContext\(r.Context\(\), …\)`
	slog.InfoContext(r.Context(), "handling")           // clean: carries the context
	slog.Default().Warn("slow", "elapsed_ms", 3)        // want `Logger.Warn inside entry point Handler drops the request's context`
}

// notEntry has a context but is no entry point: not reported.
func notEntry(ctx context.Context) {
	slog.Info("background")
	fmt.Println("debug output") // want `fmt.Println writes unstructured output`
}
