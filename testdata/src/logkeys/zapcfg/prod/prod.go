// Package prod changes zap's production configuration where it builds
// it: the level key is renamed and the stack trace omitted.
package prod

import (
	"go.uber.org/zap"
)

func New() *zap.Logger {
	cfg := zap.NewProductionConfig()
	cfg.EncoderConfig.LevelKey = "severity"
	cfg.EncoderConfig.StacktraceKey = ""
	l, _ := cfg.Build()
	l.Info("started", zap.String("level", "x"), zap.String("stacktrace", "x"))
	l.Info("started", zap.String("severity", "x")) // want `log key "severity" is one zap writes itself`
	l.Info("started", zap.String("ts", "x"))       // want `log key "ts" is one zap writes itself`
	return l
}
