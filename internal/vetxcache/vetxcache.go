// Package vetxcache keeps the facts the vet tool computes for dependency
// packages across convention edits.
//
// Under go vet, obslint's facts and findings live in the go build cache,
// keyed by the go command on the tool, its flags and the package. The
// lint command passes the convention's digest as a flag (-confighash), so
// that editing .obslint.yml re-analyses instead of replaying stale
// findings; but a flag is part of every package's key, so the edit also
// re-runs the tool on every dependency and standard library package,
// which go vet asks for only their facts (VetxOnly). Those facts depend
// on little of the convention (convention.FactInputs), and on nothing
// else that changed.
//
// So, for a VetxOnly package, the vet tool first looks here, under a key
// of everything its output depends on: the tool's identity, its flags but
// the convention digest, the go command's description of the package
// (import path, Go version, import map, files and their contents), the
// content of every direct dependency's vetx file (their types and facts),
// and the digest of the convention's fact inputs. On a hit it copies the
// cached output to where the go command expects it and exits: no parsing,
// no type checking, no analysis.
//
// Storing is indirect, because unitchecker exits the process once it has
// written the output: on a miss the tool leaves a note saying which key
// the output file will hold, and the first dependent package's tool
// process (go vet runs it only after the dependency succeeded) copies the
// file into the cache. Every VetxOnly package has a dependent by
// definition; one that go vet does not re-run leaves its dependency
// uncached until next time, which costs time, not correctness.
package vetxcache

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/filecache"
)

// Config is what the cache reads of the go command's vet.cfg (see
// unitchecker.Config and cmd/go's vetConfig).
type Config struct {
	ID            string
	Compiler      string
	Dir           string
	ImportPath    string
	GoVersion     string
	GoFiles       []string
	NonGoFiles    []string
	IgnoredFiles  []string
	ModulePath    string
	ModuleVersion string
	Module        json.RawMessage
	ImportMap     map[string]string
	Standard      map[string]bool
	PackageVetx   map[string]string
	VetxOnly      bool
	VetxOutput    string
	Stdout        string
}

// ReadConfig reads a vet.cfg file.
func ReadConfig(file string) (*Config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	cfg := new(Config)
	if err := json.Unmarshal(data, cfg); err != nil {
		return nil, fmt.Errorf("cannot decode vet config %s: %v", file, err)
	}
	return cfg, nil
}

// Inputs are the vet tool's part of a key.
type Inputs struct {
	Tool  string   // the tool's identity (filecache.ToolID)
	Flags []string // the tool's flags that can change its output
	Facts string   // digest of the convention's fact inputs
}

// keyVersion changes when the key's layout or the entries' format does.
const keyVersion = "obslint vetx 1"

// Key returns the key of the vetx output of the package cfg describes.
func Key(cfg *Config, in Inputs) (filecache.Key, error) {
	h := filecache.NewHasher(keyVersion)
	h.String(in.Tool)
	h.String(build.Default.GOOS + "/" + build.Default.GOARCH + "/" + cfg.Compiler)
	h.String(strings.Join(in.Flags, "\x00"))
	h.String(in.Facts)
	h.String(cfg.ImportPath)
	h.String(cfg.Dir)
	h.String(cfg.GoVersion)
	h.String(cfg.ModulePath + "@" + cfg.ModuleVersion)
	h.Bytes(cfg.Module)
	work := workDir(cfg)
	for _, f := range cfg.GoFiles {
		h.String(stableName(f, work))
		if err := h.File(f); err != nil {
			return filecache.Key{}, err
		}
	}
	h.String("nongo")
	for _, f := range cfg.NonGoFiles {
		h.String(stableName(f, work))
		if err := h.File(f); err != nil {
			return filecache.Key{}, err
		}
	}
	h.String("ignored")
	for _, f := range cfg.IgnoredFiles {
		h.String(stableName(f, work))
	}
	h.String("importmap")
	for _, k := range sortedKeys(cfg.ImportMap) {
		h.String(k + "=" + cfg.ImportMap[k])
	}
	h.String("standard")
	for _, k := range sortedKeys(cfg.Standard) {
		if cfg.Standard[k] {
			h.String(k)
		}
	}
	h.String("vetx")
	for _, path := range sortedKeys(cfg.PackageVetx) {
		h.String(path)
		if err := h.File(cfg.PackageVetx[path]); err != nil {
			return filecache.Key{}, err
		}
	}
	return h.Sum(), nil
}

