// Package api exercises obslint's directives end to end, with no
// third-party dependency: malformed directives are reported, well-formed
// ones are silent.
package api

// obslint:slo api // want `directive must be written without a space after //: //obslint:slo \[directive\]`
func Spaced() {}

//obslint:bogus // want `unknown directive //obslint:bogus`
func Unknown() {}

//obslint:ignore // want `needs the checks to silence and a reason`
func EmptyIgnore() {}

//obslint:ignore nosuchcheck because // want `names unknown check nosuchcheck; see obslint rules \[unused-ignore\]`
func UnknownCheck() {}

//autometrics:inst --success-rate 99.9 // want `unknown flag "--success-rate", which Autometrics silently ignores`
func AutometricsTypo() {}

//autometrics:inst
func Autometrics() {}

// Plain is documented and carries no directive.
func Plain() {}
