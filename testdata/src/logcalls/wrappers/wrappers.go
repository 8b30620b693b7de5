// want package:"haslogwrappers"

// Package wrappers declares logging wrappers the logcalls pass finds and
// exports as facts.
package wrappers

import (
	"log/slog"

	"go.uber.org/zap"
)

type Logger struct {
	s *slog.Logger
	z *zap.SugaredLogger
}

func Warn(msg string, args ...any) { // want Warn:`logwrapper\(slog\)`
	slog.Warn(msg, args...)
}

func (l *Logger) Infow(msg string, kv ...any) { // want Infow:`logwrapper\(zap-sugar\)`
	l.z.Infow(msg, kv...)
}

func (l *Logger) Infof(format string, args ...any) { // want Infof:`logwrapper\(zap-sugar\)`
	l.z.Infof(format, args...)
}

func Error(msg string, args ...any) { // want Error:`logwrapper\(slog\)`
	Warn(msg, args...)
}

// Not wrappers: a fixed format, a rebuilt list, no variadic, fields.
func Fixed(args ...any) {
	slog.Info("fixed", append([]any{"k", 1}, args...)...)
}

func NoVariadic(msg string) {
	slog.Info(msg)
}

func Fields(msg string, fs ...zap.Field) {
	zap.L().Info(msg, fs...)
}
