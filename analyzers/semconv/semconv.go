// Package semconv defines the analyzer that checks OpenTelemetry attributes
// and instruments against the vocabulary the company agreed on: the
// OpenTelemetry semantic conventions of the convention's semconv.version,
// and the company's own registries (Weaver YAML) for the namespaces it
// owns.
//
// It reads what the passes found — attributes wherever code builds them
// (otelattrs) and OpenTelemetry instruments (metricdefs) — and looks each
// name up, first in the registries, then in the conventions: a deprecated
// name gets its replacement (as a fix when the key is a literal and the
// replacement takes the same value type), a value of the wrong type, an
// instrument of the wrong kind or unit is reported, and a name under an
// owned namespace that no registry declares is reported. Names that are in
// neither vocabulary and under no owned namespace are not its business.
package semconv

import (
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/diag"
	otelsc "github.com/obslint/obslint/internal/semconv"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/otelattrs"
)

const analyzerName = "semconv"

// The analyzer's checks.
var (
	Deprecated = &checks.Check{ID: "semconv-deprecated", Analyzer: analyzerName, Severity: checks.Warning,
		Summary: "attribute key or metric name that the semantic conventions or a registry deprecate or no longer define"}
	AttributeType = &checks.Check{ID: "semconv-attribute-type", Analyzer: analyzerName, Severity: checks.Error,
		Summary: "attribute value of another type than the semantic conventions or a registry give its key"}
	Instrument = &checks.Check{ID: "semconv-instrument", Analyzer: analyzerName, Severity: checks.Warning,
		Summary: "metric created with another instrument than the semantic conventions or a registry define"}
	Unit = &checks.Check{ID: "semconv-unit", Analyzer: analyzerName, Severity: checks.Warning,
		Summary: "metric created with another unit than the semantic conventions or a registry define"}
	Undeclared = &checks.Check{ID: "semconv-undeclared", Analyzer: analyzerName, Severity: checks.Warning,
		Summary: "attribute key or metric name under an owned namespace (semconv.owned_namespaces) that no registry declares"}
)

// Checks are the checks of this analyzer.
var Checks = []*checks.Check{Deprecated, AttributeType, Instrument, Unit, Undeclared}

// New returns the analyzer.
func New(set *passes.Set) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     analyzerName,
		Doc:      "reports OpenTelemetry attributes and instruments that break the semantic conventions or the company registry",
		URL:      Deprecated.DocURL(),
		Requires: []*analysis.Analyzer{set.Config, set.Directives, set.OTelAttrs, set.MetricDefs},
		Run:      run,
	}
}

func run(pass *analysis.Pass) (any, error) {
	if strings.HasPrefix(pass.Pkg.Path(), otelsc.GoSemconvPath) {
		return nil, nil // the conventions' own Go packages declare their names
	}
	conv := config.Of(pass)
	c := &checker{pass: pass, r: diag.New(pass, directiveindex.Of(pass)), vocab: conv.Semconv.Vocabulary()}
	if len(conv.Files) > 0 {
		c.base = filepath.Dir(conv.Files[len(conv.Files)-1])
	}
	for _, a := range otelattrs.Of(pass).Attrs {
		c.attribute(a)
	}
	for _, d := range metricdefs.Of(pass).Defs {
		if d.Library == metricdefs.OTel && d.Name != "" {
			c.metric(d)
		}
	}
	return nil, nil
}

type checker struct {
	pass  *analysis.Pass
	r     *diag.Reporter
	vocab *otelsc.Vocabulary
	base  string // the convention file's directory, registry paths are shown relative to
}
