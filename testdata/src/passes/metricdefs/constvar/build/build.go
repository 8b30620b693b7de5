// Package build holds the project's name in a variable that is never
// assigned (a link-time -X may set it; its default is what the names
// are checked with).
package build

var ProjectName = "shop" // want ProjectName:`constant "shop"`

var Version = "dev"

func init() { Version = Version + "+dirty" } // assigned: not a constant
