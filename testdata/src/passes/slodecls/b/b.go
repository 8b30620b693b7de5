// want package:` slos\(checkout success=99.9 latency=250ms latency_target=99 func=Checkout at passes/slodecls/a/a.go:14; checkout success=99.9 latency=250ms latency_target=99 func=Auto at passes/slodecls/a/a.go:24; store success=99.5 func=Store.Get at passes/slodecls/a/a.go:42; twice success=95 func=Twice at passes/slodecls/a/a.go:35; checkout success=99 func=Orders at passes/slodecls/b/b.go:11\)}$`

// Package b declares an SLO of its own and imports package a.
package b // want "imported checkout func=Checkout from passes/slodecls/a at a.go:14" "imported checkout func=Auto from passes/slodecls/a at a.go:24" "imported twice func=Twice from passes/slodecls/a at a.go:35" "imported store func=Store.Get from passes/slodecls/a at a.go:42" "reach passes/slodecls/a=passes/slodecls/a"

import "passes/slodecls/a"

// Orders reuses the name checkout with other targets: the pass hands both
// on; the slo analyzer judges.
//
//obslint:slo success=99 name=checkout
func Orders() { a.ListOrders() } // want "slo Orders name=checkout inline=true source=obslint success=99 latency=0s latency_target=0 named=true"
