// Package api names an objective that only team.cfg defines.
package api

//obslint:slo api // want `SLO on Known, which records no request metrics or span`
func Known() {}

//obslint:slo web // want `unknown SLO objective "web"; defined: api \[slo-unknown\]` `SLO on Unknown`
func Unknown() {}
