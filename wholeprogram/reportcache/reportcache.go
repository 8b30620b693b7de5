// Package reportcache keeps computed coverage reports, so that a second
// "obslint report" over unchanged code replays the report instead of
// type-checking the module and building its call graph again (issue 18:
// a warm report costs what a warm go vet costs).
//
// A report is a function of the whole program, so the key is made of
// everything program.Load and coverage.Compute read: the list of packages
// the patterns match and their dependencies as "go list -deps -export"
// gives it (the listing itself costs about half a warm go vet), the
// content of every source file of the matched packages, the identity of
// every package's export data (from which dependencies are typed: files
// in the go build cache are named by the hash of their content, others
// are hashed), the imports of the matched packages' tests (the report
// leaves out packages only tests use), the conventions' digest, the
// command's settings (call graph algorithm, build tags, tests), the day
// (dated //obslint:ignore waivers expire) and obslint's own identity. A
// change to any of them is a miss, as is a change to the go command's
// environment that decides what is built and how (GOOS, GOARCH, GOFLAGS,
// GOEXPERIMENT, CGO_ENABLED, the toolchain, the workspace, ...: see
// goEnvVars) and to any go.mod, go.sum, go.work or vendor/modules.txt of
// the modules the matched packages belong to. Runs that had load errors
// are not stored.
//
// The cache holds the report model, not a rendering: every format is
// rendered from it, so -format is not part of the key.
package reportcache

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/filecache"
	"github.com/obslint/obslint/wholeprogram/coverage"
)

// Inputs describe one report run.
type Inputs struct {
	Dir      string   // directory the patterns are resolved in ("" = current)
	Env      []string // the go command's environment (nil = this process's)
	Patterns []string
	Tags     string // build tags
	Tests    bool   // test packages included
	// Tool is obslint's identity (filecache.ToolID); without one nothing
	// is cached.
	Tool string
	// Conventions returns the digest of the conventions that apply to
	// the matched packages' directories (and fails on a broken one).
	Conventions func(dirs []string) (string, error)
	// Settings are the other choices that change the report (call graph
	// algorithm, the day), as "name=value".
	Settings []string
}

// Entry is a cached report.
type Entry struct {
	Report *coverage.Report
	// ModuleDir is the root of the module the report is about, which
	// renderers and callers name files against.
	ModuleDir string
}

const (
	keyVersion = "obslint report 2"
	kind       = "report"
)

// listed is what the key reads of go list's output.
type listed struct {
	ImportPath, Dir, Export                      string
	DepOnly, Standard                            bool
	GoFiles, CgoFiles, TestGoFiles, XTestGoFiles []string
	TestImports, XTestImports                    []string
	Module                                       *struct{ Path, Dir, GoMod string }
	Error                                        *struct{ Err string }
}

