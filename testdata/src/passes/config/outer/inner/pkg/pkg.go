// Package pkg is in module inner (outer/inner/go.mod): outer's file,
// above its module root, does not apply.
package pkg // want "convention files=- service=- namespace=-"
