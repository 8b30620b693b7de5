// Package app logs through every supported logger, on the real modules.
package app

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"github.com/go-logr/logr"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"
)

var errBoom = errors.New("boom")

// Clean logs the convention's way with each logger: nothing to report.
func Clean(zl *zap.Logger, lr logr.Logger, zr zerolog.Logger, id int) {
	slog.Info("order placed", "order_id", id, "user_id", "u")
	zl.Info("order placed", zap.Int("order_id", id), zap.Error(errBoom))
	zl.Sugar().Infow("order placed", "order_id", id)
	logrus.WithFields(logrus.Fields{"order_id": id}).WithError(errBoom).Error("failed")
	zr.Info().Int("order_id", id).Err(errBoom).Msg("order placed")
	lr.Info("order placed", "order_id", id)
	klog.InfoS("order placed", "order_id", id)
}

// Bad breaks one rule per line.
func Bad(zl *zap.Logger, lr logr.Logger, zr zerolog.Logger, id int, secret string) {
	slog.Info("order placed", "orderID", id)                      // want `log key "orderID" is not snake case \(logs.key_case\); write "order_id".* \[log-key-case\]`
	slog.Info("order placed", "order_id")                         // want `key "order_id" has no value; slog logs it under !BADKEY.* \[log-dangling-key\]`
	zl.Error("failed", zap.NamedError("err", errBoom))            // want `log key "err" is an alias; the convention's key is "error".* \[log-canonical-key\]`
	zl.Sugar().Infof("order %d placed", id)                       // want `SugaredLogger.Infof formats its message; log a constant message and put the values in keys.* \[log-dynamic-message\]`
	logrus.WithField("password", secret).Info("login")            // want `log key "password" is forbidden by the convention.* \[log-forbidden-key\]`
	zr.Info().Str("message", "x").Msg("x")                        // want `log key "message" is written by the zerolog handler itself.* \[log-reserved-key\]`
	lr.Info("order placed", "uid", id)                            // want `log key "uid" is an alias; the convention's key is "user_id".* \[log-canonical-key\]`
	klog.InfoS("order %d placed", "order_id", id)                 // want `message has the printf verb %d, but klog.InfoS does not format it.* \[log-printf-message\]`
	slog.Info("placed", "order_id", id, slog.Int("count", 1))     // want `slog call mixes key/value pairs and slog.Attr values.* \[log-mixed-args\]`
	fmt.Printf("order %d\n", id)                                  // want `fmt.Printf writes unstructured output.* \[log-unstructured\]`
}

// Orders is an entry point.
func Orders(w http.ResponseWriter, r *http.Request) {
	slog.Info("listing orders") // want `slog.Info inside entry point Orders drops the request's context \(and its trace ID\); call InfoContext\(r.Context\(\), …\) \(logs.context_variants\).* \[log-context\]`
	slog.InfoContext(r.Context(), "listing orders")
}
