package main

// runSLO implements "obslint slo export" (issue 4). Owned by the SLO work.
func runSLO(args []string) int {
	return notYet("slo")
}
