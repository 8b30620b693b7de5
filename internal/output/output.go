// Package output renders lint findings in the formats of -format: text,
// json and the CI annotation formats.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/checks"
	"github.com/obslint/obslint/internal/findings"
	"github.com/obslint/obslint/internal/safetext"
)

// Options are what every format may need besides the findings.
type Options struct {
	// Root is the directory file names are made relative to (the
	// repository root for CI formats, the working directory for text).
	Root string
	// Version is obslint's version, for formats that name the tool.
	Version string
	// Checks describes every check, for formats that list rules (SARIF).
	Checks checks.Catalog
}

// Writer renders findings.
type Writer func(w io.Writer, fs []findings.Finding, opts Options) error

var formats = map[string]Writer{
	"text":       writeText,
	"json":       writeJSON,
	"github":     writeGitHub,
	"sarif":      writeSARIF,
	"rdjson":     writeRDJSON,
	"checkstyle": writeCheckstyle,
	"gitlab":     writeGitLab,
}

// RepoRelative reports whether a format names files relative to the
// repository root (CI formats) rather than the working directory.
func RepoRelative(format string) bool { return format != "text" && format != "json" }

// Formats returns the names of the known formats, sorted.
func Formats() []string {
	var names []string
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Write renders fs, which must be sorted (findings.Sort), in format.
func Write(w io.Writer, format string, fs []findings.Finding, opts Options) error {
	f, ok := formats[format]
	if !ok {
		return fmt.Errorf("unknown format %q (known: %s)", format, strings.Join(Formats(), ", "))
	}
	return f(w, fs, opts)
}

// Rel returns file relative to root when it is below root, else file.
func Rel(root, file string) string {
	if root == "" {
		return file
	}
	if r, err := filepath.Rel(root, file); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return file
}

// writeText prints "file:line:col: severity: message [check]", one finding
// a line, the form compilers use and editors parse. Names and messages
// carry user-controlled strings (metric names, log keys, file names):
// control characters in them are escaped, so that a metric named
// "x\n::error::…" cannot start a line that a CI runner reads as a workflow
// command, nor ESC sequences reach the terminal.
func writeText(w io.Writer, fs []findings.Finding, opts Options) error {
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s: %s [%s]\n", TextFile(Rel(opts.Root, f.File)), f.Line, f.Col, f.Level(), safetext.Escape(f.Message), safetext.Escape(f.Check)); err != nil {
			return err
		}
	}
	return nil
}

// TextFile returns a file name safe to start a line of text output with:
// control characters escaped, and "./" in front of a name that starts
// with a colon or a space ("::error" must not begin a line; runners
// trim leading spaces).
func TextFile(name string) string {
	name = safetext.Escape(name)
	if strings.HasPrefix(name, ":") || strings.TrimLeft(name, " \t") != name {
		name = "./" + name
	}
	return name
}

// writeJSON prints the findings as one JSON array (file names absolute).
func writeJSON(w io.Writer, fs []findings.Finding, _ Options) error {
	if fs == nil {
		fs = []findings.Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(fs)
}
