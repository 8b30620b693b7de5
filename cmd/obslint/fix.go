package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/output"
)

// The lint command applies suggested fixes itself rather than letting each
// vet-tool process write files: it sees every package's fixes at once, so
// it can drop duplicates (a file analysed in two package variants) and
// refuse conflicting edits instead of corrupting a file.

// plannedFile is one file's accepted edits.
type plannedFile struct {
	name  string
	edits []findings.Edit
}

// planFixes picks the first suggested fix of each finding, per file,
// skipping fixes that overlap an edit already accepted. It returns the
// files to change and the findings left without an applicable fix.
func planFixes(fs []findings.Finding) (map[string]*plannedFile, []findings.Finding) {
	files := make(map[string]*plannedFile)
	var unfixed []findings.Finding
	for _, f := range fs {
		if len(f.Fixes) == 0 {
			unfixed = append(unfixed, f)
			continue
		}
		fix := f.Fixes[0]
		if conflicts(files, fix.Edits) {
			unfixed = append(unfixed, f)
			continue
		}
		for _, e := range fix.Edits {
			pf := files[e.File]
			if pf == nil {
				pf = &plannedFile{name: e.File}
				files[e.File] = pf
			}
			if !containsEdit(pf.edits, e) {
				pf.edits = append(pf.edits, e)
			}
		}
	}
	return files, unfixed
}

func containsEdit(edits []findings.Edit, e findings.Edit) bool {
	for _, x := range edits {
		if x.Start == e.Start && x.End == e.End && x.New == e.New {
			return true
		}
	}
	return false
}

// conflicts reports whether any edit overlaps a different accepted edit.
// Two insertions at the same offset conflict unless identical.
func conflicts(files map[string]*plannedFile, edits []findings.Edit) bool {
	for _, e := range edits {
		pf := files[e.File]
		if pf == nil {
			continue
		}
		for _, x := range pf.edits {
			if x.Start == e.Start && x.End == e.End && x.New == e.New {
				continue
			}
			if e.Start < x.End && x.Start < e.End || e.Start == x.Start {
				return true
			}
		}
	}
	return false
}

// apply returns src with edits applied.
func apply(src []byte, edits []findings.Edit) ([]byte, error) {
	sorted := append([]findings.Edit(nil), edits...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var out bytes.Buffer
	last := 0
	for _, e := range sorted {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("edit [%d,%d) out of range or overlapping", e.Start, e.End)
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.New)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// newContents computes the fixed contents of each file, gofmt'ed when the
// result parses (fixes may insert code without exact indentation).
func newContents(files map[string]*plannedFile) (map[string][2][]byte, error) {
	out := make(map[string][2][]byte)
	for name, pf := range files {
		old, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		fixed, err := apply(old, pf.edits)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		if strings.HasSuffix(name, ".go") {
			if formatted, err := format.Source(fixed); err == nil {
				fixed = formatted
			}
		}
		out[name] = [2][]byte{old, fixed}
	}
	return out, nil
}

// applyFixes writes the fixes and returns the findings it could not fix
// and the number of fixes applied.
func applyFixes(fs []findings.Finding) ([]findings.Finding, int, error) {
	files, unfixed := planFixes(fs)
	contents, err := newContents(files)
	if err != nil {
		return nil, 0, err
	}
	for name, c := range contents {
		info, err := os.Stat(name)
		if err != nil {
			return nil, 0, err
		}
		if err := os.WriteFile(name, c[1], info.Mode().Perm()); err != nil {
			return nil, 0, err
		}
	}
	return unfixed, len(fs) - len(unfixed), nil
}

// writeDiff prints the fixes as a unified diff, files in name order.
func writeDiff(w io.Writer, root string, fs []findings.Finding) error {
	files, _ := planFixes(fs)
	contents, err := newContents(files)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(contents))
	for n := range contents {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		rel := output.Rel(root, n)
		io.WriteString(w, unifiedDiff("a/"+rel, "b/"+rel, string(contents[n][0]), string(contents[n][1])))
	}
	return nil
}
