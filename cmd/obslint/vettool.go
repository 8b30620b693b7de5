package main

import (
	"flag"
	"sync"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/passes"
	"github.com/obslint/obslint/passes/directiveindex"
)

// vettool runs obslint under the go vet protocol: one package per process,
// facts and results cached by the go command in the build cache. The lint
// command drives it through go vet, and users may too.
//
// Two flags are obslint's own: -config names the convention file (else it
// is found next to each package), and -confighash, which the lint command
// sets to a digest of the convention files so that editing them
// invalidates go vet's cached results (the go command keys its cache on the
// tool's flags, not on files the tool happens to read).
func vettool() {
	src := &flagSource{path: flag.String("config", "", "convention file (default: .obslint.yml found from each package up to its module root)")}
	flag.String("confighash", "", "digest of the convention files; part of the go vet cache key (set by obslint)")
	deferWaivers := flag.Bool("deferwaivers", false, "report findings that a dated //obslint:ignore covers, with the waiver, for the obslint command to judge (set by obslint)")
	opts := passes.Options{Waivers: directiveindex.Waivers{Defer: func() bool { return *deferWaivers }}}
	unitchecker.Main(analyzers.New(src, opts).Analyzers...)
}

// flagSource resolves conventions once flags are parsed: unitchecker.Main
// parses them after the analyzers are built.
type flagSource struct {
	path *string
	once sync.Once
	src  convention.Source
	err  error
}

func (s *flagSource) For(dir string) (*convention.Convention, error) {
	s.once.Do(func() {
		if *s.path == "" {
			s.src = convention.NewFinder()
			return
		}
		c, err := convention.Load(*s.path)
		s.src, s.err = convention.Fixed{C: c}, err
	})
	if s.err != nil {
		return nil, s.err
	}
	return s.src.For(dir)
}
