package analyzers_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
	"gopkg.in/yaml.v3"

	"github.com/obslint/obslint/analyzers"
	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/passes"
)

// diagnosticKeys are the convention keys that only diagnostics (and the
// drivers: severities, exit status, reports) read, each with a value
// different from the default. Facts must not depend on them: the vet
// tool's cache of dependency facts (internal/vetxcache) is keyed by
// convention.FactInputs alone, so a fact that read one of these keys
// would be replayed stale after an edit of it. nil marks a key that has
// a single valid value.
//
// A new convention key goes here, with a value that makes some fixture's
// diagnostics change, or into convention.FactInputs when a pass that
// exports facts reads it; TestEveryKeyClassified fails until it is in one
// of the two.
var diagnosticKeys = map[string]any{
	"version":                  nil,
	"extends":                  []string{"base.yml"},
	"allow_extends_from":       []string{"."},
	"service":                  "zz-service",
	"instrumentation.servers":  []string{"example.com/platform/server.New"},
	"slo.required":             true,
	"slo.objectives":           map[string]any{"api": map[string]any{"success": 99.9, "latency": "250ms", "latency_target": 99}},
	"slo.entrypoints":          map[string]string{"*": "api"},
	"slo.window":               "7d",
	"metrics.namespace":        "zz",
	"metrics.forbidden_labels": []string{"method", "code", "path", "status"},
	"metrics.max_labels":       1,
	"metrics.require_help":     false,
	// logs.key_case is a fact input (detect counts key styles into a
	// fact); its other values are checked in convention's
	// TestFactInputsDigest.
	"logs.kv_only":                true,
	"logs.no_global":              "all",
	"logs.context":                "all",
	"logs.message_style":          "capitalized",
	"logs.allowed_keys":           []string{"user_id", "error"},
	"logs.args_on_separate_lines": true,
	"spans.not_ended":             false,
	"spans.error_status":          false,
	"spans.lost_context":          false,
	"spans.broken_trace":          false,
	"spans.borrowed_end":          false,
	"spans.name":                  false,
	"spans.record_error":          true,
	"spans.name_style":            "snake",
	"logs.canonical_keys":         map[string]string{"err": "error", "user": "user_id"},
	"logs.forbidden_keys":         []string{"user", "id", "key"},
	"logs.static_message":         true,
	"logs.context_variants":       true,
	"logs.unstructured":           "forbid",
	"owners":                      map[string]string{"instrumented/...": "zz-team"},
	"severity":                    map[string]string{"all": "info"},
	"fail_on":                     "error",
	// The semconv analyzer exports no facts; the registry is written
	// next to every convention conventionFile writes.
	"semconv.version":          "1.26.0",
	"semconv.registries":       []string{"registry.yaml"},
	"semconv.owned_namespaces": []string{"shop"},
}

// alternativeKeys are diagnostics-only keys that cannot be set together
// with those of diagnosticKeys (attr_only excludes kv_only): they are
// mutated in a second convention of their own.
var alternativeKeys = map[string]any{"logs.attr_only": true}

// needs are the keys a mutation of diagnosticKeys is valid only with.
var needs = map[string][]string{"slo.entrypoints": {"slo.objectives"}}

// conventionKeys returns the dotted YAML keys of Convention's leaves:
// the top-level keys, and the keys of its sections (structs whose fields
// have yaml tags).
func conventionKeys() []string {
	var keys []string
	walk := func(t reflect.Type, prefix string, f func(reflect.Type, string)) {
		for i := range t.NumField() {
			sf := t.Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
			if name == "" || name == "-" || !sf.IsExported() {
				continue
			}
			f(sf.Type, prefix+name)
		}
	}
	isSection := func(t reflect.Type) bool {
		if t.Kind() != reflect.Struct {
			return false
		}
		for i := range t.NumField() {
			if n := t.Field(i).Tag.Get("yaml"); n != "" && n != "-" {
				return true
			}
		}
		return false
	}
	walk(reflect.TypeFor[convention.Convention](), "", func(t reflect.Type, key string) {
		if isSection(t) {
			walk(t, key+".", func(_ reflect.Type, key string) { keys = append(keys, key) })
			return
		}
		keys = append(keys, key)
	})
	return keys
}

