// want package:"haslogwrappers" package:"zapkeys\\(L caller msg\\)"

// Package keywrap: facades taking one key or a map of fields are key
// wrappers; the zap encoder configuration the package builds names the
// keys zap writes.
package keywrap

import (
	"fmt"
	"log/slog"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

func WithField(e *logrus.Entry, key, value interface{}) *logrus.Entry { // want WithField:`^logkeywrapper\(logrus\) key=1 value=2 fields=-1$`
	return e.WithField(fmt.Sprint(key), value)
}

func WithFields(e *logrus.Entry, fields map[interface{}]interface{}) *logrus.Entry { // want WithFields:`^logkeywrapper\(logrus\) key=-1 value=-1 fields=1$`
	lf := make(logrus.Fields, len(fields))
	for k, v := range fields {
		lf[fmt.Sprintf("%v", k)] = v
	}
	return e.WithFields(lf)
}

func With(l *slog.Logger, key string, v any) *slog.Logger { // want With:`^logkeywrapper\(slog\) key=1 value=2 fields=-1$`
	return l.With(key, v) // want `call slog slog.Logger.With record=false msg=- keys=dynamic`
}

// Not a key wrapper: the key is built here.
func Req(e *logrus.Entry, id int) *logrus.Entry {
	return e.WithField(fmt.Sprintf("req_%d", id), true)
}

func Encoder() zapcore.Encoder {
	return zapcore.NewJSONEncoder(zapcore.EncoderConfig{LevelKey: "L", MessageKey: "msg", CallerKey: "caller", StacktraceKey: zapcore.OmitKey})
}

func Use(e *logrus.Entry, l *slog.Logger) {
	WithField(e, "order_id", 1).Info("x") // want `call logrus logrus.Entry.Info record=true msg="x" keys=- print`
	With(l, "order_id", 1).Info("x")      // want `call slog slog.Logger.Info record=true msg="x" keys=-`
	_ = zap.NewNop()
}
