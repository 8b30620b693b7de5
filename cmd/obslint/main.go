// Command obslint checks that Go code is observable: entry points are
// instrumented and carry SLOs, metric names and log keys follow the
// company's convention. It also writes the observability coverage report.
//
//	obslint [flags] packages...      lint (the default command)
//	obslint report [flags] packages  call-graph coverage report
//	obslint slo export [flags] pkgs  SLO specs and alerting rules
//	obslint registry export [flags] pkgs  the telemetry as a Weaver registry
//	obslint baseline write FILE pkgs record today's findings
//	obslint comment FILE             post a report as a sticky PR comment
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
	"encoding/json"
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
		case "registry":
			return runRegistry(args[1:])
		case "baseline":
			return runBaseline(args[1:])
		case "comment":
			return runComment(args[1:])
		case "help":
			usage(os.Stdout)
			return exitClean
		}
	}
	return runLint(args)
}

// isVetInvocation reports whether the go command is driving obslint as a
// vet tool. It calls a vet tool in three ways: with -V=full (to key its
// cache on the tool), with -flags (to learn the tool's flags), and with
// the tool's flags, each -name=value, followed by one argument: a JSON
// file describing the package to analyse (vet.cfg), which it wrote. The
// last form is recognised by the file's content, not its name, so that
// "obslint -config team.cfg" stays a lint command.
func isVetInvocation(args []string) bool {
	for _, a := range args {
		if a == "-flags" || a == "--flags" || strings.HasPrefix(a, "-V=") || strings.HasPrefix(a, "--V=") {
			return true
		}
	}
	if len(args) == 0 {
		return false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return false // a package pattern
		}
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") && valueFlags[name] {
			return false // its value follows: obslint -config team.cfg
		}
	}
	return isVetConfig(args[len(args)-1])
}

// valueFlags are the vet tool's flags that take a value, which the go
// command always passes as -name=value.
var valueFlags = map[string]bool{"config": true, "confighash": true, "c": true}

// maxVetConfig bounds the vet.cfg obslint reads to recognise it (the
// go command's are a few kilobytes to a few hundred).
const maxVetConfig = 64 << 20

// isVetConfig reports whether name is a unit description the go command
// wrote for a vet tool: a regular file holding a JSON object with the
// fields every vet.cfg has.
func isVetConfig(name string) bool {
	fi, err := os.Stat(name)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > maxVetConfig {
		return false
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return false
	}
	var cfg map[string]json.RawMessage
	if json.Unmarshal(data, &cfg) != nil {
		return false
	}
	var id, importPath string
	var goFiles []string
	var vetxOnly bool
	if json.Unmarshal(cfg["ID"], &id) != nil || id == "" ||
		json.Unmarshal(cfg["ImportPath"], &importPath) != nil ||
		json.Unmarshal(cfg["GoFiles"], &goFiles) != nil ||
		json.Unmarshal(cfg["VetxOnly"], &vetxOnly) != nil {
		return false
	}
	_, ok := cfg["VetxOutput"]
	return ok
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
  obslint registry export [flags] pkgs...  the telemetry as an OpenTelemetry Weaver registry
  obslint baseline write FILE pkgs... record current findings for -baseline
  obslint comment FILE                post a Markdown report as one sticky pull request comment
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
