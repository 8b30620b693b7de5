// Package linedir's file says, as cmd/cgo's output does, that it comes
// from a file in another directory (own): that directory's convention
// applies.

//line ../own/real.go:1
package linedir // want "convention files=passes/config/own/.obslint.yml service=own namespace=-"
