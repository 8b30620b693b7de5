// Package names holds the constants other packages build metric names
// from. It defines no metric and imports no metrics library: no fact.
package names

const (
	Namespace   = "shop"
	Subsystem   = "orders"
	Requests    = "requests_" + "total" // a constant expression
	LabelMethod = "method"
	OTelPrefix  = "shop."
)