// factKeys returns the dotted keys convention.FactInputs carries.
func factKeys() map[string]bool {
	keys := make(map[string]bool)
	t := reflect.TypeFor[convention.FactInputs]()
	for i := range t.NumField() {
		sec := t.Field(i)
		secName, _, _ := strings.Cut(sec.Tag.Get("json"), ",")
		for j := range sec.Type.NumField() {
			f := sec.Type.Field(j)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			keys[secName+"."+name] = true
		}
	}
	return keys
}

// TestEveryKeyClassified keeps the classification of convention keys
// complete: each is a fact input or a diagnostics-only key with a
// mutation in diagnosticKeys, never both.
func TestEveryKeyClassified(t *testing.T) {
	facts := factKeys()
	for _, key := range conventionKeys() {
		_, diag := diagnosticKeys[key]
		if _, alt := alternativeKeys[key]; alt {
			diag = true
		}
		switch {
		case facts[key] && diag:
			t.Errorf("convention key %s is both a fact input (convention.FactInputs) and diagnostics-only (diagnosticKeys)", key)
		case !facts[key] && !diag:
			t.Errorf("convention key %s is unclassified: add it to convention.FactInputs if a pass that exports facts reads it, else to diagnosticKeys in %s with a value that changes some fixture's findings", key, "analyzers/factinputs_test.go")
		}
		delete(facts, key)
	}
	for key := range facts {
		t.Errorf("convention.FactInputs carries %s, which is no convention key", key)
	}
}

// TestFactsIgnoreDiagnosticKeys runs the whole suite over every fixture
// package (and, for their facts, the library stubs and the standard
// library they import) under the default convention and under one that
// changes every diagnostics-only key, and checks that every fact of
// every package is byte-for-byte the same (gob, as vetx files hold them)
// while the findings differ.
func TestFactsIgnoreDiagnosticKeys(t *testing.T) {
	if testing.Short() {
		t.Skip("loads every fixture from source")
	}
	pkgs := loadFixtures(t)
	dir := t.TempDir()
	base := filepath.Join(dir, ".obslint.yml")
	writeYAML(t, base, map[string]any{"version": 1})
	all := make(map[string]any)
	for key, v := range diagnosticKeys {
		if v != nil {
			all[key] = v
		}
	}
	mutated := conventionFile(t, dir, "mutated", all)

	baseFacts, baseDiags := runSuite(t, pkgs, base)
	gotFacts, gotDiags := runSuite(t, pkgs, mutated)
	altFacts, altDiags := runSuite(t, pkgs, conventionFile(t, dir, "alternative", alternativeKeys))
	if altDiags == baseDiags {
		t.Error("the alternative convention changed no finding: its values do not exercise its keys")
	}
	if diff := diffLines(baseFacts, altFacts); diff != "" {
		t.Errorf("facts depend on diagnostics-only convention keys among %v:\n%s", alternativeKeys, diff)
	}
	if len(baseFacts) == 0 {
		t.Fatal("no facts at all: the fixtures did not load")
	}
	if baseDiags == gotDiags {
		t.Error("the mutated convention changed no finding: its values do not exercise the diagnostics-only keys")
	}
	if diff := diffLines(baseFacts, gotFacts); diff != "" {
		// Name the keys at fault.
		var culprits []string
		for key, v := range diagnosticKeys {
			if v == nil {
				continue
			}
			keys := map[string]any{key: v}
			for _, r := range needs[key] {
				keys[r] = diagnosticKeys[r]
			}
			one := conventionFile(t, dir, strings.ReplaceAll(key, ".", "_"), keys)
			if f, _ := runSuite(t, pkgs, one); diffLines(baseFacts, f) != "" {
				culprits = append(culprits, key)
			}
		}
		sort.Strings(culprits)
		t.Errorf("facts depend on diagnostics-only convention keys %v: move them to convention.FactInputs or stop reading them where facts are computed.\n%s", culprits, diff)
	}
}

