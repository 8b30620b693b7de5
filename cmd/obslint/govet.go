package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/diag"
	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/safetext"
)

// The lint command runs the analyzers through "go vet -vettool=obslint",
// which runs obslint once per package and caches each package's facts and
// findings in the build cache: a second run over unchanged code replays
// them, as a second "go vet" does. See docs/architecture.md for the
// measurements behind this choice.

// listedPackage is what packageDirs needs of go list's output.
type listedPackage struct {
	Dir, ImportPath                              string
	GoFiles, CgoFiles, TestGoFiles, XTestGoFiles []string
	Error                                        *struct{ Err string }
}

// noMatch is go list's warning for a pattern that matches nothing.
var noMatch = regexp.MustCompile(`(?m)^go: warning: "(.*)" matched no packages$`)

// packageDirs lists the directories of the packages matched by patterns,
// without loading dependencies (go list -find is fast). A pattern that
// leaves nothing to analyse — an empty directory, a pattern that matches
// nothing, a directory outside any module — is a usage error naming it:
// go vet would report it as a failure to load, yet nothing failed to load.
// Packages that exist but do not parse or type-check are left to go vet.
func packageDirs(tags string, patterns []string) ([]string, error) {
	args := []string{"list", "-find", "-e", "-json=Dir,ImportPath,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,Error"}
	if tags != "" {
		args = append(args, "-tags="+tags)
	}
	args = append(append(args, "--"), patterns...)
	cmd := exec.Command("go", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("cannot list the packages %s:\n%s", strings.Join(patterns, " "), safetext.Escape(msg))
	}
	var dirs, problems []string
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("cannot read go list output: %v", err)
		}
		if len(p.GoFiles)+len(p.CgoFiles)+len(p.TestGoFiles)+len(p.XTestGoFiles) == 0 {
			msg := "no Go files"
			if p.Error != nil {
				msg = p.Error.Err
			}
			problems = append(problems, fmt.Sprintf("  %s: %s", safetext.Escape(p.ImportPath), safetext.Escape(msg)))
			continue
		}
		dirs = append(dirs, p.Dir)
	}
	for _, m := range noMatch.FindAllStringSubmatch(stderr.String(), -1) {
		problems = append(problems, fmt.Sprintf("  %s: matched no packages", safetext.Escape(m[1])))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("nothing to analyse (patterns must name packages of a module, in directories holding Go files):\n%s", strings.Join(problems, "\n"))
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("no packages match %s", strings.Join(patterns, " "))
	}
	return dirs, nil
}

// goVet runs go vet with obslint as the vet tool and returns its JSON
// output and its diagnostics about packages that failed to build.
func goVet(o lintOptions, hash string, pkgs []string) (stdout, stderr []byte, err error) {
	self, err := os.Executable()
	if err != nil {
		return nil, nil, fmt.Errorf("cannot find the obslint executable: %v", err)
	}
	args := []string{"vet", "-vettool=" + self}
	if o.tags != "" {
		args = append(args, "-tags="+o.tags)
	}
	args = append(args, "-json", "-confighash="+hash, "-deferwaivers", "-"+fileHashesFlag)
	if o.config != "" {
		args = append(args, "-config="+absPath(o.config))
	}
	args = append(args, pkgs...)
	cmd := exec.Command("go", args...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	if o.verbose {
		fmt.Fprintln(os.Stderr, "obslint: go", strings.Join(args, " "))
		cmd.Stderr = io.MultiWriter(&errb, os.Stderr)
	}
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			return nil, nil, fmt.Errorf("running go vet: %v", err)
		}
		// A non-zero exit with -json means some packages did not load
		// or type-check; their errors are on stderr.
		if errb.Len() == 0 {
			errb.WriteString("go vet failed: " + err.Error() + "\n")
		}
		return out.Bytes(), errb.Bytes(), nil
	}
	// Success: stderr holds only progress ("go: downloading ...").
	return out.Bytes(), nil, nil
}

// vetDiagnostic is one diagnostic in unitchecker's -json output.
type vetDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	End      string `json:"end"`
	Message  string `json:"message"`
	Related  []struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	} `json:"related"`
	SuggestedFixes []struct {
		Message string `json:"message"`
		Edits   []struct {
			Filename string `json:"filename"`
			Start    int    `json:"start"`
			End      int    `json:"end"`
			New      string `json:"new"`
		} `json:"edits"`
	} `json:"suggested_fixes"`
}

// parseVetJSON decodes the stream of {"pkg id": {"analyzer": [diags] or
// {"error": ...}}} objects that go vet prints, one per package.
func parseVetJSON(data []byte) ([]findings.Finding, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var out []findings.Finding
	seen := make(map[string]int) // key -> index in out
	var analysisErrs []string
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("cannot read go vet output: %v", err)
		}
		for id, byAnalyzer := range tree {
			pkg, _, _ := strings.Cut(id, " ")
			for analyzer, raw := range byAnalyzer {
				var e struct {
					Error string `json:"error"`
				}
				if json.Unmarshal(raw, &e) == nil && e.Error != "" {
					analysisErrs = append(analysisErrs, fmt.Sprintf("%s: %s: %s", pkg, analyzer, e.Error))
					continue
				}
				var diags []vetDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					return nil, fmt.Errorf("cannot read go vet output for %s: %v", id, err)
				}
				for _, d := range diags {
					f := toFinding(pkg, analyzer, d)
					key := fmt.Sprintf("%s:%d:%d:%s:%s", f.File, f.Line, f.Col, f.Check, f.Message)
					if i, ok := seen[key]; ok {
						// The same file analysed in two package
						// variants; if its content differed between
						// them, no fix can be trusted.
						mergeHashes(&out[i], f)
						continue
					}
					seen[key] = len(out)
					out = append(out, f)
				}
			}
		}
	}
	findings.Sort(out)
	fillEditPositions(out)
	if len(analysisErrs) > 0 {
		sort.Strings(analysisErrs)
		return out, &analysisError{msgs: analysisErrs}
	}
	return out, nil
}

