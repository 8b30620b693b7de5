package filecache

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPutGet(t *testing.T) {
	c, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	h := NewHasher("test v1")
	h.String("a")
	k := h.Sum()
	if _, ok := c.Get("kind", k); ok {
		t.Fatal("empty cache hit")
	}
	if err := c.PutBytes("kind", k, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	if data, ok := c.GetBytes("kind", k); !ok || string(data) != "hello" {
		t.Fatalf("GetBytes = %q, %v", data, ok)
	}
	if _, ok := c.Get("other", k); ok {
		t.Error("kinds share entries")
	}
	if k2, err := ParseKey(k.String()); err != nil || k2 != k {
		t.Errorf("ParseKey(%s) = %s, %v", k, k2, err)
	}
	if _, err := ParseKey("zz"); err == nil {
		t.Error("ParseKey accepted a bad key")
	}
	c.Remove("kind", k)
	if _, ok := c.Get("kind", k); ok {
		t.Error("removed entry still there")
	}
}

// TestHasherFraming checks that items are framed: moving bytes from one
// item to the next changes the key.
func TestHasherFraming(t *testing.T) {
	a, b := NewHasher("v"), NewHasher("v")
	a.String("ab")
	a.String("c")
	b.String("a")
	b.String("bc")
	if a.Sum() == b.Sum() {
		t.Error(`("ab","c") and ("a","bc") have the same key`)
	}
	c := NewHasher("w")
	c.String("ab")
	c.String("c")
	if a.Sum() == c.Sum() {
		t.Error("kinds do not separate keys")
	}
}

// TestTrim checks that Trim removes entries unused for five days, keeps
// the others, refreshes used ones, and runs at most once a day.
func TestTrim(t *testing.T) {
	dir := t.TempDir()
	c, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	c.now = func() time.Time { return now }
	old, fresh, used := NewHasher("o").Sum(), NewHasher("f").Sum(), NewHasher("u").Sum()
	for _, k := range []Key{old, fresh, used} {
		if err := c.PutBytes("k", k, []byte("x")); err != nil {
			t.Fatal(err)
		}
	}
	long := now.Add(-6 * 24 * time.Hour)
	os.Chtimes(c.Path("k", old), long, long)
	os.Chtimes(c.Path("k", used), long, long)
	if _, ok := c.Get("k", used); !ok {
		t.Fatal("entry missing")
	}
	c.Trim()
	if _, err := os.Stat(c.Path("k", old)); err == nil {
		t.Error("an entry unused for six days survived Trim")
	}
	for _, k := range []Key{fresh, used} {
		if _, err := os.Stat(c.Path("k", k)); err != nil {
			t.Errorf("Trim removed an entry in use: %v", err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "README")); err != nil {
		t.Error("Trim removed the README")
	}
	// A second Trim the same day does nothing.
	os.Chtimes(c.Path("k", fresh), long, long)
	c.Trim()
	if _, err := os.Stat(c.Path("k", fresh)); err != nil {
		t.Error("Trim ran twice in a day")
	}
}

func TestDir(t *testing.T) {
	t.Setenv(EnvVar, "off")
	if d, err := Dir(); d != "" || err != nil {
		t.Errorf("OBSLINT_CACHE=off: Dir() = %q, %v", d, err)
	}
	if Default() != nil {
		t.Error("OBSLINT_CACHE=off: Default() is not nil")
	}
	t.Setenv(EnvVar, "relative/dir")
	if _, err := Dir(); err == nil || !strings.Contains(err.Error(), "absolute") {
		t.Errorf("relative OBSLINT_CACHE: %v", err)
	}
	abs := t.TempDir()
	t.Setenv(EnvVar, abs)
	if d, err := Dir(); d != abs || err != nil {
		t.Errorf("Dir() = %q, %v; want %s", d, err, abs)
	}
}

// TestBuildID reads the test binary's build ID, which the go command
// always writes, and checks a file without one is refused.
func TestBuildID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	id, err := BuildID(exe)
	if err != nil || strings.Count(id, "/") < 1 {
		t.Fatalf("BuildID(test binary) = %q, %v", id, err)
	}
	if tid, err := ComputeToolID(exe); err != nil || tid != "buildid:"+id {
		t.Errorf("ComputeToolID = %q, %v", tid, err)
	}
	plain := filepath.Join(t.TempDir(), "plain")
	os.WriteFile(plain, []byte("#!/bin/sh\necho hi\n"), 0o755)
	if _, err := BuildID(plain); err == nil {
		t.Error("BuildID found an ID in a shell script")
	}
	if tid, err := ComputeToolID(plain); err != nil || !strings.HasPrefix(tid, "sha256:") {
		t.Errorf("ComputeToolID(script) = %q, %v; want the content hash", tid, err)
	}
	t.Setenv(ToolIDEnv, "handed-down")
	if ToolID() != "handed-down" {
		t.Error("ToolID ignores " + ToolIDEnv)
	}
}
