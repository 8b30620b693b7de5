// Package own has its own convention file.
package own // want "convention files=passes/config/own/.obslint.yml service=own namespace=-"
