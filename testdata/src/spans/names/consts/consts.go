// Package consts holds span names used by another package.
package consts

const (
	Prefix = "orders."
	Get    = Prefix + "get"
)
