// Package app logs through the logger package logging builds: the keys
// zap writes itself are that encoder's (time, L, message, caller), not
// the production encoder's (regression: level and stacktrace were
// reported as reserved).
package app

import (
	"go.uber.org/zap"

	"logkeys/zapcfg/logging"
)

func Run() {
	l := logging.New()
	l.Info("started", zap.String("level", "debug"), zap.String("stacktrace", "x"), zap.Int("ts", 1))
	l.Sugar().Infow("started", "level", "debug")
	l.Info("started", zap.String("L", "x"))       // want `log key "L" is one zap writes itself`
	l.Info("started", zap.String("message", "x")) // want `log key "message" is one zap writes itself`
	l.Sugar().Infow("started", "caller", "x")     // want `log key "caller" is one zap writes itself`
}
