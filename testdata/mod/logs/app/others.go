package app

import (
	"github.com/go-logr/logr"
	"github.com/rs/zerolog"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"k8s.io/klog/v2"

	"example.com/logs/platform"
)

// Zap logs with zap.
func Zap(l *zap.Logger) {
	l.Info("charged", zap.String("order_id", "1"), zap.Error(errBoom))
	l.Info("charged", zap.String("orderID", "1")) // want "log key \"orderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]"
	l.Info("charged", zap.Int("ts", 1))           // want "log key \"ts\" is one zap writes itself, so the record gets it twice; choose another key \\[log-reserved-key\\]"
	s := l.Sugar()
	s.Infow("charged", "order_id", "1")
	s.Infow("charged", "order_id") // want "key \"order_id\" has no value; zap drops it and logs an error \\(add the value, or drop the key\\) \\[log-dangling-key\\]"
	s.Infof("charged %s", "1")     // want "the log message is formatted by SugaredLogger.Infof; keep messages constant and put the values in keys \\(logs.static_message\\) \\[log-dynamic-message\\]"
}

// Logrus logs with logrus.
func Logrus(l *logrus.Logger) {
	l.WithFields(logrus.Fields{"order_id": 1}).Info("charged")
	l.WithField("userID", 1).Info("charged") // want "log key \"userID\" is an alias; the convention's key is \"user_id\" \\(logs.canonical_keys\\) \\[log-canonical-key\\]"
}

// Zerolog logs with zerolog.
func Zerolog(l zerolog.Logger) {
	l.Info().Str("order_id", "1").Msg("charged")
	l.Info().Str("OrderID", "1").Msg("charged") // want "log key \"OrderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]"
	l.Info().Str("message", "1").Msg("charged") // want "log key \"message\" is one zerolog writes itself, so the record gets it twice; choose another key \\[log-reserved-key\\]"
}

// Logr logs with logr and klog.
func Logr(l logr.Logger) {
	l.Info("charged", "order_id", 1)
	l.WithValues("userID", 1).Info("charged") // want "log key \"userID\" is an alias; the convention's key is \"user_id\" \\(logs.canonical_keys\\) \\[log-canonical-key\\]"
	klog.InfoS("charged", "order_id", 1)
	klog.V(2).InfoS("charged", "orderID", 1) // want "log key \"orderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]"
	klog.ErrorS(errBoom, "failed", "count")  // want "key \"count\" has no value; klog logs it as a malformed pair \\(add the value, or drop the key\\) \\[log-dangling-key\\]"
}

// Wrappers logs through the facade.
func Wrappers() {
	platform.Infow("charged", "order_id", 1)
	platform.Infow("charged", "orderID", 1) // want "log key \"orderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]"
	platform.Warn("charged", "Count", 1)    // want "log key \"Count\" is not snake case; use \"count\" \\(logs.key_case\\) \\[log-key-case\\]"
}
