package main

import "github.com/obslint/obslint/internal/findings"

// runBaseline implements "obslint baseline write FILE packages..." (issue 8).
func runBaseline(args []string) int {
	return notYet("baseline")
}

// filterOptions are the lint flags that drop findings after analysis:
// -baseline and -new-from-rev (issue 8).
type filterOptions struct {
	Baseline   string
	NewFromRev string
}

// filterFindings drops the findings that opts hide. dir is the directory
// obslint runs in.
func filterFindings(opts filterOptions, dir string, fs []findings.Finding) ([]findings.Finding, error) {
	return fs, nil
}
