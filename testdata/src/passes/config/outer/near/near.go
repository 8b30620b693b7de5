// Package near takes outer's file.
package near // want "convention files=passes/config/outer/.obslint.yml service=outer namespace=-"
