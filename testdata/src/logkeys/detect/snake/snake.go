// Package snake writes snake_case keys: a dotted key is the outlier.
package snake

import "log/slog"

func Serve(l *slog.Logger, id string) {
	l.Info("served", "request_id", id, "user_id", id, "http_status", 200)
	l.Info("served", "upload.id", id) // want `log key "upload.id" is not snake case; use "upload_id" \(logs.key_case: detect; snake case inferred from 3 of the 4 keys in sight that show a case\)`
}
