// Package baseline records the findings a codebase has today so that a
// legacy module can adopt obslint and fail only on new findings.
//
// A finding is matched by check, file, enclosing function and message, not
// by line: lines shift with every edit above them, the function a finding
// sits in rarely changes. Positions inside messages ("declared at
// x.go:12") are ignored for the same reason. Each key carries a count, so
// a function that had two unnamed spans and now has three reports one.
package baseline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/obslint/obslint/internal/findings"
)

// Version is the baseline file format's version.
const Version = 1

// File is the on-disk baseline: JSON, sorted, one entry per key, so that it
// diffs well in review.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded kind of finding and how many there were.
type Entry struct {
	Check    string `json:"check"`
	File     string `json:"file"` // slash-separated, relative to the root
	Function string `json:"function,omitempty"`
	Message  string `json:"message"`
	Count    int    `json:"count"`
}

type key struct{ check, file, function, message string }

// keyOf returns fs's matching key, its file made relative to root.
func keyOf(root string, f findings.Finding) key {
	return key{
		check:    f.Check,
		file:     relSlash(root, f.File),
		function: f.Function,
		message:  findings.StableMessage(f.Message),
	}
}

// relSlash names file relative to root, looking through symbolic links
// when the plain names disagree (git reports the resolved root).
func relSlash(root, file string) string {
	if rel, err := filepath.Rel(root, file); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	rroot, err1 := filepath.EvalSymlinks(root)
	rfile, err2 := filepath.EvalSymlinks(file)
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(rroot, rfile); err == nil && filepath.IsLocal(rel) {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

// New builds the baseline of fs, whose Function fields must be set
// (findings.EnclosingFunctions); file names become relative to root.
func New(root string, fs []findings.Finding) *File {
	counts := make(map[key]int)
	for _, f := range fs {
		counts[keyOf(root, f)]++
	}
	b := &File{Version: Version, Findings: []Entry{}}
	for k, n := range counts {
		b.Findings = append(b.Findings, Entry{Check: k.check, File: k.file, Function: k.function, Message: k.message, Count: n})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		x, y := b.Findings[i], b.Findings[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Function != y.Function {
			return x.Function < y.Function
		}
		if x.Check != y.Check {
			return x.Check < y.Check
		}
		return x.Message < y.Message
	})
	return b
}

// Marshal returns b as indented JSON with a final newline.
func (b *File) Marshal() []byte {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		panic(err) // plain strings and ints always marshal
	}
	return append(data, '\n')
}

// Read loads a baseline file. Errors name the file.
func Read(name string) (*File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not an obslint baseline: %v", name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%s: not an obslint baseline: data after the JSON object at byte %d", name, dec.InputOffset())
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: baseline version %d, this obslint reads version %d", name, b.Version, Version)
	}
	for i, e := range b.Findings {
		if e.Check == "" || e.File == "" || e.Count < 1 {
			return nil, fmt.Errorf("%s: finding %d: check, file and a count of at least 1 are required", name, i+1)
		}
	}
	return &b, nil
}

// Filter returns the findings of fs (sorted by position) that b does not
// record, and the number of recorded findings that no longer occur
// (fixed since: the baseline can be rewritten smaller). Within a key, the
// first Count findings in position order are the recorded ones.
func (b *File) Filter(root string, fs []findings.Finding) (kept []findings.Finding, stale int) {
	left := make(map[key]int)
	for _, e := range b.Findings {
		left[key{e.Check, e.File, e.Function, e.Message}] += e.Count
	}
	for _, f := range fs {
		k := keyOf(root, f)
		if left[k] > 0 {
			left[k]--
			continue
		}
		kept = append(kept, f)
	}
	for _, n := range left {
		stale += n
	}
	return kept, stale
}