// Key lists the program and returns the key of its report.
func Key(in Inputs) (filecache.Key, error) {
	if in.Tool == "" {
		return filecache.Key{}, errors.New("no tool identity")
	}
	args := []string{"list", "-e", "-deps", "-export", "-json=ImportPath,Dir,Export,DepOnly,Standard,GoFiles,CgoFiles,TestGoFiles,XTestGoFiles,TestImports,XTestImports,Module,Error"}
	if in.Tests {
		args = append(args, "-test")
	}
	if in.Tags != "" {
		args = append(args, "-tags="+in.Tags)
	}
	args = append(append(args, "--"), in.Patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = in.Dir
	cmd.Env = in.Env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return filecache.Key{}, fmt.Errorf("go list: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	h := filecache.NewHasher(keyVersion)
	h.String(in.Tool)
	env, err := goEnv(in)
	if err != nil {
		return filecache.Key{}, err
	}
	h.String(env)
	for _, v := range processEnvVars {
		val, ok := lookupEnv(in.Env, v)
		h.String(fmt.Sprintf("%s=%v:%s", v, ok, val))
	}
	h.String(in.Tags)
	h.String(fmt.Sprint(in.Tests))
	h.String(strings.Join(in.Patterns, "\x00"))
	h.String(strings.Join(in.Settings, "\x00"))
	// go list's warnings (a pattern matching nothing) change the report's
	// errors.
	h.String(stderr.String())
	var dirs []string
	modFiles := make(map[string]bool)
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listed
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return filecache.Key{}, fmt.Errorf("reading go list output: %v", err)
		}
		if p.Error != nil {
			return filecache.Key{}, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		h.String(p.ImportPath)
		h.String(fmt.Sprint(p.DepOnly, p.Standard))
		if p.Export != "" {
			id, err := exportID(p.Export)
			if err != nil {
				return filecache.Key{}, err
			}
			h.String(id)
		}
		if p.DepOnly {
			continue
		}
		// A package loaded from source: its files, where it is, and what
		// its tests import.
		dirs = append(dirs, p.Dir)
		h.String(p.Dir)
		if p.Module != nil {
			h.String(p.Module.Path + "\x00" + p.Module.Dir)
			if p.Module.GoMod != "" {
				modFiles[p.Module.GoMod] = true
				d := filepath.Dir(p.Module.GoMod)
				modFiles[filepath.Join(d, "go.sum")] = true
				modFiles[filepath.Join(d, "vendor", "modules.txt")] = true
			}
		}
		files := append(append([]string{}, p.GoFiles...), p.CgoFiles...)
		if in.Tests {
			files = append(append(files, p.TestGoFiles...), p.XTestGoFiles...)
		}
		for _, f := range files {
			h.String(f)
			if err := h.File(filepath.Join(p.Dir, f)); err != nil {
				return filecache.Key{}, err
			}
		}
		h.String(strings.Join(p.TestImports, ","))
		h.String(strings.Join(p.XTestImports, ","))
	}
	// The module files, in a fixed order; a missing file counts as
	// such (one appearing is a change too).
	names := make([]string, 0, len(modFiles))
	for f := range modFiles {
		names = append(names, f)
	}
	sort.Strings(names)
	for _, f := range names {
		h.String(f)
		if err := h.File(f); err != nil {
			if !errors.Is(err, os.ErrNotExist) {
				return filecache.Key{}, err
			}
			h.String("missing")
		}
	}
	if in.Conventions == nil {
		return filecache.Key{}, errors.New("no convention digest")
	}
	conv, err := in.Conventions(dirs)
	if err != nil {
		return filecache.Key{}, err
	}
	h.String(conv)
	return h.Sum(), nil
}

// goEnvVars are the go command's settings that change what is listed,
// built or type-checked. "go env" reports them whatever sets them (the
// environment, the go env file, the toolchain's defaults).
var goEnvVars = []string{
	"GOOS", "GOARCH", "GOAMD64", "GOARM", "GOARM64", "GO386", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM",
	"GOFLAGS", "GOEXPERIMENT", "GODEBUG", "CGO_ENABLED", "CC", "CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_LDFLAGS",
	"GOVERSION", "GOROOT", "GOTOOLCHAIN", "GOWORK", "GOMOD", "GO111MODULE", "GOPATH", "GOMODCACHE", "GOINSECURE",
}

// processEnvVars are read by go/packages or obslint itself rather than
// by the go command.
var processEnvVars = []string{"GOPACKAGESDRIVER"}

// goEnv returns the go command's settings (goEnvVars) and the content of
// the workspace file, if any, as one string.
func goEnv(in Inputs) (string, error) {
	cmd := exec.Command("go", append([]string{"env", "-json"}, goEnvVars...)...)
	cmd.Dir = in.Dir
	cmd.Env = in.Env
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env: %v", err)
	}
	var env map[string]string
	if err := json.Unmarshal(out, &env); err != nil {
		return "", fmt.Errorf("go env: %v", err)
	}
	var b strings.Builder
	for _, v := range goEnvVars {
		fmt.Fprintf(&b, "%s=%s\x00", v, env[v])
	}
	if w := env["GOWORK"]; w != "" && w != "off" {
		for _, f := range []string{w, w + ".sum"} {
			data, err := os.ReadFile(f)
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				return "", err
			}
			fmt.Fprintf(&b, "%s:%d:%s\x00", f, len(data), data)
		}
	}
	return b.String(), nil
}

// lookupEnv looks v up in env, or in this process's environment when env
// is nil (as exec.Cmd does).
func lookupEnv(env []string, v string) (string, bool) {
	if env == nil {
		return os.LookupEnv(v)
	}
	val, ok := "", false
	for _, kv := range env {
		if k, x, found := strings.Cut(kv, "="); found && k == v {
			val, ok = x, true // the last one wins
		}
	}
	return val, ok
}

// cacheName matches the go build cache's output files, named by the
// SHA-256 of their content: "<64 hex digits>-d".
var cacheName = regexp.MustCompile(`^[0-9a-f]{64}-d$`)

// exportID identifies an export data file by its content: by its name
// when the go build cache named it so, else by hashing it (a GOCACHEPROG
// that names files otherwise).
func exportID(file string) (string, error) {
	if base := filepath.Base(file); cacheName.MatchString(base) {
		return base, nil
	}
	sum, err := filecache.FileSum(file)
	if err != nil {
		return "", fmt.Errorf("export data: %v", err)
	}
	return sum, nil
}

// stored is an entry as the cache holds it: JSON, which (unlike gob)
// tells an empty list from none, as the JSON rendering does, with the
// call graphs the HTML rendering draws, which the report's JSON leaves
// out, beside it.
type stored struct {
	Report    *coverage.Report
	Graphs    []*coverage.Graph // of Report.EntryPoints, by index
	ModuleDir string
}

// Get returns the cached report of key.
func Get(c *filecache.Cache, key filecache.Key) (*Entry, bool) {
	data, ok := c.GetBytes(kind, key)
	if !ok {
		return nil, false
	}
	var s stored
	if err := json.Unmarshal(data, &s); err != nil || s.Report == nil || len(s.Graphs) != len(s.Report.EntryPoints) {
		c.Remove(kind, key) // damaged, or another format: recompute
		return nil, false
	}
	for i, g := range s.Graphs {
		s.Report.EntryPoints[i].Graph = g
	}
	return &Entry{Report: s.Report, ModuleDir: s.ModuleDir}, true
}

// Put stores the report of key.
func Put(c *filecache.Cache, key filecache.Key, e *Entry) error {
	s := stored{Report: e.Report, ModuleDir: e.ModuleDir, Graphs: make([]*coverage.Graph, len(e.Report.EntryPoints))}
	for i := range e.Report.EntryPoints {
		s.Graphs[i] = e.Report.EntryPoints[i].Graph
	}
	data, err := json.Marshal(&s)
	if err != nil {
		return err
	}
	return c.PutBytes(kind, key, data)
}
