package logrs

import (
	"errors"

	"github.com/go-logr/logr"
)

var errBoom = errors.New("boom")

func Values(logger logr.Logger, id string, n int) {
	logger.Info("charged", "order_id", id, "count", n)
	logger.V(2).Info("charged", "order_id", id)
	logger.WithValues("user_id", id).WithName("billing").Error(errBoom, "failed", "count", n)

	logger.Info("charged", "orderID", id)          // want `log key "orderID" is not snake case; use "order_id"`
	logger.WithValues("uid", id)                   // want `log key "uid" is an alias; the convention's key is "user_id"`
	logger.Error(errBoom, "failed", "count")       // want `key "count" has no value; logr logs it as a malformed pair`
	logger.Info("charged", errBoom, n)             // want `errBoom \(error\) is at a key position but is not a string, so logr logs it as a malformed pair`
	logger.V(1).Info("charged %s", "order_id", id) // want `the message has the printf verb %s but Logger.Info does not format it`
	logger.Info("msg", "msg", id)                  // logr's keys depend on the sink: no reserved keys
}
