// Package svc imports dotted: the keys of both vote (7 dotted, 1 camel
// there and here), and the outliers here are reported. In dot case a
// flat snake_case key is fine (http.response.status_code has one).
package svc

import (
	"log/slog"

	"logkeys/detect/dotted"
)

func Serve(l *slog.Logger, id string) {
	dotted.Upload(l, id, 1)
	l.Info("served", "request.id", id, "request.route", "/x", "user.id", id)
	l.Info("served", "retry_count", 1)
	l.Info("served", "requestSize", 1) // want `log key "requestSize" is not dot case; use "request.size" \(logs.key_case: detect; dot case inferred from 7 of the 10 keys in sight that show a case\)`
}
