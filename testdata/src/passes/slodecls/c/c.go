// want package:` slos\(checkout success=99.9 latency=250ms latency_target=99 func=Checkout at passes/slodecls/a/a.go:14; checkout success=99.9 latency=250ms latency_target=99 func=Auto at passes/slodecls/a/a.go:24; store success=99.5 func=Store.Get at passes/slodecls/a/a.go:42; twice success=95 func=Twice at passes/slodecls/a/a.go:35; checkout success=99 func=Orders at passes/slodecls/b/b.go:11\)}$`

// Package c declares nothing and imports package b only: its fact and
// result carry package a's declarations too.
package c // want "imported checkout func=Checkout from passes/slodecls/a at a.go:14" "imported checkout func=Auto from passes/slodecls/a at a.go:24" "imported twice func=Twice from passes/slodecls/a at a.go:35" "imported store func=Store.Get from passes/slodecls/a at a.go:42" "imported checkout func=Orders from passes/slodecls/b at b.go:11" "reach passes/slodecls/b=passes/slodecls/a,passes/slodecls/b"

import _ "passes/slodecls/b"
