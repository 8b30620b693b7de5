// Package coveragetest holds what tests of the report share: the verdicts
// of a report, keyed the way fixtures annotate them.
package coveragetest

import (
	"strings"

	"github.com/obslint/obslint/wholeprogram/coverage"
)

// Verdicts maps "file:line" to the report's verdict for every entry point
// and left-out function of rep: "observed (F: reason)", "unobserved (…)",
// "unknown (…)" or "left out (…)", for fixtures.CheckVerdicts.
func Verdicts(rep *coverage.Report) map[string]string {
	out := make(map[string]string)
	for _, e := range rep.EntryPoints {
		v := "unobserved"
		switch {
		case e.Observed:
			v = "observed"
		case e.Unknown:
			v = "unknown"
		}
		out[line(e.Position)] = v + " (" + e.Function + ": " + e.Reason + ")"
	}
	for _, l := range rep.LeftOut {
		out[line(l.Position)] = "left out (" + l.Function + ": " + l.Reason + ")"
	}
	return out
}

// line cuts a "file:line:col" position to "file:line".
func line(pos string) string {
	parts := strings.SplitN(pos, ":", 3)
	if len(parts) < 2 {
		return pos
	}
	return parts[0] + ":" + parts[1]
}