func toFinding(pkg, analyzer string, d vetDiagnostic) findings.Finding {
	file, line, col := splitPosn(d.Posn)
	_, endLine, endCol := splitPosn(d.End)
	f := findings.Finding{
		Check: d.Category, Analyzer: analyzer, Package: pkg,
		File: file, Line: line, Col: col, EndLine: endLine, EndCol: endCol,
		Message: d.Message,
	}
	if f.Check == "" {
		f.Check = analyzer
	}
	f.URL = checks.DocURL(f.Check)
	hashes := make(map[string]string) // file -> content analysed (-filehashes)
	for _, r := range d.Related {
		if until, ok := strings.CutPrefix(r.Message, diag.WaiverPrefix); ok {
			file, line, _ := splitPosn(r.Posn)
			f.Waiver = &findings.Waiver{Until: until, File: file, Line: line}
		}
		if h, ok := strings.CutPrefix(r.Message, fileHashPrefix); ok {
			file, _, _ := splitPosn(r.Posn)
			hashes[file] = h
		}
	}
	for _, sf := range d.SuggestedFixes {
		fix := findings.Fix{Message: sf.Message}
		for _, e := range sf.Edits {
			fix.Edits = append(fix.Edits, findings.Edit{File: e.Filename, Start: e.Start, End: e.End, New: e.New, Hash: hashes[e.Filename]})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// judgeWaivers drops the findings whose dated //obslint:ignore is still
// valid today, and says in the message of the others that it expired.
// Judging here rather than in the analysis keeps go vet's cached results
// right from one day to the next.
func judgeWaivers(fs []findings.Finding, today time.Time) []findings.Finding {
	out := fs[:0]
	for _, f := range fs {
		if w := f.Waiver; w != nil {
			if !diag.Expired(w.Until, today) {
				continue
			}
			f.Message += " " + diag.ExpiredNote(w.Until, filepath.Base(w.File), w.Line)
			f.Waiver = nil
		}
		out = append(out, f)
	}
	return out
}

// mergeHashes marks the edits of kept unverifiable where dup, the same
// finding from another package variant, saw different file content.
func mergeHashes(kept *findings.Finding, dup findings.Finding) {
	seen := make(map[string]string)
	for _, fix := range dup.Fixes {
		for _, e := range fix.Edits {
			seen[e.File] = e.Hash
		}
	}
	for i := range kept.Fixes {
		for j := range kept.Fixes[i].Edits {
			e := &kept.Fixes[i].Edits[j]
			if h, ok := seen[e.File]; ok && h != e.Hash {
				e.Hash = "mismatch"
			}
		}
	}
}

// splitPosn splits "file:line:col" (the file may itself contain colons).
func splitPosn(p string) (file string, line, col int) {
	i := strings.LastIndex(p, ":")
	if i < 0 {
		return p, 0, 0
	}
	j := strings.LastIndex(p[:i], ":")
	if j < 0 {
		n, _ := strconv.Atoi(p[i+1:])
		return p[:i], n, 0
	}
	line, _ = strconv.Atoi(p[j+1 : i])
	col, _ = strconv.Atoi(p[i+1:])
	return p[:j], line, col
}

// fillEditPositions sets the line and column of each fix edit, which the
// CI formats need and go vet's byte offsets lack. Each file is read once.
func fillEditPositions(fs []findings.Finding) {
	lineStarts := make(map[string][]int)
	starts := func(name string) []int {
		if ls, ok := lineStarts[name]; ok {
			return ls
		}
		data, err := os.ReadFile(name)
		var ls []int
		if err == nil {
			ls = append(ls, 0)
			for i, b := range data {
				if b == '\n' {
					ls = append(ls, i+1)
				}
			}
		}
		lineStarts[name] = ls
		return ls
	}
	lineCol := func(ls []int, off int) (int, int) {
		i := sort.Search(len(ls), func(i int) bool { return ls[i] > off }) - 1
		if i < 0 {
			return 0, 0
		}
		return i + 1, off - ls[i] + 1
	}
	for i := range fs {
		for j := range fs[i].Fixes {
			for k := range fs[i].Fixes[j].Edits {
				e := &fs[i].Fixes[j].Edits[k]
				ls := starts(e.File)
				e.StartLine, e.StartCol = lineCol(ls, e.Start)
				e.EndLine, e.EndCol = lineCol(ls, e.End)
			}
		}
	}
}

// analysisError reports analyzers that failed on some packages; the
// findings of the others are still valid.
type analysisError struct{ msgs []string }

func (e *analysisError) Error() string {
	return "analysis failed:\n" + strings.Join(e.msgs, "\n")
}
