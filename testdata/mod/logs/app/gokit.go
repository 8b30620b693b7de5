package app

import (
	"os"

	kitlevel "github.com/go-kit/kit/log/level"
	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
)

// GoKit logs with go-kit/log, as Prometheus-ecosystem services do.
func GoKit(id string) {
	logger := log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))
	logger = log.With(logger, "ts", log.DefaultTimestampUTC, "caller", log.DefaultCaller)
	level.Info(logger).Log("msg", "charged", "order_id", id)
	level.Info(logger).Log("msg", "charged", "orderID", id)         // want "log key \"orderID\" is not snake case; use \"order_id\" \\(logs.key_case\\) \\[log-key-case\\]"
	level.Error(logger).Log("msg", "charge failed", "err", errBoom) // want "log key \"err\" is an alias; the convention's key is \"error\" \\(logs.canonical_keys\\) \\[log-canonical-key\\]"
	level.Warn(logger).Log("msg", "charge failed", "order_id")      // want "key \"order_id\" has no value; go-kit logs it with the value \\(MISSING\\) \\(add the value, or drop the key\\) \\[log-dangling-key\\]"
	kitlevel.Info(logger).Log("msg", "charged", "password", id)     // want "log key \"password\" is forbidden by the convention \\(logs.forbidden_keys: password\\); do not log this value \\[log-forbidden-key\\]"
}
