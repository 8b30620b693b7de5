// want package:"haslogwrappers"

// Package top imports mid only; it declares no wrapper but hands the
// marker on to its importers, and calls mid's wrapper.
package top

import "passes/logcalls/mid"

func calls() {
	mid.Log("from top", "order_id", 1) // want `call slog mid.Log record=true msg="from top" keys=order_id`
}
