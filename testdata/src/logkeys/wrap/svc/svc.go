package svc

import (
	"fmt"

	"logkeys/wrap/platform"
)

func Use(l *platform.Logger, id string, n int) {
	platform.Infow("charged", "order_id", id)
	platform.Infow("charged", "orderID", id) // want `log key "orderID" is not snake case; use "order_id"`
	platform.Infow("charged", "count")       // want `key "count" has no value`
	platform.Infow(fmt.Sprint(n))            // want `the log message is built with fmt.Sprint`
	l.Event("order_id", id)
	l.Event("userID", id) // want `log key "userID" is an alias`

	platform.Warn("charged", "order_id", id)
	platform.Warn("charged", "Count", n)     // want `log key "Count" is not snake case; use "count"`
	platform.Warn("charged", "msg", n)       // want `log key "msg" is one slog writes itself`
	platform.Error("failed", "password", id) // want `log key "password" is forbidden`
	l.Debug("charged %s", "order_id", id)    // want `the message has the printf verb %s but Logger.Debug does not format it`
	l.Debug("charged", "count", n)
	l.Audit("order_id", id, "orderID", id) // want `log key "orderID" is not snake case`
	l.Printf("charged %s", "orderID")      // want `the log message is formatted by Logger.Printf`
	l.Odd("charged", "orderID", id)
}
