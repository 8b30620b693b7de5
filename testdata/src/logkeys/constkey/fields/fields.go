// Package fields declares the service's log keys and logs with them: a
// key held in a constant is judged once, at its declaration.
package fields

import "log/slog"

const (
	UserID    = "userId" // want UserID:"logkeyconst" `log key "userId" is not snake case; use "user_id" \(logs.key_case\); the constant UserID is used as a log key once in this package`
	RequestID = "request_id"
)

func Log(l *slog.Logger, id string) {
	l.Info("login", UserID, id, RequestID, id)
}
