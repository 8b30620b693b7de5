// Package zapx exercises the logkeys checks on zap.
package zapx

import (
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type order struct{ id int }

// MarshalLogObject writes keys through the encoder: checked too.
func (o order) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddInt("order_id", o.id)
	enc.AddString("orderRef", "x") // want `log key "orderRef" is not snake case`
	return nil
}

func logs(l *zap.Logger, s *zap.SugaredLogger, id int, err error) {
	// Clean twins.
	l.Info("order placed", zap.Int("order_id", id), zap.Error(err))
	l.With(zap.String("request_id", "r")).Info("ok")
	s.Infow("order placed", "order_id", id)
	s.With("request_id", "r").Infow("ok")

	l.Info("order placed", zap.Int("orderID", id))     // want `log key "orderID" is not snake case`
	l.Error("failed", zap.NamedError("err", err))      // want `log key "err" is an alias`
	l.Info("login", zap.String("token", "t"))          // want `log key "token" is forbidden`
	l.Info("x", zap.String("ts", "now"))               // want `log key "ts" is written by the zap handler itself`
	s.Infow("order placed", "orderID", id)             // want `log key "orderID" is not snake case`
	s.Infow("order placed", "order_id")                // want `key "order_id" has no value; zap logs it under an "ignored" key`
	s.Infof("order %d placed", id)                     // want `SugaredLogger.Infof formats its message`
	l.Info(fmt.Sprintf("order %d", id))                // want `message is built at run time`
	l.Info("order %d placed", zap.Int("order_id", id)) // want `message has the printf verb %d`
}
