// Package log is a stub of github.com/go-kit/kit/log, which since kit
// v0.12 forwards to github.com/go-kit/log.
package log

import "github.com/go-kit/log"

type Logger = log.Logger

func With(logger Logger, keyvals ...interface{}) Logger { return log.With(logger, keyvals...) }
func NewLogfmtLogger(w interface{ Write([]byte) (int, error) }) Logger {
	return log.NewLogfmtLogger(w)
}
