// Package logrusx exercises the logkeys checks on logrus.
package logrusx

import (
	"fmt"

	"github.com/sirupsen/logrus"
)

func logs(l *logrus.Logger, e *logrus.Entry, id int, err error) {
	// Clean twins.
	logrus.WithField("order_id", id).Info("order placed")
	l.WithFields(logrus.Fields{"order_id": id, "request_id": "r"}).Info("order placed")
	e.WithError(err).Error("failed")

	logrus.WithField("orderID", id).Info("order placed")          // want `log key "orderID" is not snake case`
	l.WithFields(logrus.Fields{"err": err, "password": "p"}).Info("x") // want `log key "err" is an alias` `log key "password" is forbidden`
	e.WithField("msg", "x").Info("x")                             // want `log key "msg" is written by the logrus handler itself`
	logrus.Infof("order %d placed", id)                           // want `logrus.Infof formats its message`
	e.Info(fmt.Sprintf("order %d", id))                           // want `message is built at run time`
	e.Info("order", id) // concatenation of arguments: no single message to judge
}
