// Package defaults is checked with the default convention: key case snake,
// no canonical or forbidden keys, messages free, unstructured printing and
// context-free calls allowed.
package defaults

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
)

var errBoom = errors.New("boom")

func Handle(w http.ResponseWriter, r *http.Request) {
	slog.Info(fmt.Sprintf("user %d", 1), "err", errBoom, "password", "x")
	fmt.Println("allowed")
	slog.Info("charged", "orderID", 1)  // want `log key "orderID" is not snake case; use "order_id"`
	slog.Error("failed", errBoom)       // want `errBoom \(error\) is at a key position but is not a string, so slog logs it under !BADKEY; write a key before it: "error", errBoom`
	slog.Info("charged", "count")       // want `key "count" has no value`
	slog.Info("charged %d", "count", 1) // want `the message has the printf verb %d`
	slog.Info("charged", "level", 1)    // want `log key "level" is one slog writes itself`
}
