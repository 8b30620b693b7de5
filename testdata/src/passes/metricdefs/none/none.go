// Package none imports only constants: it defines and sees no metric, so
// it has no fact and nothing to hand on.
package none

import "passes/metricdefs/names"

var Name = names.Namespace + "_nothing_total"
