package logcalls

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
)

// logs.key_case: detect asks for the dominant case of the keys a
// codebase writes. Each package counts the case of its distinct constant
// keys; the counts travel up the import graph in a package fact that
// carries every package's own counts (not sums, so that a package
// reached twice counts once), with its module, so that only the keys of
// the module under analysis vote.

// KeyStyles are the cases keys are counted in, in the order that breaks
// a tie.
var KeyStyles = []string{"snake", "dot", "camel", "kebab", "pascal"}

// KeyStyle returns the most specific case key is written in: dot when it
// has a dot (http.status_code), kebab a hyphen, snake an underscore,
// pascal or camel when it has upper case letters; "" for a single lower
// case word (id), which fits every case and does not vote.
func KeyStyle(key string) string {
	switch {
	case key == "":
		return ""
	case strings.Contains(key, "."):
		return "dot"
	case strings.Contains(key, "-"):
		return "kebab"
	case strings.Contains(key, "_"):
		return "snake"
	case strings.IndexFunc(key, unicode.IsUpper) >= 0:
		if unicode.IsUpper([]rune(key)[0]) {
			return "pascal"
		}
		return "camel"
	}
	return ""
}

// KeyStyleFact carries the key-case counts of a package and of every
// package it imports, directly or not.
type KeyStyleFact struct {
	Packages []PackageKeyStyles
}

// PackageKeyStyles are one package's counts of distinct constant keys
// per case.
type PackageKeyStyles struct {
	Path, Module string
	Counts       map[string]int
}

// AFact implements analysis.Fact.
func (*KeyStyleFact) AFact() {}

// String lists the packages' counts, for tests and debugging.
func (f *KeyStyleFact) String() string {
	var parts []string
	for _, p := range f.Packages {
		var cs []string
		for _, s := range KeyStyles {
			if n := p.Counts[s]; n > 0 {
				cs = append(cs, s+"="+itoa(n))
			}
		}
		parts = append(parts, p.Path+"("+strings.Join(cs, " ")+")")
	}
	return "keystyles(" + strings.Join(parts, "; ") + ")"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// exportKeyStyles counts this package's keys, adds the counts its
// imports carry, keeps those of its module in res.KeyStyles, and exports
// them all.
func exportKeyStyles(pass *analysis.Pass, res *Result) {
	module := ""
	if pass.Module != nil {
		module = pass.Module.Path
	}
	own := PackageKeyStyles{Path: pass.Pkg.Path(), Module: module, Counts: make(map[string]int)}
	seen := make(map[string]bool)
	for _, k := range res.Keys {
		if !k.Const || !k.String || seen[k.Name] {
			continue
		}
		seen[k.Name] = true
		if s := KeyStyle(k.Name); s != "" {
			own.Counts[s]++
		}
	}
	fact := &KeyStyleFact{}
	if len(own.Counts) > 0 {
		fact.Packages = append(fact.Packages, own)
	}
	done := map[string]bool{own.Path: true}
	for _, imp := range pass.Pkg.Imports() {
		var f KeyStyleFact
		if !pass.ImportPackageFact(imp, &f) {
			continue
		}
		for _, p := range f.Packages {
			if !done[p.Path] {
				done[p.Path] = true
				fact.Packages = append(fact.Packages, p)
			}
		}
	}
	sort.Slice(fact.Packages, func(i, j int) bool { return fact.Packages[i].Path < fact.Packages[j].Path })
	res.KeyStyles = make(map[string]int)
	for _, p := range fact.Packages {
		if p.Module == module {
			for s, n := range p.Counts {
				res.KeyStyles[s] += n
			}
		}
	}
	if len(fact.Packages) > 0 {
		pass.ExportPackageFact(fact)
	}
}

// DominantKeyStyle returns the case most keys are written in, the number
// of keys written so and the number of keys that vote; "" when none
// votes.
func DominantKeyStyle(counts map[string]int) (style string, n, total int) {
	for _, s := range KeyStyles {
		total += counts[s]
		if counts[s] > n {
			style, n = s, counts[s]
		}
	}
	return style, n, total
}
