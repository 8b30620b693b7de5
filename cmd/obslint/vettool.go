package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"go/token"
	"os"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
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
	hashes := flag.Bool(fileHashesFlag, false, "with each fix, the SHA-256 of the file its offsets refer to, as analysed (set by obslint)")
	opts := passes.Options{Waivers: directiveindex.Waivers{Defer: func() bool { return *deferWaivers }}}
	as := analyzers.New(src, opts).Analyzers
	for _, a := range as {
		withFileHashes(a, hashes)
	}
	unitchecker.Main(as...)
}

// fileHashesFlag makes the vet tool say, with every suggested fix, which
// content of each edited file its byte offsets refer to, so that the lint
// command never applies them to a file that changed since (a Related
// entry per file, "posn": "FILE:1:1", "message": fileHashPrefix+hex).
const (
	fileHashesFlag = "filehashes"
	fileHashPrefix = "obslint:analysed-sha256="
)

// withFileHashes wraps a's Run so that, when *on (read after flags are
// parsed), each diagnostic with fixes carries the hashes of the files
// they edit.
func withFileHashes(a *analysis.Analyzer, on *bool) {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		if !*on {
			return run(pass)
		}
		report := pass.Report
		pass.Report = func(d analysis.Diagnostic) {
			seen := make(map[*token.File]bool)
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					tf := pass.Fset.File(e.Pos)
					if tf == nil || seen[tf] {
						continue
					}
					seen[tf] = true
					if h := analysedHash(tf); h != "" {
						d.Related = append(d.Related, analysis.RelatedInformation{Pos: token.Pos(tf.Base()), Message: fileHashPrefix + h})
					}
				}
			}
			report(d)
		}
		return run(pass)
	}
}

var fileHashes sync.Map // *token.File -> string

// analysedHash returns the SHA-256 of the content tf was made from,
// reading the file again and checking that its size and line starts
// are tf's; "" when they are not (the file changed already).
func analysedHash(tf *token.File) string {
	if h, ok := fileHashes.Load(tf); ok {
		return h.(string)
	}
	h := ""
	if data, err := os.ReadFile(tf.Name()); err == nil && len(data) == tf.Size() {
		lines := token.NewFileSet().AddFile("", -1, len(data))
		lines.SetLinesForContent(data)
		if slices.Equal(lines.Lines(), tf.Lines()) {
			sum := sha256.Sum256(data)
			h = hex.EncodeToString(sum[:])
		}
	}
	fileHashes.Store(tf, h)
	return h
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
