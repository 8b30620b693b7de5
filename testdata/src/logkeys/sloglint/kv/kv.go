// Package kv exercises sloglint's options as obslint has them: kv_only,
// no_global: all, context: scope, message_style: lowercased,
// allowed_keys and args_on_separate_lines, on slog and the other loggers.
package kv

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

var logger *slog.Logger

type Service struct {
	log   *slog.Logger
	sugar *zap.SugaredLogger
	entry *logrus.Entry
	z     zerolog.Logger
}

// kv_only: attributes are reported, slog.Group is allowed.
func (s *Service) KV(id string) {
	s.log.Info("charged", "order_id", id)
	s.log.Info("charged", slog.String("order_id", id)) // want `slog.String\("order_id", id\) is an attribute; the convention writes key/value pairs \(logs.kv_only\)`
	// slog.Group goes with pairs: not mixed, not an attribute under kv_only.
	s.log.Info("charged", "order_id", id, slog.Group("req", "id", id)) // want `put each argument of this log call on its own line`
	s.log.LogAttrs(context.TODO(), slog.LevelInfo, "charged", slog.String("order_id", id))
	s.sugar.Infow("charged", zap.String("order_id", id)) // want `zap.String\("order_id", id\) is an attribute`
}

// no_global: all: the default logger and package-level loggers.
func (s *Service) Globals(id string) {
	slog.Info("charged", "order_id", id)              // want `slog.Info writes to the default logger; pass the logger in .* \(logs.no_global: all\)`
	slog.Default().Info("charged", "order_id", id)    // want `slog.Default uses the default logger`
	logger.Info("charged", "order_id", id)            // want `logger is a package-level logger`
	slog.With("order_id", id).Info("charged")         // want `slog.With writes to the default logger`
	zap.L().Info("charged")                           // want `zap.L uses the default logger`
	logrus.WithField("order_id", id).Info("charged")  // want `logrus.WithField uses the default logger`
	zlog.Info().Str("order_id", id).Msg("charged")    // want `log.Info uses the default logger`
	s.log.Info("charged", "order_id", id)             // injected
	s.log.With("order_id", id).Info("charged")        // injected
	s.entry.WithField("order_id", id).Info("charged") // injected
	s.z.Info().Str("order_id", id).Msg("charged")     // injected
	zerolog.Ctx(context.TODO()).Info().Msg("charged") // the request's logger
}

// context: scope: wherever a context is in scope.
func (s *Service) Scope(ctx context.Context, id string) {
	s.log.Info("charged", "order_id", id) // want `Logger.Info writes no context though ctx is in scope \(and so no trace ID\); use InfoContext\(ctx, …\) \(logs.context: scope\)`
	s.log.InfoContext(ctx, "charged", "order_id", id)
	s.log.InfoContext(context.Background(), "charged") // want `context.Background\(\) drops the context in scope \(and its trace ID\); pass ctx`
	s.entry.WithField("order_id", id).Info("charged")  // want `this logrus entry carries no context though ctx is in scope`
	s.z.Info().Msg("charged")                          // want `this zerolog event carries no context though ctx is in scope`
	func() {
		s.log.Warn("retrying") // want `Logger.Warn writes no context though ctx is in scope`
	}()
}

func (s *Service) Handle(w http.ResponseWriter, r *http.Request) {
	s.log.Info("charged") // want `Logger.Info writes no context though r.Context\(\) is in scope`
}

func (s *Service) NoScope(id string) {
	s.log.Info("charged", "order_id", id) // no context in scope
	_ = func(ctx context.Context) {
		s.log.Info("charged") // want `writes no context though ctx is in scope`
	}
}

// message_style: lowercased.
func (s *Service) Style() {
	s.log.Info("order charged")
	s.log.Info("Order charged") // want `the log message starts with "O"; the convention wants messages lowercased \(logs.message_style\)`
	s.log.Info("HTTP server started")
	s.log.Info("U.S. order")
	s.log.Info("200 OK")
	s.log.Info("")
	s.sugar.Infof("Charged %d orders", 3) // want `the log message starts with "C"`
}

// allowed_keys: order_id, error, req, id.
func (s *Service) Allowed(id string, err error) {
	s.log.Info("charged", "order_id", id)
	s.log.Info("charged", "error", err)
	s.log.Info("charged", "customer", id) // want `log key "customer" is not one of the keys the convention allows \(logs.allowed_keys: order_id, error, req, id\)`
}

// args_on_separate_lines.
func (s *Service) Lines(id string, n int) {
	s.log.Info("charged", "order_id", id)
	s.log.Info("charged",
		"order_id", id,
		"error", n,
	)
	s.log.Info("charged", "order_id", id, "error", n) // want `put each argument of this log call on its own line \(logs.args_on_separate_lines\)`
	s.sugar.Infow("charged",
		"order_id", id, "error", n, // want `put each argument of this log call on its own line`
	)
}
