// Package dotcase logs under key_case: dot, the OpenTelemetry attribute
// style: namespaces joined by dots, words within one by underscores.
package dotcase

import "log/slog"

func Serve(l *slog.Logger, id string, n int) {
	// Silent: dotted keys, underscores inside a namespace, one word.
	l.Info("served", "http.response.duration", n, "http.response.status_code", 200)
	l.Info("uploaded", "upload.id", id, "upload.chunk_size", n, "error", "x")
	l.Info("uploaded", "retry_count", n) // one namespace of two words

	// Reported, with the dotted form.
	l.Info("uploaded", "uploadID", id)    // want `log key "uploadID" is not dot case; use "upload.id" \(logs.key_case\)`
	l.Info("uploaded", "Upload.Size", n)  // want `log key "Upload.Size" is not dot case; use "upload.size" \(logs.key_case\)`
	l.Info("uploaded", "upload-chunk", n) // want `log key "upload-chunk" is not dot case; use "upload.chunk" \(logs.key_case\)`
}
