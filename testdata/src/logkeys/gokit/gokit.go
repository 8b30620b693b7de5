// Package gokit exercises go-kit/log: Log's key/value list (the message
// is the "msg" value), level.X(logger).Log, With, and the kit/log
// forwarders.
package gokit

import (
	"errors"
	"fmt"
	"os"

	kitlog "github.com/go-kit/kit/log"
	kitlevel "github.com/go-kit/kit/log/level"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

var errBoom = errors.New("boom")

// Role is a named string: go-kit writes a key of this type as its text.
type Role string

const RoleBloom Role = "bloom"

func New() log.Logger {
	logger := log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)
	return level.NewFilter(logger, level.AllowInfo())
}

func Serve(logger log.Logger, id string, n int, err error) {
	level.Info(logger).Log("msg", "order charged", "order_id", id, "count", n)
	logger.Log("msg", "order charged", level.Key(), "info", "order_id", id)
	logger = log.With(logger, "component", "billing")

	level.Info(logger).Log("msg", "order charged", "orderID", id)         // want `log key "orderID" is not snake case; use "order_id"`
	level.Error(logger).Log("msg", "charge failed", "err", err)           // want `log key "err" is an alias; the convention's key is "error"`
	level.Warn(logger).Log("msg", "charge failed", "count")               // want `key "count" has no value; go-kit logs it with the value \(MISSING\)`
	level.Warn(logger).Log("msg", "charge failed", errBoom, n)            // want `errBoom \(error\) is at a key position but is not a string, so go-kit writes its printed text as the key`
	level.Debug(logger).Log("msg", fmt.Sprintf("charged %s", id))         // want `the log message is built with fmt.Sprintf`
	level.Debug(logger).Log("msg", "charged %s", "order_id", id)          // want `the message has the printf verb %s but Logger.Log does not format it`
	log.WithPrefix(logger, "password", id).Log("msg", "login")            // want `log key "password" is forbidden by the convention`
	level.Info(logger).Log("msg", "order charged", "level", "x", "ts", n) // go-kit writes no keys of its own
	level.Info(logger).Log("msg", "caches", RoleBloom, id != "")          // a named string key is written as its text
	level.Warn(logger).Log("msg", "unexpected count", len(id))            // want `len\(id\) \(int\) is at a key position but is not a string, so go-kit writes its printed text as the key`
}

// Kit uses the github.com/go-kit/kit/log forwarders.
func Kit(logger kitlog.Logger, id string) {
	kitlevel.Info(logger).Log("msg", "order charged", "order_id", id)
	kitlevel.Info(logger).Log("msg", "order charged", "orderID", id) // want `log key "orderID" is not snake case`
	kitlog.With(logger, "userID", id)                                // want `log key "userID" is an alias; the convention's key is "user_id"`
}

// funcLogger is a team's own go-kit logger: its Log method is a record.
type funcLogger struct{ next log.Logger }

func (l funcLogger) Log(keyvals ...interface{}) error { return l.next.Log(keyvals...) }

func Own(l funcLogger, id string) {
	l.Log("msg", "order charged", "orderId", id) // want `log key "orderId" is not snake case`
}
