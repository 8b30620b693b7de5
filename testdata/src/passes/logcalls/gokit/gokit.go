// want package:"haslogwrappers"

// Package gokit: go-kit/log calls, their message (the "msg" value), and a
// go-kit facade the pass finds as a wrapper.
package gokit

import (
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

func Calls(logger log.Logger, id string) {
	level.Info(logger).Log("msg", "charged", "order_id", id) // want `call gokit log.Logger.Log record=true msg="charged" keys=msg,order_id`
	logger.Log("order_id", id, "msg")                        // want `call gokit log.Logger.Log record=true msg=- keys=order_id,msg:dangling`
	logger.Log(level.Key(), level.Key(), "order_id", id)     // want `call gokit log.Logger.Log record=true msg=- keys=order_id`
	log.With(logger, "component", "billing")                 // want `call gokit log.With record=false msg=- keys=component`
}

// Debug hands its key/value list to go-kit.
func Debug(logger log.Logger, kv ...interface{}) error { // want Debug:`^logwrapper\(gokit\) msg=-1 kv=1 record$`
	return level.Debug(logger).Log(kv...) // want `call gokit log.Logger.Log record=true msg=- keys=- spread`
}

func Uses(logger log.Logger) {
	Debug(logger, "msg", "cache miss", "key", "k") // want `call gokit Debug record=true msg="cache miss" keys=msg,key`
}
