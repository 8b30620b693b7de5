// Package platform is a company logging facade.
package platform

import (
	"log/slog"

	"go.uber.org/zap"
)

// Infow is named in the convention (logs.wrappers: platform.Infow:1:2).
func Infow(msg string, keysAndValues ...any) {
	sink = append(sink, msg)
	sink = append(sink, keysAndValues...)
}

var sink []any

// Logger is the facade's logger.
type Logger struct {
	s *slog.Logger
	z *zap.SugaredLogger
}

// Event is named in the convention with no message (Logger.Event:0:1).
func (l *Logger) Event(kv ...any) {}

// Warn hands its message and pairs to slog: obslint finds it itself.
func Warn(msg string, args ...any) {
	slog.Warn(msg, args...)
}

// Debug does the same on a logger.
func (l *Logger) Debug(msg string, args ...any) {
	l.s.Debug(msg, args...)
}

// Audit fixes the message.
func (l *Logger) Audit(kv ...any) {
	l.z.Infow("audit", kv...)
}

// Error wraps a wrapper.
func Error(msg string, args ...any) {
	Warn(msg, args...)
}

// Printf is not a key/value wrapper.
func (l *Logger) Printf(format string, args ...any) {
	l.z.Infof(format, args...)
}

// Odd forwards its pairs after pairs of its own, which obslint does not
// follow.
func (l *Logger) Odd(msg string, args ...any) {
	l.s.Info(msg, append([]any{"component", "odd"}, args...)...)
}
