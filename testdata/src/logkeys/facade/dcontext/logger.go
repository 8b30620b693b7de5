// Package dcontext is a logging facade over logrus, shaped like those of
// registries and storage services: the logger travels in the context,
// and helpers add one field, or a map of fields, to it.
package dcontext

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/sirupsen/logrus"
)

// Logger is what the helpers return.
type Logger interface {
	Info(args ...interface{})
	WithField(key string, value interface{}) *logrus.Entry
}

type loggerKey struct{}

func fromContext(ctx context.Context) *logrus.Entry {
	if l, ok := ctx.Value(loggerKey{}).(*logrus.Entry); ok {
		return l
	}
	return logrus.NewEntry(logrus.StandardLogger())
}

// GetLoggerWithField adds one field: its key is the caller's, handed on
// through fmt.Sprint (regression: log-dynamic-key was reported here).
func GetLoggerWithField(ctx context.Context, key, value interface{}) Logger {
	return fromContext(ctx).WithField(fmt.Sprint(key), value)
}

// GetLoggerWithFields adds a map of fields, converting the keys for
// logrus.
func GetLoggerWithFields(ctx context.Context, fields map[interface{}]interface{}) Logger {
	lfields := make(logrus.Fields, len(fields))
	for key, value := range fields {
		lfields[fmt.Sprint(key)] = value
	}
	return fromContext(ctx).WithFields(lfields)
}

// Attr builds a slog attribute from the caller's key.
func Attr(key string, v any) slog.Attr { return slog.Any(key, v) }

// Clean twin: a key built here from run-time data is still reported.
func WithRequest(ctx context.Context, id int) Logger {
	return fromContext(ctx).WithField(fmt.Sprintf("req_%d", id), true) // want `log key fmt.Sprintf\("req_%d", id\) is built with fmt.Sprintf`
}
