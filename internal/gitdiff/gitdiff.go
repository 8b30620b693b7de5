// Package gitdiff finds the lines of a git work tree that changed since a
// revision, for -new-from-rev and the report's pull-request share: what a
// reviewer sees as the change is the working tree (committed or not)
// against the base, plus files git does not track yet.
package gitdiff

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Lines are the changed lines of one file, as sorted, disjoint ranges.
type Lines []Range

// Range is the inclusive line range [From, To].
type Range struct{ From, To int }

// All means every line of a file changed (a file new since the revision).
var All = Lines{{1, int(^uint(0) >> 1)}}

// Contains reports whether line is in one of the ranges.
func (ls Lines) Contains(line int) bool {
	for _, r := range ls {
		if r.From <= line && line <= r.To {
			return true
		}
	}
	return false
}

// Overlaps reports whether one of the ranges meets [from, to].
func (ls Lines) Overlaps(from, to int) bool {
	for _, r := range ls {
		if r.From <= to && from <= r.To {
			return true
		}
	}
	return false
}

// Changes maps absolute file names to their changed lines; files that did
// not change are absent.
type Changes map[string]Lines

// Root returns the top directory of the git work tree containing dir.
func Root(dir string) (string, error) {
	out, err := git(dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// Since returns the lines of the work tree containing dir that differ from
// rev: added or modified lines of tracked files, and every line of
// untracked, not ignored files. Deleted lines have no place in the new
// file and are not reported.
func Since(dir, rev string) (Changes, error) {
	return since(dir, rev, false)
}

// SinceWithDeletions is Since, plus a place for each pure deletion: an
// inverted range {c+1, c} between the lines c and c+1 that closed over
// it. Contains never matches it; Overlaps matches a range holding both
// lines, so that a function whose body lost lines counts as changed (the
// report's share of a change; openfga: dropping an argument line from
// three handlers left them "unmodified").
func SinceWithDeletions(dir, rev string) (Changes, error) {
	return since(dir, rev, true)
}

func since(dir, rev string, deletions bool) (Changes, error) {
	root, err := Root(dir)
	if err != nil {
		return nil, err
	}
	if _, err := git(root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("%q is not a git revision in %s", rev, root)
	}
	diff, err := git(root, "-c", "core.quotePath=false", "diff", "--no-color", "--no-ext-diff", "-U0", rev, "--")
	if err != nil {
		return nil, err
	}
	ch, err := parse(root, diff, deletions)
	if err != nil {
		return nil, err
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			ch[filepath.Join(root, filepath.FromSlash(name))] = All
		}
	}
	return ch, nil
}

// Parse reads a unified diff with zero context (git diff -U0) whose paths
// are relative to root.
func Parse(root string, diff []byte) (Changes, error) {
	return parse(root, diff, false)
}

func parse(root string, diff []byte, deletions bool) (Changes, error) {
	ch := make(Changes)
	var file string // "" while in a deleted file or before the first header
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 64*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			name := strings.TrimPrefix(line, "+++ ")
			if strings.HasPrefix(name, `"`) {
				if u, err := strconv.Unquote(name); err == nil {
					name = u
				}
			}
			file = ""
			if rel, ok := strings.CutPrefix(name, "b/"); ok {
				file = filepath.Join(root, filepath.FromSlash(rel))
			}
		case strings.HasPrefix(line, "@@ ") && file != "":
			r, err := hunk(line)
			if err != nil {
				return nil, err
			}
			if r.To >= r.From {
				ch[file] = append(ch[file], r)
			} else if deletions {
				// "+c,0": the lines removed were after line c.
				ch[file] = append(ch[file], Range{r.From + 1, r.From})
			}
		}
	}
	return ch, sc.Err()
}

// hunk returns the new-file range of "@@ -a,b +c,d @@ ...": [c, c+d-1],
// empty when d is 0 (a pure deletion).
func hunk(line string) (Range, error) {
	fields := strings.Fields(line)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return Range{}, fmt.Errorf("malformed hunk header %q", line)
	}
	start, count, found := strings.Cut(fields[2][1:], ",")
	c, err := strconv.Atoi(start)
	if err != nil {
		return Range{}, fmt.Errorf("malformed hunk header %q", line)
	}
	d := 1
	if found {
		if d, err = strconv.Atoi(count); err != nil {
			return Range{}, fmt.Errorf("malformed hunk header %q", line)
		}
	}
	return Range{c, c + d - 1}, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
	}
	return out, nil
}
