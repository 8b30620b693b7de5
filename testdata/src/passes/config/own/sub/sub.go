// Package sub has none: it takes its parent directory's.
package sub // want "convention files=passes/config/own/.obslint.yml service=own namespace=-"
