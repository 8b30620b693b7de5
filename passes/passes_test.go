package passes_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/directiveindex"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/passes/instrumentation"
	"github.com/obslint/obslint/passes/logcalls"
	"github.com/obslint/obslint/passes/metricdefs"
	"github.com/obslint/obslint/passes/otelattrs"
	"github.com/obslint/obslint/passes/slodecls"
)

// TestOfWithoutRequires checks that every pass's Of accessor fails loudly,
// naming the analyzer, when the analyzer forgot to Require the pass,
// instead of handing it an empty result or the default convention.
func TestOfWithoutRequires(t *testing.T) {
	accessors := map[string]func(*analysis.Pass){
		"config":          func(p *analysis.Pass) { config.Of(p) },
		"directiveindex":  func(p *analysis.Pass) { directiveindex.Of(p) },
		"entrypoints":     func(p *analysis.Pass) { entrypoints.Of(p) },
		"instrumentation": func(p *analysis.Pass) { instrumentation.Of(p) },
		"logcalls":        func(p *analysis.Pass) { logcalls.Of(p) },
		"metricdefs":      func(p *analysis.Pass) { metricdefs.Of(p) },
		"slodecls":        func(p *analysis.Pass) { slodecls.Of(p) },
		"otelattrs":       func(p *analysis.Pass) { otelattrs.Of(p) },
	}
	for name, of := range accessors {
		pass := &analysis.Pass{Analyzer: &analysis.Analyzer{Name: "forgetful"}, ResultOf: map[*analysis.Analyzer]any{}}
		msg := func() (msg string) {
			defer func() { msg = fmt.Sprint(recover()) }()
			of(pass)
			return "no panic"
		}()
		if !strings.Contains(msg, "analyzer forgetful does not require the ") {
			t.Errorf("%s.Of without the pass: %s", name, msg)
		}
	}
}

// TestSetWiring checks that the passes of a set require each other, and
// nothing outside the set.
func TestSetWiring(t *testing.T) {
	s := passes.NewSet(convention.Fixed{C: convention.Default()}, passes.Options{})
	in := make(map[*analysis.Analyzer]bool)
	for _, a := range s.All() {
		in[a] = true
	}
	if len(in) != 8 {
		t.Errorf("All() holds %d distinct passes, want 8", len(in))
	}
	for _, a := range s.All() {
		for _, r := range a.Requires {
			if !in[r] {
				t.Errorf("%s requires %s, which is not a pass of the set", a, r)
			}
		}
	}
	if err := analysis.Validate(s.All()); err != nil {
		t.Error(err)
	}
}
