package config_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/config"
	"github.com/obslint/obslint/passes/passtest"
)

// probe runs the config pass of a suite whose conventions a Finder finds,
// as the CLI does without -config, and reports at the package clause
// which files the package's convention was read from.
func probe(t *testing.T) *analysis.Analyzer {
	set := passes.NewSet(convention.NewFinder(), passes.Options{})
	return passtest.Probe(set.Config, func(pass *analysis.Pass) {
		conv := config.Of(pass)
		var files []string
		for _, f := range conv.Files {
			files = append(files, passtest.Rel(t, f))
		}
		pass.Reportf(passtest.PackagePos(pass), "convention files=%s service=%s namespace=%s",
			passtest.List(files, false), orDash(conv.Service), orDash(conv.Metrics.Namespace))
	})
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// TestFinder checks which convention file applies to each package: its
// directory's, a parent's up to the module root, none (the defaults),
// either spelling, an extends chain, and the directory a //line directive
// names (cgo packages).
func TestFinder(t *testing.T) {
	t.Parallel()
	passtest.Run(t, probe(t),
		"passes/config/own", "passes/config/own/sub", "passes/config/yaml", "passes/config/extends",
		"passes/config/both", "passes/config/plain", "passes/config/outer/near", "passes/config/outer/inner/pkg",
		"passes/config/linedir")
}

// errs records the errors analysistest reports.
type errs struct{ msgs []string }

func (e *errs) Errorf(format string, args ...any) {
	e.msgs = append(e.msgs, fmt.Sprintf(format, args...))
}

// TestBroken checks that a convention file with an error fails the pass,
// and so every analyzer of the package, with the file, line and key.
func TestBroken(t *testing.T) {
	t.Parallel()
	var e errs
	results := analysistest.Run(&e, fixtures.Dir(t), probe(t), "passes/config/broken")
	if len(results) != 1 || results[0].Err == nil {
		t.Fatalf("the config pass did not fail on passes/config/broken: %v", results)
	}
	want := regexp.MustCompile(`passes/config/broken/\.obslint\.yml:4:3: metrics\.max_lables: unknown key "max_lables"; did you mean "max_labels"\?`)
	if !want.MatchString(results[0].Err.Error()) {
		t.Errorf("error %q does not match %s", results[0].Err, want)
	}
	if len(e.msgs) != 1 || !strings.Contains(e.msgs[0], "max_lables") {
		t.Errorf("analysistest reported %q, want the one analysis error", e.msgs)
	}
}
