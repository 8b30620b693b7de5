// Package none imports only constants: it defines and sees no metric, so
// it has no metrics fact; its constant-valued variable is handed on.
package none

import "passes/metricdefs/names"

var Name = names.Namespace + "_nothing_total" // want Name:`constant "shop_nothing_total"`
