// Package config is the pass that hands each package the observability
// convention that applies to it: the -config file, the golangci-lint
// settings, or the .obslint.yml found above the package's directory.
//
// Every other pass and analyzer Requires it, so the convention reaches them
// through ResultOf, never through a global.
package config

import (
	"path/filepath"
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/passresult"
)

// New returns the pass, resolving conventions through src.
func New(src convention.Source) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "obslintconfig",
		Doc:        "resolves the observability convention (.obslint.yml) that applies to the package",
		ResultType: reflect.TypeFor[*convention.Convention](),
		Run: func(pass *analysis.Pass) (any, error) {
			return src.For(Dir(pass))
		},
	}
}

// Of returns the convention of the package under analysis. The analyzer
// calling it must Require the config pass; forgetting to is a bug, which
// would otherwise judge the package by the default convention in silence,
// so it panics (the suite turns panics into analysis errors).
func Of(pass *analysis.Pass) *convention.Convention {
	return passresult.Of[*convention.Convention](pass, "config")
}

// Dir returns the directory of the package's source files. Positions are
// taken after //line adjustment, so cgo packages, whose files go vet hands
// over from a temporary directory, resolve to their real directory.
func Dir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		if name := pass.Fset.Position(f.Package).Filename; name != "" {
			return filepath.Dir(name)
		}
	}
	return "."
}
