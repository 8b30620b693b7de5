// Package log is a stub of github.com/go-kit/log for analysistest.
package log

import "io"

// Logger is the go-kit logger: a key/value list per record.
type Logger interface {
	Log(keyvals ...interface{}) error
}

// LoggerFunc is a function that is a Logger.
type LoggerFunc func(...interface{}) error

func (f LoggerFunc) Log(keyvals ...interface{}) error { return f(keyvals...) }

type Valuer func() interface{}

var (
	DefaultTimestampUTC Valuer
	DefaultCaller       Valuer
)

func With(logger Logger, keyvals ...interface{}) Logger       { return logger }
func WithPrefix(logger Logger, keyvals ...interface{}) Logger { return logger }
func WithSuffix(logger Logger, keyvals ...interface{}) Logger { return logger }
func NewLogfmtLogger(w io.Writer) Logger                      { return nil }
func NewJSONLogger(w io.Writer) Logger                        { return nil }
func NewSyncWriter(w io.Writer) io.Writer                     { return w }
func NewNopLogger() Logger                                    { return nil }
func Caller(depth int) Valuer                                 { return nil }
