package main

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/findings"
)

// conventions are the conventions that apply to the packages of one run:
// the -config file, or the .obslint.yml found above each package.
type conventions struct {
	src convention.Source
	// hash is a digest of every convention file that applies, which
	// becomes part of go vet's cache key.
	hash string
}

// loadConventions checks that the patterns pkgs match packages to
// analyse, then loads and validates every convention that applies to
// them: patterns that match nothing and a broken convention are errors
// (exit 2) before anything is analysed, and the severity section may name
// only known checks.
func loadConventions(configFlag, tags string, pkgs []string) (*conventions, error) {
	cat := analyzers.Catalog()
	// Patterns that match nothing are a usage error before anything else.
	dirs, err := packageDirs(tags, pkgs)
	if err != nil {
		return nil, err
	}
	if configFlag != "" {
		c, err := convention.Load(configFlag)
		if err != nil {
			return nil, err
		}
		if err := c.CheckSeverityNames(cat); err != nil {
			return nil, err
		}
		return &conventions{src: convention.Fixed{C: c}, hash: c.Hash()}, nil
	}
	finder := convention.NewFinder()
	seen := make(map[string]bool)
	var hashes []string
	for _, d := range dirs {
		file := finder.File(d)
		if file == "" || seen[file] {
			continue
		}
		seen[file] = true
		c, err := finder.For(d)
		if err != nil {
			return nil, err
		}
		if err := c.CheckSeverityNames(cat); err != nil {
			return nil, err
		}
		hashes = append(hashes, c.Hash())
	}
	cs := &conventions{src: finder, hash: "default"}
	if len(hashes) > 0 {
		sort.Strings(hashes)
		sum := sha256.Sum256([]byte(strings.Join(hashes, ",")))
		cs.hash = hex.EncodeToString(sum[:8])
	}
	return cs, nil
}

// For returns the convention that applies to files in dir. Every file was
// validated when loading, so an error here is a file that appeared since:
// the defaults apply.
func (cs *conventions) For(dir string) *convention.Convention {
	c, err := cs.src.For(dir)
	if err != nil || c == nil {
		return convention.Default()
	}
	return c
}

// setSeverities gives each finding the severity its package's convention
// assigns to its check.
func (cs *conventions) setSeverities(fs []findings.Finding) {
	cat := analyzers.Catalog()
	for i := range fs {
		c := cs.For(filepath.Dir(fs[i].File))
		fs[i].Severity = string(cat.SeverityOf(fs[i].Check, c.Severities()))
	}
}

// failing counts the findings severe enough to fail the run: at least
// failOn when it is set (-fail-on), else at least the fail_on of the
// finding's convention.
func (cs *conventions) failing(fs []findings.Finding, failOn checks.Severity) int {
	n := 0
	for _, f := range fs {
		least := failOn
		if least == "" {
			least = cs.For(filepath.Dir(f.File)).FailSeverity()
		}
		if checks.Severity(f.Level()).AtLeast(least) {
			n++
		}
	}
	return n
}
