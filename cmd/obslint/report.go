package main

// runReport implements "obslint report" (issue 7). Owned by the report work.
func runReport(args []string) int {
	return notYet("report")
}
