// Package golangciplugin is obslint as a golangci-lint v2 module plugin.
//
// It is deliberately thin: it turns the plugin's settings into a convention
// source and hands it to analyzers.New, so golangci-lint runs exactly the
// analyzers, passes and facts that the obslint command runs. Two things
// differ only because golangci-lint does:
//
//   - golangci-lint drops analysis.Diagnostic.Category, where obslint keeps
//     the check ID, so every message gets the ID appended ("... [check]"),
//     the same text the obslint command prints;
//   - golangci-lint has no per-check switch for a plugin, so the settings
//     carry enable/disable lists of check IDs, applied to each report.
//
// A custom golangci-lint binary links the plugin by importing this package
// for its init function; see docs/golangci-lint.md.
package golangciplugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
)

// Name is the linter name under which golangci-lint knows the plugin: the
// key in linters.settings.custom and linters.enable, and what
// //nolint:obslint names.
const Name = "obslint"

func init() {
	register.Plugin(Name, New)
}

// Plugin is the obslint linter for golangci-lint.
type Plugin struct {
	settings *Settings
}

// New decodes golangci-lint's linters.settings.custom.obslint.settings and
// loads the convention they name. Every mistake in them is an error here,
// before any package is loaded, so a misconfigured CI job fails at once
// with the key (or file:line) at fault instead of linting with defaults.
func New(raw any) (register.LinterPlugin, error) {
	s, err := decode(raw)
	if err != nil {
		return nil, err
	}
	saltCache(raw, s.source)
	return &Plugin{settings: s}, nil
}

// hashKey is the settings key saltCache adds.
const hashKey = "obslint-convention-files-hash"

// saltCache makes golangci-lint's result cache depend on the convention
// files the settings name. golangci-lint keys cached findings and facts by
// the packages' Go files and a salt made of its own binary and of
// linters.settings; it knows nothing of a convention file, so after an
// edit to one it would replay findings made under the old convention.
// golangci-lint v2.15.0 computes the salt after it has built the plugins,
// from the very map it handed to New, so a digest of the files added to
// that map enters the salt. (Settings are decoded before this, so the key
// never reaches the decoder.)
//
// Without settings there is no map to add to: the plugin then finds
// .obslint.yml per package during the run, after the salt is fixed, and
// docs/golangci-lint.md tells users to clean the cache after editing the
// file, or to name it with config.
func saltCache(raw any, src convention.Source) {
	m, ok := raw.(map[string]any)
	fixed, isFixed := src.(convention.Fixed)
	if !ok || !isFixed {
		return
	}
	if h := fixed.C.Hash(); h != "default" { // convention files or registries
		m[hashKey] = h
	}
}

// BuildAnalyzers returns obslint's analyzers, their messages suffixed with
// the check ID and filtered by the enable and disable settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	suite := analyzers.New(p.settings.source, passes.Options{})
	for _, a := range suite.Analyzers {
		tagReports(a, p.settings.source, p.settings.filter)
	}
	return suite.Analyzers, nil
}

// GetLoadMode asks for type information: the analyzers resolve library
// calls by types.Func identity and exchange facts across packages.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
