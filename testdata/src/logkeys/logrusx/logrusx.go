package logrusx

import (
	"errors"

	"github.com/sirupsen/logrus"
)

var errBoom = errors.New("boom")

func Entries(logger *logrus.Logger, id string, n int) {
	logrus.WithField("order_id", id).Info("charged")
	logger.WithFields(logrus.Fields{"order_id": id, "count": n}).Warn("charged")
	logger.WithError(errBoom).WithField("count", n).Error("failed")
	entry := logrus.NewEntry(logger)
	entry.WithField("user_id", id).Debug("charged")

	logrus.WithField("orderID", id).Info("charged")                            // want `log key "orderID" is not snake case; use "order_id"`
	logger.WithFields(logrus.Fields{"userID": id, "count": n}).Info("charged") // want `log key "userID" is an alias; the convention's key is "user_id"`
	entry.WithField("password", id).Info("charged")                            // want `log key "password" is forbidden`
	logrus.WithField("msg", id).Info("charged")                                // want `log key "msg" is one logrus writes itself`
	fields := logrus.Fields{"Count": n}                                        // want `log key "Count" is not snake case; use "count"`
	logger.WithFields(fields).Info("charged")
	key := "dyn_" + id
	logrus.WithField(key, n).Info("charged") // want `log key key is a variable built at run time`

	logrus.Infof("charged %s", id) // want `the log message is formatted by Infof`
	logger.WithField("count", n).Infof("charged")
	logger.Info("charged ", id) // want `the log message is built from several arguments by Logger.Info`
	logger.Info("charged")
	logger.Log(logrus.InfoLevel, "charged")
	logger.Logf(logrus.InfoLevel, "charged %d", n) // want `the log message is formatted by Logger.Logf`
	entry.Error(errBoom.Error())                   // want `the log message is an error's text`
}
