// Package logr is a stub of github.com/go-logr/logr (v1.4) for
// analysistest, with the real signatures and parameter names.
package logr

import "context"

// LogSink represents a logging implementation.
type LogSink interface {
	Info(level int, msg string, keysAndValues ...any)
}

// Logger is an interface to an abstract logging implementation.
type Logger struct {
	sink  LogSink
	level int
}

func New(sink LogSink) Logger                                      { return Logger{sink: sink} }
func Discard() Logger                                              { return Logger{} }
func (l Logger) GetSink() LogSink                                  { return l.sink }
func (l Logger) Enabled() bool                                     { return true }
func (l Logger) Info(msg string, keysAndValues ...any)             {}
func (l Logger) Error(err error, msg string, keysAndValues ...any) {}
func (l Logger) V(level int) Logger                                { return l }
func (l Logger) GetV() int                                         { return l.level }
func (l Logger) WithValues(keysAndValues ...any) Logger            { return l }
func (l Logger) WithName(name string) Logger                       { return l }
func (l Logger) WithCallDepth(depth int) Logger                    { return l }

func FromContext(ctx context.Context) (Logger, error)               { return Logger{}, nil }
func FromContextOrDiscard(ctx context.Context) Logger               { return Logger{} }
func NewContext(ctx context.Context, logger Logger) context.Context { return ctx }
