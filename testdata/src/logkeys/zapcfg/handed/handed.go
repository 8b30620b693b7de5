// Package handed logs through a logger handed in by its caller; only
// its tests build one (a development logger). The tests' encoder is not
// the one the program runs with, so the production keys still apply
// (regression: a test's development logger hid stacktrace and level).
package handed

import "go.uber.org/zap"

func Recover(l *zap.Logger, stack []byte) {
	l.Error("panic recovered", zap.ByteString("stacktrace", stack)) // want `log key "stacktrace" is one zap writes itself`
	l.Info("level changed", zap.String("level", "debug"))           // want `log key "level" is one zap writes itself`
}
