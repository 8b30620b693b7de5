// Package filecache is obslint's own on-disk cache, for the results the go
// build cache cannot hold for it: dependency facts that stay valid across
// convention edits (internal/vetxcache) and whole coverage reports
// (wholeprogram/reportcache).
//
// It follows the go build cache's rules: entries are files named by the
// hex SHA-256 key of everything that went into them, written atomically
// (temporary file, then rename), never modified; an entry's modification
// time is refreshed when it is used (at most once an hour) and Trim, run
// at most once a day, removes entries unused for five days. The cache
// never reaches the network. Losing it costs time, never correctness.
//
// Its directory is $OBSLINT_CACHE, else "obslint" in the user's cache
// directory (os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache on Linux);
// OBSLINT_CACHE=off disables it, as GOCACHE=off once did for go.
package filecache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// EnvVar names the environment variable that sets the cache directory.
const EnvVar = "OBSLINT_CACHE"

// Key identifies an entry: the SHA-256 of its inputs.
type Key [sha256.Size]byte

func (k Key) String() string { return hex.EncodeToString(k[:]) }

// ParseKey parses a key's String form.
func ParseKey(s string) (Key, error) {
	var k Key
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != len(k) {
		return k, fmt.Errorf("invalid cache key %q", s)
	}
	copy(k[:], b)
	return k, nil
}

// Cache is a cache directory.
type Cache struct {
	dir string
	now func() time.Time
}

// Dir returns the cache directory that applies: $OBSLINT_CACHE, else
// obslint's directory in the user cache directory. It returns "" with a
// nil error when caching is off.
func Dir() (string, error) {
	switch d := os.Getenv(EnvVar); {
	case d == "off":
		return "", nil
	case d != "":
		if !filepath.IsAbs(d) {
			return "", fmt.Errorf("%s=%s is not an absolute path", EnvVar, d)
		}
		return d, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory (set %s): %v", EnvVar, err)
	}
	return filepath.Join(base, "obslint"), nil
}

// Default opens the cache Dir names; nil when caching is off or the
// directory cannot be created (the caller then works uncached).
func Default() *Cache {
	dir, err := Dir()
	if err != nil || dir == "" {
		return nil
	}
	c, err := Open(dir)
	if err != nil {
		return nil
	}
	return c
}

// Open opens (creating it if need be) the cache in dir.
func Open(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("cache directory: %v", err)
	}
	readme := filepath.Join(dir, "README")
	if _, err := os.Stat(readme); err != nil {
		// Like the go build cache's README: say what this is, so that
		// nobody fears deleting it.
		os.WriteFile(readme, []byte("This directory holds cached obslint results; it is safe to delete.\nSee https://github.com/obslint/obslint/blob/main/docs/performance.md.\n"), 0o666)
	}
	return &Cache{dir: dir, now: time.Now}, nil
}

// Path returns the file of entry key in the given kind (a subdirectory:
// "vetx", "report", ...), which may not exist.
func (c *Cache) Path(kind string, key Key) string {
	h := key.String()
	return filepath.Join(c.dir, kind, h[:2], h)
}

// refreshAfter is how old an entry's modification time may get before a
// use refreshes it; Trim removes entries older than trimAge.
const (
	refreshAfter = time.Hour
	trimAge      = 5 * 24 * time.Hour
	trimEvery    = 24 * time.Hour
)

// Get returns the file of entry key, if the cache has it, and marks it
// used.
func (c *Cache) Get(kind string, key Key) (string, bool) {
	p := c.Path(kind, key)
	fi, err := os.Stat(p)
	if err != nil || !fi.Mode().IsRegular() {
		return "", false
	}
	if now := c.now(); now.Sub(fi.ModTime()) > refreshAfter {
		os.Chtimes(p, now, now) // best effort, as the go cache does
	}
	return p, true
}

// GetBytes returns the content of entry key.
func (c *Cache) GetBytes(kind string, key Key) ([]byte, bool) {
	p, ok := c.Get(kind, key)
	if !ok {
		return nil, false
	}
	data, err := os.ReadFile(p)
	return data, err == nil
}

// Put stores the content r yields as entry key.
func (c *Cache) Put(kind string, key Key, r io.Reader) error {
	p := c.Path(kind, key)
	if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = io.Copy(tmp, r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// PutBytes stores data as entry key.
func (c *Cache) PutBytes(kind string, key Key, data []byte) error {
	return c.Put(kind, key, bytes.NewReader(data))
}

// PutFile stores the content of file as entry key.
func (c *Cache) PutFile(kind string, key Key, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	return c.Put(kind, key, f)
}

// Remove deletes entry key, if present.
func (c *Cache) Remove(kind string, key Key) {
	os.Remove(c.Path(kind, key))
}

// Trim removes the entries unused for five days, at most once a day (a
// stamp file says when it last ran). Errors are ignored: a cache that
// cannot be trimmed still works.
func (c *Cache) Trim() {
	now := c.now()
	stamp := filepath.Join(c.dir, "trim.txt")
	if data, err := os.ReadFile(stamp); err == nil {
		if t, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && now.Sub(time.Unix(t, 0)) < trimEvery {
			return
		}
	}
	// Write the stamp first, so that concurrent runs do not all trim.
	os.WriteFile(stamp, []byte(strconv.FormatInt(now.Unix(), 10)+"\n"), 0o666)
	cutoff := now.Add(-trimAge)
	filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return nil // unreadable: skip, do not stop
		}
		if d.IsDir() || p == stamp || filepath.Base(p) == "README" {
			return nil
		}
		if fi, err := d.Info(); err == nil && fi.ModTime().Before(cutoff) {
			os.Remove(p)
		}
		return nil
	})
}

// Hasher accumulates the inputs of a key. Each item is written with its
// length, so that ("ab", "c") and ("a", "bc") differ.
type Hasher struct{ h hashWriter }

type hashWriter interface {
	io.Writer
	Sum([]byte) []byte
}

// NewHasher starts a key for a kind of result; the kind and its format
// version are its first input, so that kinds never share keys.
func NewHasher(kindVersion string) *Hasher {
	h := &Hasher{h: sha256.New()}
	h.String(kindVersion)
	return h
}

// String adds s.
func (h *Hasher) String(s string) {
	fmt.Fprintf(h.h, "%d:%s;", len(s), s)
}

// Bytes adds b.
func (h *Hasher) Bytes(b []byte) {
	fmt.Fprintf(h.h, "%d:", len(b))
	h.h.Write(b)
	h.h.Write([]byte{';'})
}

// File adds the content of the named file, or fails.
func (h *Hasher) File(name string) error {
	sum, err := FileSum(name)
	if err != nil {
		return err
	}
	h.String(sum)
	return nil
}

// Sum returns the key.
func (h *Hasher) Sum() Key {
	var k Key
	copy(k[:], h.h.Sum(nil))
	return k
}

// FileSum returns the hex SHA-256 of a file's content.
func FileSum(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
