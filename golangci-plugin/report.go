package golangciplugin

import (
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes/config"
)

// tagReports makes analyzer a report through keep and carry its check ID
// and severity in the message text, since golangci-lint discards
// Diagnostic.Category and knows no severity of a plugin's own. The suffix
// has the form "message [check, severity]"; golangci-lint adds the
// analyzer name in front, so a finding reads
// "instrumented: ... [instrumented, warning] (obslint)", and the
// severity rules of docs/golangci-lint.md turn the suffix into
// golangci-lint's own severity.
//
// It filters at the report, not by leaving analyzers out: the ignores
// analyzer Requires the others to learn which //obslint:ignore directives
// they used, and a disabled check must not turn its ignores into
// unused-ignore findings.
func tagReports(a *analysis.Analyzer, src convention.Source, keep func(check string) bool) {
	run := a.Run
	cat := analyzers.Catalog()
	a.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		var conv *convention.Convention // the package's, looked up once
		pass.Report = func(d analysis.Diagnostic) {
			if d.Category != "" {
				if !keep(d.Category) {
					return
				}
				if conv == nil {
					var err error
					if conv, err = src.For(config.Dir(pass)); err != nil || conv == nil {
						conv = convention.Default()
					}
				}
				d.Message += " [" + d.Category + ", " + string(cat.SeverityOf(d.Category, conv.Severities())) + "]"
			}
			report(d)
		}
		return run(pass)
	}
}
