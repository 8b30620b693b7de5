package convention

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"sync"
)

// Source gives the convention that applies to a package directory.
type Source interface {
	For(dir string) (*Convention, error)
}

// Fixed is a Source that gives the same convention everywhere: the
// -config flag, golangci-lint settings and tests.
type Fixed struct{ C *Convention }

// For implements Source.
func (f Fixed) For(string) (*Convention, error) { return f.C, nil }

// Finder is a Source that looks for .obslint.yml or .obslint.yaml in each
// directory from the package's up to its module root (the first directory
// with a go.mod), and falls back to Default. Results are cached, so one
// Finder serves every package of a run; it is safe for concurrent use.
type Finder struct {
	mu    sync.Mutex
	files map[string]string // dir -> convention file ("" for none)
	convs map[string]result // file -> loaded convention
}

type result struct {
	c   *Convention
	err error
}

// NewFinder returns an empty Finder.
func NewFinder() *Finder {
	return &Finder{files: make(map[string]string), convs: make(map[string]result)}
}

// For implements Source.
func (f *Finder) For(dir string) (*Convention, error) {
	file := f.File(dir)
	if file == "" {
		return Default(), nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	r, ok := f.convs[file]
	if !ok {
		r.c, r.err = Load(file)
		f.convs[file] = r
	}
	return r.c, r.err
}

// File returns the convention file that applies to dir, or "" if none.
func (f *Finder) File(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var visited []string
	file := ""
	for {
		if c, ok := f.files[dir]; ok {
			file = c
			break
		}
		visited = append(visited, dir)
		if c := findIn(dir); c != "" {
			file = c
			break
		}
		if isFile(filepath.Join(dir, "go.mod")) {
			break // module root: do not look into the enclosing module
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	for _, d := range visited {
		f.files[d] = file
	}
	return file
}

// findIn returns the convention file in dir. Anything by that name
// counts, so that a directory or a dangling symbolic link named
// .obslint.yml is reported by Load rather than silently skipped for the
// defaults.
func findIn(dir string) string {
	for _, name := range FileNames {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err == nil {
			return p
		}
	}
	return ""
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// Hash returns a digest of the contents of the convention's source files
// and of the registries it names, used to key cached analysis results: a
// changed convention or registry must not replay old findings. The
// defaults hash to "default".
func (c *Convention) Hash() string {
	files := append(slices.Clone(c.Files), c.Semconv.registryFiles()...)
	if len(files) == 0 {
		return "default"
	}
	if c.digest != "" {
		return c.digest // of the bytes Load read
	}
	h := sha256.New()
	for _, f := range files {
		data, _ := os.ReadFile(f)
		h.Write([]byte(f))
		h.Write([]byte{0})
		h.Write(data)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
