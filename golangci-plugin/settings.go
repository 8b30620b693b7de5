package golangciplugin

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
)

// settingsKey is where the settings live in .golangci.yml, for messages.
const settingsKey = "linters.settings.custom.obslint.settings"

// Settings are the plugin's own settings in .golangci.yml. Next to them
// the settings accept every key of .obslint.yml inline, so a team can keep
// one file for both the obslint command and golangci-lint, or none at all.
// The inline keys go through the convention loader (see parseInline), not
// through a plain JSON decode into convention.Convention: only the loader
// applies the defaults, resolves extends and validates values.
//
// Without settings the plugin does what the obslint command does: each
// package gets the .obslint.yml found above its directory, or the
// defaults.
type Settings struct {
	// Config is the path of a convention file, relative to the directory
	// golangci-lint runs in. It applies to every package. It cannot be
	// combined with inline convention keys; inline settings can extend it
	// instead ("extends: [.obslint.yml]").
	Config string `json:"config"`
	// Enable, when not empty, keeps only the findings of these checks.
	// Entries are check IDs (see obslint rules) or analyzer names, which
	// stand for all of the analyzer's checks.
	Enable []string `json:"enable"`
	// Disable drops the findings of these checks (IDs or analyzer names).
	Disable []string `json:"disable"`

	source convention.Source
	filter func(check string) bool
}

// ownKeys are the settings that are not convention keys.
var ownKeys = []string{"config", "enable", "disable"}

func decode(raw any) (*Settings, error) {
	// golangci-lint hands over what its YAML decoder produced: nil when the
	// settings are absent, else a map. Split it into the plugin's own keys,
	// decoded here, and the convention keys, which go to the convention
	// loader: its messages name the key and suggest the right spelling.
	own, inline := make(map[string]any), make(map[string]any)
	if raw != nil {
		m, ok := raw.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: want a mapping of settings, got %T", settingsKey, raw)
		}
		for k, v := range m {
			switch {
			case slices.Contains(ownKeys, k):
				own[k] = v
			case k != hashKey:
				inline[k] = v
			}
		}
	}
	s, err := register.DecodeSettings[Settings](own)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", settingsKey, err)
	}
	s.source, err = s.conventionSource(inline)
	if err != nil {
		return nil, err
	}
	if fixed, ok := s.source.(convention.Fixed); ok {
		if err := fixed.C.CheckSeverityNames(analyzers.Catalog()); err != nil {
			return nil, err
		}
	}
	s.filter, err = checkFilter(s.Enable, s.Disable)
	if err != nil {
		return nil, err
	}
	return &s, nil
}

// conventionSource resolves the convention: the config file, the inline
// keys, or (neither) a Finder that looks for .obslint.yml per package.
func (s *Settings) conventionSource(inline map[string]any) (convention.Source, error) {
	switch {
	case s.Config != "" && len(inline) > 0:
		return nil, fmt.Errorf("%s: config names a convention file and %s are set inline; use one, or write extends: [%s] inline to override the file",
			settingsKey, keyList(inline), s.Config)
	case s.Config != "":
		// Load's errors are file:line:col: key: message already.
		c, err := convention.Load(s.Config)
		if err != nil {
			return nil, err
		}
		return convention.Fixed{C: c}, nil
	case len(inline) > 0:
		c, err := parseInline(inline)
		if err != nil {
			return nil, err
		}
		return convention.Fixed{C: c}, nil
	}
	return convention.NewFinder(), nil
}

// parseInline checks, merges and validates the inline keys exactly as if
// they were an .obslint.yml in the current directory: JSON is YAML, so the
// convention loader reads them with its defaults, extends and messages.
// Only the location changes, from a spot in that JSON to the settings key.
func parseInline(inline map[string]any) (*convention.Convention, error) {
	data, err := json.Marshal(inline)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", settingsKey, err)
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	name := filepath.Join(wd, ".golangci.yml") // extends resolve from here
	c, err := convention.Parse(name, data)
	if err != nil {
		var ce *convention.Error
		if errors.As(err, &ce) && ce.File == name {
			key := settingsKey
			if ce.Key != "" {
				key += "." + ce.Key
			}
			return nil, fmt.Errorf("%s: %s", key, ce.Msg)
		}
		return nil, err // a problem in a file it extends: that file's position is right
	}
	c.Files = slices.DeleteFunc(c.Files, func(f string) bool { return f == name }) // keep only real files
	return c, nil
}

func keyList(m map[string]any) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// checkFilter returns the predicate saying whether a check's findings are
// reported: the selection the obslint command's -enable and -disable make.
// Unknown names are errors: a typo in a disable list would otherwise
// silently keep reporting.
func checkFilter(enable, disable []string) (func(string) bool, error) {
	cat := analyzers.Catalog()
	for key, names := range map[string][]string{"enable": enable, "disable": disable} {
		for i, n := range names {
			if !cat.Known(n) {
				return nil, fmt.Errorf("%s.%s[%d]: %v", settingsKey, key, i, cat.Unknown(n))
			}
		}
	}
	sel, err := cat.Select(enable, disable)
	if err != nil {
		return nil, err
	}
	return sel.Reports, nil
}
