// Package d declares nothing and imports nothing that does: no fact.
package d

import "strings"

//obslint:slo api
var V = strings.ToUpper("x")
