package semconv

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Options configure loading.
type Options struct {
	// Dir is the directory relative paths are resolved against: the
	// directory of the convention file that names the registries.
	Dir string
	// Base reports whether an attribute the files reference but do not
	// define exists elsewhere: in the OpenTelemetry semantic conventions a
	// company registry builds on. When nil, every reference must resolve
	// in the files.
	Base func(key string) bool
	// Allow, when set, reports whether a file may be read, given its path
	// with symbolic links resolved: the convention's loader keeps
	// registries inside the repository, links included.
	Allow func(realPath string) bool
}

// Limits on what a registry may make obslint read. Registry files are
// input from outside obslint (a shared repository, a vendored directory),
// so they are read as untrusted: regular files only, a size cap per file
// and in all, and a cap on the number of files a directory may hold. The
// OpenTelemetry registry itself is 2.3 MB in 250 files; its largest file
// is 85 kB.
const (
	MaxFileSize  = 4 << 20
	MaxTotalSize = 64 << 20
	MaxFiles     = 5000
)

// ManifestNames are the names of the file Weaver reads a registry's name,
// version and dependencies from (the second is the legacy name); obslint
// checks its shape and otherwise ignores it.
var ManifestNames = []string{"manifest.yaml", "registry_manifest.yaml"}

// File is a registry file's name and content.
type File struct {
	Name string
	Data []byte
}

// Load reads the registry in paths: files, or directories searched
// recursively for .yaml and .yml files (hidden ones skipped, symbolic links
// to files followed, to directories not). Every error is an *Error.
func Load(paths []string, opts Options) (*Registry, error) {
	var files []File
	total := 0
	add := func(name string) error {
		if opts.Allow != nil {
			real, err := filepath.EvalSymlinks(name)
			if err != nil {
				real = name
			}
			if !opts.Allow(real) {
				return &Error{File: name, Msg: "outside the directories registries may be read from (the repository, and allow_extends_from)"}
			}
		}
		data, err := readRegular(name)
		if err != nil {
			return err
		}
		total += len(data)
		if total > MaxTotalSize {
			return &Error{File: name, Msg: fmt.Sprintf("registries larger than %d MiB in all are not read", MaxTotalSize>>20)}
		}
		if len(files) >= MaxFiles {
			return &Error{File: name, Msg: fmt.Sprintf("more than %d registry files", MaxFiles)}
		}
		files = append(files, File{Name: name, Data: data})
		return nil
	}
	for _, p := range paths {
		if !filepath.IsAbs(p) && opts.Dir != "" {
			p = filepath.Join(opts.Dir, p)
		}
		fi, err := os.Stat(p)
		if err != nil {
			return nil, &Error{File: p, Msg: "cannot read registry: " + unwrapPathError(err)}
		}
		if !fi.IsDir() {
			if err := add(p); err != nil {
				return nil, err
			}
			continue
		}
		// A directory named through a symbolic link is read where the link
		// leads (WalkDir would not enter it); links inside it are not.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return &Error{File: path, Msg: "cannot read registry: " + unwrapPathError(err)}
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() || !isYAMLName(d.Name()) {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(path); err != nil || fi.IsDir() {
					return nil // a dangling link or one to a directory: not followed
				}
			}
			return add(path)
		})
		if err != nil {
			return nil, err
		}
	}
	return ParseFiles(files, opts)
}

func isYAMLName(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")
}

// readRegular reads a regular file of at most MaxFileSize bytes. It
// checks the file before opening it, since opening a named pipe blocks,
// and again after, through the open file, in case it was swapped.
func readRegular(name string) ([]byte, error) {
	if fi, err := os.Stat(name); err != nil {
		return nil, &Error{File: name, Msg: "cannot read registry: " + unwrapPathError(err)}
	} else if !fi.Mode().IsRegular() {
		return nil, &Error{File: name, Msg: "not a regular file"}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, &Error{File: name, Msg: "cannot read registry: " + unwrapPathError(err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &Error{File: name, Msg: "cannot read registry: " + unwrapPathError(err)}
	}
	if !fi.Mode().IsRegular() {
		return nil, &Error{File: name, Msg: "not a regular file"}
	}
	if fi.Size() > MaxFileSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("file is larger than %d MiB", MaxFileSize>>20)}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &Error{File: name, Msg: "cannot read registry: " + unwrapPathError(err)}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("file is larger than %d MiB", MaxFileSize>>20)}
	}
	return data, nil
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// ParseFiles reads a registry from files' contents, as Load does from
// disk. Manifests (manifest.yaml, registry_manifest.yaml) are checked, not modelled.
func ParseFiles(files []File, opts Options) (*Registry, error) {
	var p parsed
	var names []string
	for _, f := range files {
		if len(f.Data) > MaxFileSize {
			return nil, &Error{File: f.Name, Msg: fmt.Sprintf("file is larger than %d MiB", MaxFileSize>>20)}
		}
		var err error
		if slices.Contains(ManifestNames, filepath.Base(f.Name)) {
			err = parseManifest(f.Name, f.Data)
		} else {
			err = parseFile(f.Name, f.Data, &p)
		}
		if err != nil {
			return nil, err
		}
		names = append(names, f.Name)
	}
	reg, err := resolve(&p, opts)
	if err != nil {
		return nil, err
	}
	reg.Files = names
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.Name))
		h.Write([]byte{0})
		h.Write(f.Data)
		h.Write([]byte{0})
	}
	reg.Digest = hex.EncodeToString(h.Sum(nil))[:16]
	return reg, nil
}
