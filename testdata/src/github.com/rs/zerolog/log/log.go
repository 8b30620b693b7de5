// Package log is a stub of github.com/rs/zerolog/log for analysistest.
package log

import (
	"context"

	"github.com/rs/zerolog"
)

// Logger is the global logger.
var Logger = zerolog.Nop()

func With() zerolog.Context                        { return Logger.With() }
func Err(err error) *zerolog.Event                 { return Logger.Err(err) }
func Trace() *zerolog.Event                        { return Logger.Trace() }
func Debug() *zerolog.Event                        { return Logger.Debug() }
func Info() *zerolog.Event                         { return Logger.Info() }
func Warn() *zerolog.Event                         { return Logger.Warn() }
func Error() *zerolog.Event                        { return Logger.Error() }
func Fatal() *zerolog.Event                        { return Logger.Fatal() }
func Panic() *zerolog.Event                        { return Logger.Panic() }
func WithLevel(level zerolog.Level) *zerolog.Event { return Logger.WithLevel(level) }
func Log() *zerolog.Event                          { return Logger.Log() }
func Print(v ...interface{})                       { Logger.Print(v...) }
func Printf(format string, v ...interface{})       { Logger.Printf(format, v...) }
func Ctx(ctx context.Context) *zerolog.Logger      { return zerolog.Ctx(ctx) }
