package vetxcache

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/obslint/obslint/internal/filecache"
)

// vetx returns a well-formed vetx file's content holding types and facts.
func vetx(types, facts string) []byte {
	b := []byte("vetx\x00\x00\x00\x00\x00\x00\x00\x00" + types + facts)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(types)))
	binary.LittleEndian.PutUint32(b[8:], uint32(len(facts)))
	return b
}

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// fixture returns a vet.cfg as the go command writes it for a dependency,
// in a fresh work directory.
func fixture(t *testing.T) *Config {
	dir := t.TempDir()
	work := filepath.Join(dir, "go-build123")
	src := filepath.Join(dir, "mod", "p")
	if err := os.MkdirAll(filepath.Join(work, "b001"), 0o755); err != nil { // the action's directory
		t.Fatal(err)
	}
	return &Config{
		ID: "example.com/p", Compiler: "gc", Dir: src, ImportPath: "example.com/p", GoVersion: "go1.26",
		GoFiles: []string{
			write(t, filepath.Join(src, "p.go"), []byte("package p\n")),
			write(t, filepath.Join(work, "b002", "p.cgo1.go"), []byte("package p // cgo\n")),
		},
		ImportMap:   map[string]string{"q": "example.com/q"},
		Standard:    map[string]bool{"fmt": true},
		PackageVetx: map[string]string{"example.com/q": write(t, filepath.Join(work, "b003", "vet.out"), vetx("Q", "facts of q"))},
		VetxOnly:    true,
		VetxOutput:  filepath.Join(work, "b001", "vet.out"),
		Stdout:      filepath.Join(work, "b001", "vet.stdout"),
	}
}

// TestKey checks that the key follows every input the facts depend on,
// and ignores where the go command's work directory happens to be.
func TestKey(t *testing.T) {
	in := Inputs{Tool: "buildid:x", Flags: []string{"-json"}, Facts: "f1"}
	cfg := fixture(t)
	base, err := Key(cfg, in)
	if err != nil {
		t.Fatal(err)
	}
	same := func(name string, c *Config, in Inputs, want bool) {
		t.Helper()
		k, err := Key(c, in)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if (k == base) != want {
			t.Errorf("%s: key equal = %v, want %v", name, k == base, want)
		}
	}
	same("again", cfg, in, true)

	// Another run: another work directory, same files.
	moved := *cfg
	work2 := filepath.Join(t.TempDir(), "go-build999")
	moved.GoFiles = []string{cfg.GoFiles[0], write(t, filepath.Join(work2, "b077", "p.cgo1.go"), []byte("package p // cgo\n"))}
	moved.PackageVetx = map[string]string{"example.com/q": write(t, filepath.Join(work2, "b078", "vet.out"), vetx("Q", "facts of q"))}
	moved.VetxOutput = filepath.Join(work2, "b076", "vet.out")
	moved.ID = "example.com/p [example.com/r.test]"
	same("another work directory", &moved, in, true)

	for name, edit := range map[string]func(c *Config, in *Inputs){
		"tool":        func(c *Config, in *Inputs) { in.Tool = "buildid:y" },
		"flags":       func(c *Config, in *Inputs) { in.Flags = []string{"-json", "-instrumented=false"} },
		"fact inputs": func(c *Config, in *Inputs) { in.Facts = "f2" },
		"go version":  func(c *Config, in *Inputs) { c.GoVersion = "go1.27" },
		"import map":  func(c *Config, in *Inputs) { c.ImportMap = map[string]string{"q": "example.com/vendor/q"} },
		"source": func(c *Config, in *Inputs) {
			c.GoFiles = []string{write(t, filepath.Join(t.TempDir(), "p.go"), []byte("package p\n\nvar X int\n")), c.GoFiles[1]}
		},
		"dependency facts": func(c *Config, in *Inputs) {
			c.PackageVetx = map[string]string{"example.com/q": write(t, filepath.Join(t.TempDir(), "vet.out"), vetx("Q", "other facts"))}
		},
		"file set": func(c *Config, in *Inputs) { c.GoFiles = c.GoFiles[:1] },
	} {
		c, i := *cfg, in
		edit(&c, &i)
		same(name, &c, i, false)
	}
	missing := *cfg
	missing.GoFiles = []string{filepath.Join(t.TempDir(), "gone.go")}
	if _, err := Key(&missing, in); err == nil {
		t.Error("Key of a package whose file is missing succeeded")
	}
}

// TestExpectHarvestReplay follows one dependency through two runs: the
// first analyses it and notes its key, its dependent harvests the output,
// the second replays it.
func TestExpectHarvestReplay(t *testing.T) {
	fc, err := filecache.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	vc := New(fc)
	cfg := fixture(t)
	key, err := Key(cfg, Inputs{Tool: "t"})
	if err != nil {
		t.Fatal(err)
	}
	if vc.Replay(cfg, key) {
		t.Fatal("replayed from an empty cache")
	}
	vc.Expect(cfg, key)
	// The analysis writes the output; then a dependent runs.
	out := vetx("P", "facts of p")
	write(t, cfg.VetxOutput, out)
	dependent := &Config{PackageVetx: map[string]string{"example.com/p": cfg.VetxOutput}}
	vc.Harvest(dependent)

	next := fixture(t) // the next run: fresh work directory
	next.GoFiles[0], next.Dir = cfg.GoFiles[0], cfg.Dir
	if k, _ := Key(next, Inputs{Tool: "t"}); k != key {
		t.Fatal("the next run's key differs")
	}
	if !vc.Replay(next, key) {
		t.Fatal("not replayed after the harvest")
	}
	if got, _ := os.ReadFile(next.VetxOutput); string(got) != string(out) {
		t.Errorf("replayed %q, want %q", got, out)
	}
	if fi, err := os.Stat(next.Stdout); err != nil || fi.Size() != 0 {
		t.Errorf("stdout file: %v", err)
	}
	// A harvest does not happen twice, and a truncated output is never
	// stored.
	other := fixture(t)
	k2, _ := Key(other, Inputs{Tool: "t2"})
	vc.Expect(other, k2)
	write(t, other.VetxOutput, out[:len(out)-3])
	vc.Harvest(&Config{PackageVetx: map[string]string{"x": other.VetxOutput}})
	if vc.Replay(other, k2) {
		t.Error("a truncated vetx file was stored and replayed")
	}
}

// TestDamagedEntry checks that a damaged cache entry is dropped, not
// replayed.
func TestDamagedEntry(t *testing.T) {
	fc, _ := filecache.Open(t.TempDir())
	vc := New(fc)
	cfg := fixture(t)
	key, _ := Key(cfg, Inputs{Tool: "t"})
	fc.PutBytes(kindVetx, key, []byte("vetx\xff\xff"))
	if vc.Replay(cfg, key) {
		t.Fatal("replayed a damaged entry")
	}
	if _, ok := fc.Get(kindVetx, key); ok {
		t.Error("the damaged entry is still there")
	}
}
