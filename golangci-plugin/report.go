package golangciplugin

import "golang.org/x/tools/go/analysis"

// tagReports makes analyzer a report through keep and carry its check ID
// in the message text, since golangci-lint discards Diagnostic.Category.
// The suffix has the form the obslint command prints, "message [check]";
// golangci-lint adds the analyzer name in front, so a finding reads
// "instrumented: ... [missing-instrumentation] (obslint)".
//
// It filters at the report, not by leaving analyzers out: the ignores
// analyzer Requires the others to learn which //obslint:ignore directives
// they used, and a disabled check must not turn its ignores into
// unused-ignore findings.
func tagReports(a *analysis.Analyzer, keep func(check string) bool) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			if d.Category != "" {
				if !keep(d.Category) {
					return
				}
				d.Message += " [" + d.Category + "]"
			}
			report(d)
		}
		return run(pass)
	}
}
