package app

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
)

var errBoom = errors.New("boom")

// Orders serves orders.
type Orders struct{ log *slog.Logger }

func (o *Orders) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	o.log.InfoContext(ctx, "order served", "order_id", 1, "http_status", 200)
	o.log.Info("order served", "orderID", 1)                                      // want "log key \"orderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]" "Logger.Info inside the entry point ServeHTTP drops the request's context \\(and its trace ID\\); use InfoContext\\(ctx, …\\) \\(logs.context_variants\\) \\[log-context\\]"
	o.log.ErrorContext(ctx, "failed", errBoom)                                    // want "errBoom \\(error\\) is at a key position but is not a string, so slog logs it under !BADKEY; write a key before it: \"error\", errBoom \\[log-key-type\\]"
	o.log.WarnContext(ctx, "slow", "err", errBoom)                                // want "log key \"err\" is an alias; the convention's key is \"error\" \\(logs.canonical_keys\\) \\[log-canonical-key\\]"
	o.log.InfoContext(ctx, "login", "password", "x")                              // want "log key \"password\" is forbidden by the convention \\(logs.forbidden_keys: password\\); do not log this value \\[log-forbidden-key\\]"
	o.log.InfoContext(ctx, "served", "msg", "x")                                  // want "log key \"msg\" is one slog writes itself, so the record gets it twice; choose another key \\[log-reserved-key\\]"
	o.log.InfoContext(ctx, "served", "order_id")                                  // want "key \"order_id\" has no value; slog logs it under !BADKEY \\(add the value, or drop the key\\) \\[log-dangling-key\\]"
	o.log.InfoContext(ctx, "served", fmt.Sprint(1), 1)                            // want "log key fmt.Sprint\\(1\\) is built with fmt.Sprint, so nobody can search for it and obslint cannot check it; use a constant key and put the variable part in the value \\[log-dynamic-key\\]"
	o.log.InfoContext(ctx, "served", "order_id", 1, slog.Int("http_status", 200)) // want "this slog call mixes key/value pairs and attributes; write all of them one way \\[log-mixed-args\\]"
	o.log.InfoContext(ctx, fmt.Sprintf("order %d", 1))                            // want "the log message is built with fmt.Sprintf; keep messages constant and put the values in keys \\(logs.static_message\\) \\[log-dynamic-message\\]"
	o.log.InfoContext(ctx, "order %d served", "order_id", 1)                      // want "the message has the printf verb %d but Logger.InfoContext does not format it; put the value in a key \\[log-printf-message\\]"
	o.log.InfoContext(ctx, "served", slog.Group("req", "method", r.Method, "msg", "x"))
}

// Print writes to stdout from a library package.
func Print() {
	fmt.Println("done") // want "fmt.Println writes an unstructured line outside package main; use the structured logger \\(logs.unstructured: forbid\\) \\[log-unstructured\\]"
}
