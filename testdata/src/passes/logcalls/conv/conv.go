// Package conv's Emit is a wrapper by the convention (logs.wrappers:
// passes/logcalls/conv.Emit:2:3): its calls are log calls, though the pass
// would not find it, and it carries no fact.
package conv

import "fmt"

func Emit(level int, msg string, kv ...any) {
	fmt.Println(level, msg, kv)
}

func calls() {
	Emit(1, "emitted", "order_id", 1) // want `call wrapper Emit record=true msg="emitted" keys=order_id`
}
