// Package level is a stub of github.com/go-kit/kit/log/level.
package level

import (
	"github.com/go-kit/kit/log"
	"github.com/go-kit/log/level"
)

func Debug(logger log.Logger) log.Logger { return level.Debug(logger) }
func Info(logger log.Logger) log.Logger  { return level.Info(logger) }
func Warn(logger log.Logger) log.Logger  { return level.Warn(logger) }
func Error(logger log.Logger) log.Logger { return level.Error(logger) }
