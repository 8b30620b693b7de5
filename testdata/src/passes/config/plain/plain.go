// Package plain has no file, nor has any directory up to the module root
// (passes/config/go.mod): the defaults apply.
package plain // want "convention files=- service=- namespace=-"
