package main

import (
	"fmt"
	"io/fs"
	"os"
	"text/tabwriter"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/docs"
)

// runRules prints every check: ID, analyzer and summary.
func runRules(args []string) int {
	if len(args) > 0 {
		fmt.Fprintln(os.Stderr, "usage: obslint rules")
		return exitUsage
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "CHECK\tANALYZER\tSEVERITY\tSUMMARY")
	for _, c := range analyzers.Catalog() {
		sev := string(c.Severity)
		if c.OffByDefault {
			sev += " (off)"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", c.ID, c.Analyzer, sev, c.Summary)
	}
	w.Flush()
	fmt.Println("\nobslint explain CHECK shows a check's documentation.")
	return exitClean
}

// runExplain prints a check's documentation page.
func runExplain(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: obslint explain CHECK")
		return exitUsage
	}
	c := analyzers.Catalog().Lookup(args[0])
	if c == nil {
		fmt.Fprintf(os.Stderr, "obslint: unknown check %q (see obslint rules)\n", args[0])
		return exitUsage
	}
	page, err := fs.ReadFile(docs.Checks, "checks/"+c.ID+".md")
	if err != nil {
		fmt.Printf("%s (%s): %s\n\n%s\n", c.ID, c.Analyzer, c.Summary, c.DocURL())
		return exitClean
	}
	os.Stdout.Write(page)
	return exitClean
}
