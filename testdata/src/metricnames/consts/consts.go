// Package consts holds name parts used by other packages.
package consts

const (
	Namespace = "shop"
	Subsystem = "orders"
)
