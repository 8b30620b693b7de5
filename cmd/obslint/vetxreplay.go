package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/filecache"
	"github.com/obslint/obslint/internal/vetxcache"
)

// replayFacts runs in the vet tool process before any analysis. For a
// package go vet needs only the facts of (VetxOnly: a dependency, the
// standard library), it replays them from obslint's own cache when
// nothing they depend on changed, and exits; see internal/vetxcache for
// why go vet's cache alone re-runs every dependency after a convention
// edit. It returns when the package must be analysed.
//
// args are the vet tool's arguments: flags, then the vet.cfg file.
func replayFacts(args []string) {
	if len(args) == 0 || !isVetConfig(args[len(args)-1]) {
		return // -V=full, -flags
	}
	cfg, err := vetxcache.ReadConfig(args[len(args)-1])
	if err != nil {
		return // unitchecker reports it
	}
	c := filecache.Default()
	if c == nil {
		logVetInvocation("analyse", cfg)
		return
	}
	vc := vetxcache.New(c)
	vc.Harvest(cfg)
	if !cfg.VetxOnly {
		logVetInvocation("analyse", cfg)
		return
	}
	key, ok := factsKey(cfg, args[:len(args)-1])
	if !ok {
		logVetInvocation("analyse", cfg)
		return
	}
	if vc.Replay(cfg, key) {
		logVetInvocation("replay", cfg)
		os.Exit(0)
	}
	vc.Expect(cfg, key)
	logVetInvocation("analyse", cfg)
}

// factsKey returns the cache key of the package's facts, or false when
// the package must not be cached: no tool identity, or a convention that
// does not load (the analysis reports it).
func factsKey(cfg *vetxcache.Config, flags []string) (key filecache.Key, ok bool) {
	tool := filecache.ToolID()
	if tool == "" {
		return key, false
	}
	var conv *convention.Convention
	var err error
	var keyFlags []string
	configFile := ""
	for _, f := range flags {
		name, value, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		switch name {
		case "confighash":
			continue // the whole convention's digest: Facts below replaces it
		case "config":
			configFile = value
		}
		keyFlags = append(keyFlags, f)
	}
	if configFile != "" {
		conv, err = convention.Load(configFile)
	} else {
		conv, err = convention.NewFinder().For(cfg.Dir)
	}
	if err != nil || conv == nil {
		return key, false
	}
	key, err = vetxcache.Key(cfg, vetxcache.Inputs{Tool: tool, Flags: keyFlags, Facts: conv.FactInputs().Digest()})
	return key, err == nil
}

// vetLogEnv names a file to which each vet tool process that gets a
// package appends one line, "analyse PKG" or "replay PKG": how the tests
// (and curious users) see what go vet and the caches re-ran.
const vetLogEnv = "OBSLINT_VETTOOL_LOG"

func logVetInvocation(what string, cfg *vetxcache.Config) {
	name := os.Getenv(vetLogEnv)
	if name == "" {
		return
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
	if err != nil {
		return
	}
	// One short write with O_APPEND: lines of concurrent processes do
	// not interleave.
	fmt.Fprintf(f, "%s %s vetxonly=%v\n", what, cfg.ID, cfg.VetxOnly)
	f.Close()
}
