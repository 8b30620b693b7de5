// Command obslint checks that Go code is observable: entry points are
// instrumented and carry SLOs, metric names and log keys follow the
// company's convention. It also writes the observability coverage report.
//
//	obslint [flags] packages...      lint (the default command)
//	obslint report [flags] packages  call-graph coverage report
//	obslint slo export [flags] pkgs  SLO specs and alerting rules
//	obslint baseline write FILE pkgs record today's findings
//	obslint rules                    list every check
//	obslint explain CHECK            a check's documentation
//	obslint version
//
// obslint is also a go vet tool: go vet -vettool=$(which obslint) ./...
//
// Exit codes: 0 no findings, 1 findings, 2 usage or convention error,
// 3 packages failed to load or type-check (the others are still analysed).
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"
)

// Exit codes, documented in README.md.
const (
	exitClean    = 0
	exitFindings = 1
	exitUsage    = 2
	exitLoad     = 3
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if isVetInvocation(args) {
		vettool() // does not return
	}
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Println("obslint", version())
			return exitClean
		case "rules":
			return runRules(args[1:])
		case "explain":
			return runExplain(args[1:])
		case "report":
			return runReport(args[1:])
		case "slo":
			return runSLO(args[1:])
		case "baseline":
			return runBaseline(args[1:])
		case "help":
			usage(os.Stdout)
			return exitClean
		}
	}
	return runLint(args)
}

// isVetInvocation reports whether the go command is driving obslint as a
// vet tool: it asks for -flags and -V=full, then passes one *.cfg file.
func isVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V=") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// version is the module version obslint was built at ("devel" for a
// checkout build).
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

func usage(w *os.File) {
	fmt.Fprint(w, `obslint checks that Go code is observable, against your observability convention.

Usage:
  obslint [flags] packages...         lint: report findings (default command)
  obslint report [flags] packages...  observability coverage report (call graph)
  obslint slo export [flags] pkgs...  SLO specs (Sloth, OpenSLO) and Prometheus rules
  obslint baseline write FILE pkgs... record current findings for -baseline
  obslint rules                       list every check
  obslint explain CHECK               show a check's documentation
  obslint version

Lint flags:
`)
	lintFlags(new(lintOptions)).PrintDefaults()
	fmt.Fprint(w, `
Exit codes: 0 no findings, 1 findings, 2 usage or convention error,
3 packages failed to load or type-check.

obslint also runs as a vet tool: go vet -vettool=$(which obslint) ./...
`)
}
