// Package logrx exercises the logkeys checks on logr.
package logrx

import (
	"errors"

	"github.com/go-logr/logr"
)

func logs(l logr.Logger, id int) {
	// Clean twins.
	l.Info("order placed", "order_id", id)
	l.V(1).WithValues("request_id", "r").Info("ok")
	l.Error(errors.New("x"), "failed", "order_id", id)

	l.Info("order placed", "orderID", id)                // want `log key "orderID" is not snake case`
	l.Error(errors.New("x"), "failed", "order_id")       // want `key "order_id" has no value; logr and klog drop it`
	l.WithValues("uid", 1).Info("ok")                    // want `log key "uid" is an alias; the convention's key is "user_id"`
}
