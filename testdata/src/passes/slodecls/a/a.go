// want package:` slos\(checkout success=99.9 latency=250ms latency_target=99 func=Checkout at passes/slodecls/a/a.go:14; checkout success=99.9 latency=250ms latency_target=99 func=Auto at passes/slodecls/a/a.go:24; store success=99.5 func=Store.Get at passes/slodecls/a/a.go:42; twice success=95 func=Twice at passes/slodecls/a/a.go:35\)}$`

// Package a declares SLOs in every form the directive index parses.
package a

// ListOrders refers to the convention's objective api: no targets of its
// own, so nothing to compare across packages.
//
//obslint:slo api
func ListOrders() {} // want "slo ListOrders name=api inline=false source=obslint success=0 latency=0s latency_target=0 named=false"

// Checkout declares its targets inline, under a name.
//
//obslint:slo success=99.9 latency=250ms latency_target=99 name=checkout
func Checkout() {} // want "slo Checkout name=checkout inline=true source=obslint success=99.9 latency=250ms latency_target=99 named=true"

// Unnamed declares targets without a name.
//
//obslint:slo success=99
func Unnamed() {} // want "slo Unnamed name=- inline=true source=obslint success=99 latency=0s latency_target=0 named=false"

// Auto is Autometrics'.
//
//autometrics:inst --slo checkout --success-target 99.9 --latency-ms 250 --latency-target 99
func Auto() {} // want "slo Auto name=checkout inline=true source=autometrics success=99.9 latency=250ms latency_target=99 named=true"

// AutoRef names an objective without targets.
//
//autometrics:inst --slo batch
func AutoRef() {} // want "slo AutoRef name=batch inline=false source=autometrics success=0 latency=0s latency_target=0 named=false"

// Twice carries two declarations.
//
//obslint:slo api
//obslint:slo success=95 name=twice
func Twice() {} // want "slo Twice name=api inline=false source=obslint success=0 latency=0s latency_target=0 named=false" "slo Twice name=twice inline=true source=obslint success=95 latency=0s latency_target=0 named=true"

type Store struct{}

// Get is a method.
//
//obslint:slo success=99.5 name=store
func (s *Store) Get() {} // want "slo Store.Get name=store inline=true source=obslint success=99.5 latency=0s latency_target=0 named=true"

// Not declarations: malformed directives, a directive outside a doc
// comment, a function without directives.

//obslint:slo latency=250ms name=broken
func Broken() {}

//obslint:slo
func Empty() {}

//obslint:slo success=101 name=invalid
func Invalid() {}

var v = 1 //obslint:slo api

func Plain() {}
