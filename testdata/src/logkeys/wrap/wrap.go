// Package wrap is a company logging facade declared in the convention
// (logs.wrappers: "logkeys/wrap.Infow:1:2").
package wrap

import "log/slog"

// Infow logs msg with key/value pairs.
func Infow(msg string, kv ...any) { slog.Info(msg, kv...) }

func use(id int) {
	Infow("order placed", "order_id", id)
	Infow("order placed", "orderID", id) // want `log key "orderID" is not snake case`
	Infow("order placed", "order_id")    // want `key "order_id" has no value`
}
