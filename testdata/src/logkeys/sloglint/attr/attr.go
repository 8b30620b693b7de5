// Package attr exercises attr_only, no_global: default, context: all and
// message_style: capitalized.
package attr

import (
	"context"
	"log/slog"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

var logger *slog.Logger

type Service struct {
	log   *slog.Logger
	sugar *zap.SugaredLogger
	entry *logrus.Entry
}

// attr_only: key/value pairs are reported.
func (s *Service) Attr(ctx context.Context, id string) {
	s.log.InfoContext(ctx, "Charged", slog.String("order_id", id))
	s.log.InfoContext(ctx, "Charged", "order_id", id) // want `the key/value pair "order_id" is not an attribute; the convention writes attributes \(slog.Any\(key, value\), …\) \(logs.attr_only\)`
	s.sugar.Infow("Charged", "order_id", id)          // want `the key/value pair "order_id" is not an attribute; the convention writes attributes \(zap.Any`
}

// no_global: default: package-level loggers are fine.
func (s *Service) Globals(ctx context.Context) {
	slog.InfoContext(ctx, "Charged") // want `slog.InfoContext writes to the default logger; pass the logger in .* \(logs.no_global: default\)`
	logger.InfoContext(ctx, "Charged")
}

// context: all: every record, a fix only with a context in scope.
func (s *Service) All(id string) {
	s.log.Info("Charged")   // want `Logger.Info writes no context \(and so no trace ID\); use InfoContext\(the context, …\) \(logs.context: all\)`
	s.entry.Info("Charged") // want `this logrus entry carries no context \(and so no trace ID for hooks\); add .WithContext\(the context\)`
}

// message_style: capitalized.
func (s *Service) Style(ctx context.Context) {
	s.log.InfoContext(ctx, "Order charged")
	s.log.InfoContext(ctx, "order charged") // want `the log message starts with "o"; the convention wants messages capitalized`
	s.log.InfoContext(ctx, "iPhone order")
}
