// Package svc uses the shared key constants at many call sites
// (regression: the same constant key was reported at each of them).
package svc

import (
	"log/slog"

	"logkeys/constkey/fields"
	"logkeys/constkey/names"
)

func Handle(l *slog.Logger, id string) {
	l.Info("a", fields.UserID, id) // judged in package fields
	l.Info("b", fields.UserID, id)
	l.Info("c", fields.UserID, id)
	l.Info("d", fields.UserID, id)
	l.Info("e", names.TraceID, id) // want `log key "traceId" is not snake case; use "trace_id" \(logs.key_case\); the constant names.TraceID is used as a log key 3 times in this package \(reported at its first use\)`
	l.Info("f", names.TraceID, id)
	l.Info("g", names.TraceID, id)
}
