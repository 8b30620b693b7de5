// Package dotted writes its keys in dots on purpose, as OpenTelemetry
// attributes are written: key_case: detect infers dot case from them.
package dotted

import "log/slog"

func Upload(l *slog.Logger, id string, n int) {
	l.Info("upload started", "upload.id", id, "upload.size", n)
	l.Info("upload done", "http.response.duration", n, "http.response.status_code", 200)
	l.Info("upload failed", "error", "x")    // one word: fits every case, votes for none
	l.Info("upload retried", "uploadID", id) // want `log key "uploadID" is not dot case; use "upload.id" \(logs.key_case: detect; dot case inferred from 4 of the 5 keys in sight that show a case\)`
}