// workDir returns the go command's temporary work directory ($WORK), the
// parent of the action directory that holds the vet output, or "".
func workDir(cfg *Config) string {
	if cfg.VetxOutput == "" {
		return ""
	}
	return filepath.Dir(filepath.Dir(cfg.VetxOutput))
}

// stableName names a file for the key: files the go command generated in
// its work directory (cgo's output) are named by their base name, since
// the work directory and the action's number in it change every run; the
// content, hashed next to it, is what matters.
func stableName(file, work string) string {
	if work != "" && strings.HasPrefix(file, work+string(filepath.Separator)) {
		return "$WORK/" + filepath.Base(file)
	}
	return file
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Cache is a vetx cache over a file cache.
type Cache struct{ c *filecache.Cache }

// New returns a vetx cache stored in c.
func New(c *filecache.Cache) *Cache { return &Cache{c: c} }

const (
	kindVetx    = "vetx"
	kindPending = "vetx-pending"
)

// Replay writes the cached output of key where the go command expects the
// package's vetx output (and an empty stdout file, as unitchecker leaves
// in VetxOnly mode), and reports whether it did.
func (vc *Cache) Replay(cfg *Config, key filecache.Key) bool {
	if cfg.VetxOutput == "" {
		return false
	}
	src, ok := vc.c.Get(kindVetx, key)
	if !ok {
		return false
	}
	if err := checkVetx(src); err != nil {
		vc.c.Remove(kindVetx, key) // damaged: recompute
		return false
	}
	if err := linkOrCopy(src, cfg.VetxOutput); err != nil {
		return false
	}
	if cfg.Stdout != "" {
		if err := os.WriteFile(cfg.Stdout, nil, 0o666); err != nil {
			return false
		}
	}
	return true
}

// Expect notes that cfg's vetx output file will hold the output of key
// once the analysis succeeds, for a dependent's Harvest.
func (vc *Cache) Expect(cfg *Config, key filecache.Key) {
	if cfg.VetxOutput == "" {
		return
	}
	vc.c.PutBytes(kindPending, noteKey(cfg.VetxOutput), []byte(key.String()))
}

// Harvest stores in the cache the vetx outputs of cfg's dependencies that
// a note expects: the go command runs a package's vet tool only after its
// dependencies' succeeded, so their output files are complete.
func (vc *Cache) Harvest(cfg *Config) {
	for _, file := range cfg.PackageVetx {
		nk := noteKey(file)
		data, ok := vc.c.GetBytes(kindPending, nk)
		if !ok {
			continue
		}
		vc.c.Remove(kindPending, nk)
		key, err := filecache.ParseKey(string(data))
		if err != nil || checkVetx(file) != nil {
			continue
		}
		vc.c.PutFile(kindVetx, key, file)
	}
}

// noteKey is the key of the note about a vetx output file. The go
// command's work directories are fresh temporary directories, so a path
// names one output of one run.
func noteKey(file string) filecache.Key {
	h := filecache.NewHasher("obslint vetx note 1")
	h.String(file)
	return h.Sum()
}

// checkVetx checks a vetx file's header (as unitchecker writes it: "vetx",
// then the little-endian lengths of the types and facts sections) against
// its size, so that a truncated file is never replayed.
func checkVetx(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	var hdr [12]byte
	if _, err := io.ReadFull(f, hdr[:]); err != nil {
		return err
	}
	if !bytes.Equal(hdr[:4], []byte("vetx")) {
		return errors.New("not a vetx file")
	}
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	n := 12 + uint64(binary.LittleEndian.Uint32(hdr[4:8])) + uint64(binary.LittleEndian.Uint32(hdr[8:12]))
	if n != uint64(fi.Size()) {
		return fmt.Errorf("vetx file %s: header says %d bytes, file has %d", file, n, fi.Size())
	}
	return nil
}

// linkOrCopy makes dst hold src's content: a hard link when both are on
// one file system (entries are never modified in place), else a copy.
func linkOrCopy(src, dst string) error {
	os.Remove(dst)
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}
