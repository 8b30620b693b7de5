// Package platform is the company's logging facade.
package platform

import "log/slog"

// Infow is declared in the convention (logs.wrappers).
func Infow(msg string, keysAndValues ...any) {
	slog.Info(msg, keysAndValues...)
}

// Warn is a wrapper obslint finds itself.
func Warn(msg string, args ...any) {
	slog.Warn(msg, args...)
}
