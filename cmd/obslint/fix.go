package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"go/format"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/output"
	"github.com/obslint/obslint/internal/safetext"
)

// The lint command applies suggested fixes itself rather than letting each
// vet-tool process write files: it sees every package's fixes at once, so
// it can drop duplicates (a file analysed in two package variants) and
// refuse conflicting edits instead of corrupting a file.

// plannedFile is one file's accepted edits.
type plannedFile struct {
	name     string
	edits    []findings.Edit
	fixed    int                // findings whose fix starts in this file
	findings []findings.Finding // the findings whose fixes edit it
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
		if len(fix.Edits) == 0 || conflicts(files, fix.Edits) {
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
		files[fix.Edits[0].File].fixed++
		for _, e := range fix.Edits {
			if pf := files[e.File]; len(pf.findings) == 0 || !sameFinding(pf.findings[len(pf.findings)-1], f) {
				pf.findings = append(pf.findings, f)
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

// Applying fixes never damages code (issue 19):
//   - Every write is decided before the first: each file's fixed content
//     is computed and checked, and a file that cannot be changed takes the
//     fixes that touch it out of the run (a fix's edits apply together or
//     not at all).
//   - A file is changed only if its content is the one the analysis saw:
//     the vet tool reports the SHA-256 of each file its fix offsets refer
//     to (-filehashes); a file edited since is left alone, and said so.
//   - Each file is replaced atomically (a temporary file in the same
//     directory, renamed over it) with its mode and, where possible, its
//     owner; read-only files are not changed; symbolic links are followed.
//   - Only the fixed lines change: a file that was gofmt-clean is
//     formatted after the edits (which may shift alignment around them),
//     a file that was not keeps its formatting everywhere else.
//   - What was and was not changed is reported; the findings left are
//     printed as usual.

// fileChange is the decided change of one file.
type fileChange struct {
	name     string // as the analysis named it
	path     string // where it is written: name with symbolic links resolved
	old, new []byte
	info     os.FileInfo
	fixed    int                // findings fixed in it
	findings []findings.Finding // whose fixes edit it
	skip     string             // why the file is not changed; "" when it is
}

// fixRun is every write decided, and the findings they fix or not.
type fixRun struct {
	changes []*fileChange // files to write, name order
	skipped []*fileChange // files left unchanged, name order
	fixed   int           // findings fixed
	unfixed []findings.Finding
}

// decideFixes plans the fixes of fs and decides every write, leaving out
// the files in exclude (name -> reason) and every fix that touches them.
func decideFixes(fs []findings.Finding, exclude map[string]string) *fixRun {
	skip := make(map[string]*fileChange)
	for name, why := range exclude {
		skip[name] = &fileChange{name: name, skip: why}
	}
	for {
		var active []findings.Finding
		var unfixed []findings.Finding
		for _, f := range fs {
			if len(f.Fixes) > 0 && touchesAny(f.Fixes[0], skip) {
				unfixed = append(unfixed, f)
				continue
			}
			active = append(active, f)
		}
		files, notPlanned := planFixes(active)
		unfixed = append(unfixed, notPlanned...)
		run := &fixRun{}
		again := false
		for _, name := range sortedNames(files) {
			c := prepare(files[name])
			if c.skip != "" {
				skip[name] = c
				again = true
				continue
			}
			run.changes = append(run.changes, c)
		}
		if again {
			continue // drop the fixes that touch the new skips, decide again
		}
		for _, c := range run.changes {
			c.fixed, c.findings = files[c.name].fixed, files[c.name].findings
			run.fixed += c.fixed
		}
		for _, f := range unfixed {
			if len(f.Fixes) > 0 {
				for _, e := range f.Fixes[0].Edits {
					if c := skip[e.File]; c != nil {
						c.fixed++ // findings it would have fixed
						break
					}
				}
			}
		}
		for _, name := range sortedNames(skip) {
			run.skipped = append(run.skipped, skip[name])
		}
		findings.Sort(unfixed)
		run.unfixed = unfixed
		return run
	}
}

func touchesAny[V any](fix findings.Fix, files map[string]V) bool {
	for _, e := range fix.Edits {
		if _, ok := files[e.File]; ok {
			return true
		}
	}
	return false
}

func sortedNames[V any](m map[string]V) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// prepare computes and checks one file's change.
func prepare(pf *plannedFile) *fileChange {
	c := &fileChange{name: pf.name, path: pf.name}
	fail := func(format string, args ...any) *fileChange {
		c.skip = fmt.Sprintf(format, args...)
		return c
	}
	if real, err := filepath.EvalSymlinks(pf.name); err == nil {
		c.path = real
	}
	info, err := os.Stat(c.path)
	if err != nil {
		return fail("cannot read it: %v", unwrap(err))
	}
	switch {
	case !info.Mode().IsRegular():
		return fail("not a regular file")
	case info.Mode().Perm()&0o222 == 0:
		return fail("read-only") // even for root: someone marked it so
	}
	if f, err := os.OpenFile(c.path, os.O_WRONLY, 0); err != nil {
		return fail("cannot write it: %v", unwrap(err)) // permissions, immutable, read-only file system
	} else {
		f.Close()
	}
	c.info = info
	old, err := os.ReadFile(c.path)
	if err != nil {
		return fail("cannot read it: %v", unwrap(err))
	}
	want := ""
	for _, e := range pf.edits {
		switch {
		case e.Hash == "" || e.Hash == "mismatch":
			return fail("the analysis did not see one content of it (changed while analysed?); run obslint -fix again")
		case want != "" && e.Hash != want:
			return fail("analysed twice with different contents; run obslint -fix again")
		}
		want = e.Hash
	}
	if sum := sha256.Sum256(old); hex.EncodeToString(sum[:]) != want {
		return fail("changed since it was analysed; run obslint -fix again")
	}
	fixed, err := apply(old, pf.edits)
	if err != nil {
		return fail("%v", err)
	}
	if strings.HasSuffix(pf.name, ".go") {
		// Format the result only when the file was gofmt-clean: then
		// gofmt changes nothing but what the edits disturbed.
		if clean, err := format.Source(old); err == nil && bytes.Equal(clean, old) {
			formatted, err := format.Source(fixed)
			if err != nil {
				return fail("the fixes would leave code that does not parse: %v", err)
			}
			fixed = formatted
		}
	}
	c.old, c.new = old, fixed
	return c
}

func unwrap(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// applyFixes decides and writes the fixes of fs. It returns what was
// done; run.unfixed are the findings left.
func applyFixes(fs []findings.Finding) *fixRun {
	exclude := make(map[string]string)
	for {
		run := decideFixes(fs, exclude)
		temps, failed := writeTemps(run.changes)
		if failed == nil {
			renameTemps(run, temps)
			return run
		}
		for _, t := range temps {
			os.Remove(t)
		}
		exclude[failed.name] = failed.skip // and decide again without it
	}
}

// writeTemps writes each change to a temporary file beside its target.
// On the first failure it returns the temporary files made so far and
// the change that failed, with the reason in skip.
func writeTemps(changes []*fileChange) (temps []string, failed *fileChange) {
	for _, c := range changes {
		tmp, err := os.CreateTemp(filepath.Dir(c.path), "."+filepath.Base(c.path)+".obslint-*")
		if err != nil {
			c.skip = fmt.Sprintf("cannot write it: %v", unwrap(err))
			return temps, c
		}
		temps = append(temps, tmp.Name())
		_, err = tmp.Write(c.new)
		if err == nil {
			copyOwner(tmp, c.info)
			err = tmp.Chmod(c.info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky))
		}
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			c.skip = fmt.Sprintf("cannot write it: %v", unwrap(err))
			return temps, c
		}
	}
	return temps, nil
}

// renameTemps moves each temporary file over its target, atomically.
func renameTemps(run *fixRun, temps []string) {
	var done []*fileChange
	for i, c := range run.changes {
		if err := os.Rename(temps[i], c.path); err != nil {
			os.Remove(temps[i])
			c.skip = fmt.Sprintf("cannot replace it: %v", unwrap(err))
			run.skipped = append(run.skipped, c)
			run.fixed -= c.fixed
			run.unfixed = append(run.unfixed, c.findings...) // still there
			continue
		}
		done = append(done, c)
	}
	run.changes = done
	findings.Sort(run.unfixed)
}

func sameFinding(a, b findings.Finding) bool {
	return a.File == b.File && a.Line == b.Line && a.Col == b.Col && a.Check == b.Check && a.Message == b.Message
}

// reportFixes says on w which files -fix changed and which it left
// alone, and why; names relative to root.
func reportFixes(w io.Writer, root string, run *fixRun, verb string) {
	if len(run.changes) > 0 {
		names := make([]string, len(run.changes))
		for i, c := range run.changes {
			names[i] = output.TextFile(output.Rel(root, c.name))
		}
		fmt.Fprintf(w, "obslint: -fix %s %d %s (%d %s): %s\n", verb, len(run.changes), plural(len(run.changes), "file"), run.fixed, plural(run.fixed, "finding"), strings.Join(names, ", "))
	}
	for _, c := range run.skipped {
		fmt.Fprintf(w, "obslint: -fix left %s unchanged (%d %s not fixed): %s\n", output.TextFile(output.Rel(root, c.name)), c.fixed, plural(c.fixed, "finding"), safetext.Escape(c.skip))
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// writeDiff prints the fixes as a unified diff, files in name order,
// with the same decisions -fix would take; it changes nothing.
func writeDiff(w, notes io.Writer, root string, fs []findings.Finding) {
	run := decideFixes(fs, nil)
	for _, c := range run.changes {
		rel := output.Rel(root, c.name)
		io.WriteString(w, unifiedDiff(diffName("a/", rel), diffName("b/", rel), string(c.old), string(c.new)))
	}
	for _, c := range run.skipped {
		fmt.Fprintf(notes, "obslint: -diff: %s would be left unchanged: %s\n", output.TextFile(output.Rel(root, c.name)), safetext.Escape(c.skip))
	}
}

// diffName is a file name for a diff header, quoted as git quotes names
// with special characters, so that a name cannot break the header line.
func diffName(prefix, name string) string {
	if safetext.Escape(name) == name && !strings.ContainsAny(name, "\"\\ \t") {
		return prefix + name
	}
	return strconv.Quote(prefix + name)
}