// conventionFile writes a convention setting the dotted keys to their
// values (with a base file for extends) and returns its path.
func conventionFile(t *testing.T, parent, name string, keys map[string]any) string {
	dir := filepath.Join(parent, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeYAML(t, filepath.Join(dir, "base.yml"), map[string]any{"version": 1})
	registry, err := os.ReadFile(filepath.Join("..", "testdata", "src", "semconv", "telemetry", "shop.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "registry.yaml"), registry, 0o644); err != nil {
		t.Fatal(err)
	}
	doc := map[string]any{"version": 1}
	for key, v := range keys {
		sec, leaf, ok := strings.Cut(key, ".")
		if !ok {
			doc[key] = v
			continue
		}
		m, _ := doc[sec].(map[string]any)
		if m == nil {
			m = make(map[string]any)
			doc[sec] = m
		}
		m[leaf] = v
	}
	file := filepath.Join(dir, ".obslint.yml")
	writeYAML(t, file, doc)
	return file
}

func writeYAML(t *testing.T, file string, v any) {
	data, err := yaml.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// loadFixtures loads every fixture package under testdata/src (not the
// library stubs, whose first path element is a domain) from source, with
// its dependencies, as analysistest does.
func loadFixtures(t *testing.T) []*packages.Package {
	t.Helper()
	gopath := fixtures.Dir(t)
	entries, err := os.ReadDir(filepath.Join(gopath, "src"))
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, e := range entries {
		if e.IsDir() && !strings.Contains(e.Name(), ".") {
			patterns = append(patterns, e.Name()+"/...")
		}
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	// Fixtures that do not type-check on purpose, and those importing
	// them, are left out: the checker does not analyse them.
	var ok []*packages.Package
	for _, p := range pkgs {
		clean := true
		packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
			if len(q.Errors) > 0 {
				clean = false
			}
		})
		if clean {
			ok = append(ok, p)
		}
	}
	if len(ok) < len(pkgs)/2 {
		t.Fatalf("only %d of %d fixture packages load without errors", len(ok), len(pkgs))
	}
	return ok
}

// runSuite runs the suite under the convention file over pkgs and returns
// every fact exported anywhere (one sorted line each: package, object,
// fact type, digest of its gob encoding) and every finding.
func runSuite(t *testing.T, pkgs []*packages.Package, conventionFile string) (facts, diags string) {
	t.Helper()
	conv, err := convention.Load(conventionFile)
	if err != nil {
		t.Fatal(err)
	}
	suite := analyzers.New(convention.Fixed{C: conv}, passes.Options{})
	graph, err := checker.Analyze(suite.Analyzers, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var factLines, diagLines []string
	for act := range graph.All() {
		if act.Err != nil {
			t.Fatalf("%s: %v", act, act.Err)
		}
		own := act.Package.Types
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() != own {
				continue // inherited from a dependency
			}
			path, err := objectpath.For(f.Object)
			if err != nil {
				continue // not addressable: never leaves the package
			}
			factLines = append(factLines, factLine(t, act.Analyzer, own, string(path), f.Fact))
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package == own {
				factLines = append(factLines, factLine(t, act.Analyzer, own, "", f.Fact))
			}
		}
		for _, d := range act.Diagnostics {
			diagLines = append(diagLines, fmt.Sprintf("%s: %s: %s", act.Package.Fset.Position(d.Pos), d.Category, d.Message))
		}
	}
	sort.Strings(factLines)
	sort.Strings(diagLines)
	return strings.Join(factLines, "\n"), strings.Join(diagLines, "\n")
}

func factLine(t *testing.T, a *analysis.Analyzer, pkg *types.Package, obj string, fact analysis.Fact) string {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Fatalf("%s: encoding %T: %v", a.Name, fact, err)
	}
	sum := sha256.Sum256(buf.Bytes())
	return fmt.Sprintf("%s %s %s %T %s", a.Name, pkg.Path(), obj, fact, hex.EncodeToString(sum[:8]))
}

// diffLines returns the lines only in a or only in b, or "".
func diffLines(a, b string) string {
	in := func(s string) map[string]bool {
		m := make(map[string]bool)
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	var out []string
	for l := range ma {
		if !mb[l] {
			out = append(out, "- "+l)
		}
	}
	for l := range mb {
		if !ma[l] {
			out = append(out, "+ "+l)
		}
	}
	sort.Strings(out)
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("... and %d more", len(out)-40))
	}
	return strings.Join(out, "\n")
}
