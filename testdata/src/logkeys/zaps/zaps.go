package zaps

import (
	"errors"
	"fmt"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

const keyOrder = "order_id"

var errBoom = errors.New("boom")

func Fields(logger *zap.Logger, id string, n int) {
	logger.Info("charged", zap.String("order_id", id), zap.Int("count", n), zap.Error(errBoom))
	logger.Info("charged", zap.String(keyOrder, id), zap.NamedError("error", errBoom))
	logger.With(zap.String("user_id", id)).Debug("charged")

	logger.Info("charged", zap.String("orderID", id))                                     // want `log key "orderID" is not snake case; use "order_id"`
	logger.Info("charged", zap.NamedError("err", errBoom))                                // want `log key "err" is an alias; the convention's key is "error"`
	logger.Info("charged", zap.Any("password", id))                                       // want `log key "password" is forbidden`
	logger.Info("charged", zap.Int("ts", n))                                              // want `log key "ts" is one zap writes itself`
	logger.With(zap.Int("caller", n))                                                     // want `log key "caller" is one zap writes itself`
	logger.Info("charged", zap.Dict("order", zap.String("msg", id), zap.Int("Count", n))) // want `log key "Count" is not snake case; use "count"`
	logger.Info("charged", zap.Namespace("order"), zap.String("msg", id))
	nested := logger.With(zap.Namespace("order"))
	nested.Info("charged", zap.String("level", id))
	fields := []zap.Field{zap.String("userId", id)} // want `log key "userId" is not snake case; use "user_id"`
	logger.Info("charged", fields...)
	logger.Info(fmt.Sprintf("charged %s", id))            // want `the log message is built with fmt.Sprintf`
	logger.Info("charged %d orders", zap.Int("count", n)) // want `the message has the printf verb %d but Logger.Info does not format it`
}

func Sugared(logger *zap.Logger, id string, n int) {
	s := logger.Sugar()
	s.Infow("charged", "order_id", id, "count", n)
	s.With("user_id", id).Debugw("charged")
	s.Infow("charged", zap.String("order_id", id), zap.Int("count", n))

	s.Infow("charged", "orderID", id)                          // want `log key "orderID" is not snake case; use "order_id"`
	s.With("uid", id)                                          // want `log key "uid" is an alias; the convention's key is "user_id"`
	s.Errorw("failed", errBoom)                                // want `errBoom \(error\) is at a key position but is not a string, so zap drops it and logs an error; write a key before it: "error", errBoom`
	s.Infow("charged", "order_id")                             // want `key "order_id" has no value; zap drops it and logs an error`
	s.Infow("charged", "count", n, zap.String("order_id", id)) // want `this zap call mixes key/value pairs and attributes`
	s.Infow("charged", "msg", id)                              // want `log key "msg" is one zap writes itself`
	s.Infof("charged %s", id)                                  // want `the log message is formatted by SugaredLogger.Infof`
	s.Infof("charged")
	s.Info("charged ", id) // want `the log message is built from several arguments by SugaredLogger.Info`
	s.Info("charged")
	zap.S().Warnw("charged", "Count", n) // want `log key "Count" is not snake case; use "count"`
	zap.L().Warn("charged", zap.Int("count", n))
}

type order struct{ id string }

func (o order) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", o.id)
	enc.AddString("msg", o.id) // nested: not the record's msg
	enc.AddInt("itemCount", 1) // want `log key "itemCount" is not snake case; use "item_count"`
	return nil
}
