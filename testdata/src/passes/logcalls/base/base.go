// want package:"haslogwrappers"

// Package base declares logging wrappers of several libraries and shapes;
// packages mid and top call them.
package base

import (
	"log/slog"

	"github.com/go-logr/logr"
	"go.uber.org/zap"
)

// Warn hands its message and key/value list to slog.
func Warn(msg string, kv ...any) { // want Warn:`^logwrapper\(slog\) msg=0 kv=1 record$`
	slog.Warn(msg, kv...) // want `call slog slog.Warn record=true msg=msg keys=- spread`
}

// Audit writes a fixed message: the message index is -1.
func Audit(kv ...any) { // want Audit:`^logwrapper\(slog\) msg=-1 kv=0 record$`
	slog.Info("audit", kv...) // want `call slog slog.Info record=true msg="audit" keys=- spread`
}

// With derives a logger: no record.
func With(kv ...any) *slog.Logger { // want With:`^logwrapper\(slog\) msg=-1 kv=0$`
	return slog.With(kv...) // want `call slog slog.With record=false msg=- keys=- spread`
}

// Logger wraps zap's sugared logger and logr.
type Logger struct {
	z *zap.SugaredLogger
	r logr.Logger
}

// Errorf's message is a printf format.
func (l *Logger) Errorf(format string, args ...any) { // want Errorf:`^logwrapper\(zap-sugar\) msg=0 kv=1 record format$`
	l.z.Errorf(format, args...) // want `call zap-sugar zap.SugaredLogger.Errorf record=true msg=format keys=- format spread`
}

// Failed takes the error first, as logr does.
func (l *Logger) Failed(err error, msg string, kv ...any) { // want Failed:`^logwrapper\(logr\) msg=1 kv=2 record$`
	l.r.Error(err, msg, kv...) // want `call logr logr.Logger.Error record=true msg=msg keys=- spread`
}

// debug is an unexported method: methods carry facts whatever their name.
func (l *Logger) debug(msg string, kv ...any) { // want debug:`^logwrapper\(logr\) msg=0 kv=1 record$`
	l.r.Info(msg, kv...) // want `call logr logr.Logger.Info record=true msg=msg keys=- spread`
}

// warn is unexported: a wrapper here, without a fact.
func warn(msg string, kv ...any) {
	slog.Warn(msg, kv...) // want `call slog slog.Warn record=true msg=msg keys=- spread`
}

// Not wrappers: a fixed format, a rebuilt list, zap fields.

func Fixedf(args ...any) {
	zap.S().Infof("fixed %v", args...) // want `call zap-sugar zap.SugaredLogger.Infof record=true msg="fixed %v" keys=- format spread`
}

func Rebuilt(msg string, kv ...any) {
	slog.Info(msg, append([]any{"k", 1}, kv...)...) // want `call slog slog.Info record=true msg=msg keys=- spread`
}

func Fields(msg string, fs ...zap.Field) {
	zap.L().Info(msg, fs...) // want `call zap zap.Logger.Info record=true msg=msg keys=- spread`
}

func calls() {
	warn("local", "order_id", 1)                // want `call slog warn record=true msg="local" keys=order_id`
	slog.Info("direct", "user_id", 2, "orphan") // want `call slog slog.Info record=true msg="direct" keys=user_id,orphan:dangling`
}
