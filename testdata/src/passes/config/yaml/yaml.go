// Package yaml's file is spelled .obslint.yaml.
package yaml // want "convention files=passes/config/yaml/.obslint.yaml service=yaml namespace=-"
