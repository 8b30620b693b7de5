// want package:"haslogwrappers"

// Package mid wraps a wrapper of package base, known by its fact.
package mid

import "passes/logcalls/base"

// Log wraps base.Warn.
func Log(msg string, kv ...any) { // want Log:`^logwrapper\(slog\) msg=0 kv=1 record$`
	base.Warn(msg, kv...) // want `call slog base.Warn record=true msg=msg keys=- spread`
}

func calls(l *base.Logger) {
	base.Audit("order_id", 1)                 // want `call slog base.Audit record=true msg=- keys=order_id`
	l.Errorf("failed %d", 3)                  // want `call zap-sugar base.Logger.Errorf record=true msg="failed %d" keys=- format`
	l.Failed(nil, "failed", "attempt", 2)     // want `call logr base.Logger.Failed record=true msg="failed" keys=attempt`
	base.With("request_id", "r").Info("done") // want `call slog base.With record=false msg=- keys=request_id` `call slog slog.Logger.Info record=true msg="done" keys=-`
	base.Rebuilt("not a wrapper", "k", 1)
}
