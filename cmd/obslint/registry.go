package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/obslint/obslint/wholeprogram/registryexport"
)

const registryUsage = `usage: obslint registry export [-o FILE] [-config FILE] [-tags TAGS] [packages]

Writes the telemetry the packages emit as an OpenTelemetry Weaver registry
(definition/1 YAML): every metric (OpenTelemetry instruments and Prometheus
collectors: instrument, unit, help, the attributes or labels recorded on
it, where it is created), the spans started by name with their attributes,
the attribute keys set and the structured-log keys, each with its type and
where it is used. Names of the OpenTelemetry semantic conventions
(semconv.version) are imported or referenced, not redefined. The output is
deterministic; named in semconv.registries, it declares the code as it is.
`

// runRegistry implements "obslint registry export".
func runRegistry(args []string) int {
	if len(args) == 0 || args[0] != "export" {
		fmt.Fprint(os.Stderr, registryUsage)
		return exitUsage
	}
	fs := flag.NewFlagSet("obslint registry export", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, registryUsage) }
	out := fs.String("o", "", "write to `file` instead of standard output")
	config := fs.String("config", "", "convention `file` (default: .obslint.yml found per package)")
	tags := fs.String("tags", "", "comma-separated build `tags`")
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean
		}
		return exitUsage
	}
	pkgs := fs.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"."}
	}
	prog, code := loadProgram(*config, *tags, false, pkgs, nil)
	if prog == nil {
		return code
	}
	var buf bytes.Buffer
	if err := registryexport.Write(&buf, registryexport.Gather(prog, pkgs)); err != nil {
		fmt.Fprintln(os.Stderr, "obslint registry export:", err)
		return exitUsage
	}
	if *out == "" {
		os.Stdout.Write(buf.Bytes())
	} else if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "obslint registry export:", err)
		return exitUsage
	}
	return code
}
