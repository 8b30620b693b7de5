package gitdiff

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestExport: the tree of a revision is written from the git objects,
// and the work tree (changed since) is left alone.
func TestExport(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	repo := t.TempDir()
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_GLOBAL=/dev/null")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	os.MkdirAll(filepath.Join(repo, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(repo, "a", "b", "x.go"), []byte("package b\n"), 0o644)
	os.WriteFile(filepath.Join(repo, "run.sh"), []byte("#!/bin/sh\n"), 0o755)
	os.Symlink("a/b/x.go", filepath.Join(repo, "link.go"))
	os.Symlink("../../etc/passwd", filepath.Join(repo, "escape"))
	git("init", "-q")
	git("add", ".")
	git("commit", "-q", "-m", "one")
	os.WriteFile(filepath.Join(repo, "a", "b", "x.go"), []byte("package b // changed\n"), 0o644)
	status := git("status", "--porcelain")

	dst := t.TempDir()
	if err := Export(repo, "HEAD", dst); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dst, "a", "b", "x.go")); string(data) != "package b\n" {
		t.Errorf("x.go = %q, want the committed content", data)
	}
	if st, err := os.Stat(filepath.Join(dst, "run.sh")); err != nil || st.Mode()&0o100 == 0 {
		t.Errorf("run.sh lost its executable bit: %v %v", st, err)
	}
	if target, err := os.Readlink(filepath.Join(dst, "link.go")); err != nil || target != "a/b/x.go" {
		t.Errorf("link.go: %q %v", target, err)
	}
	if _, err := os.Lstat(filepath.Join(dst, "escape")); err == nil {
		t.Error("a symbolic link leaving the tree was written")
	}
	if s := git("status", "--porcelain"); s != status {
		t.Errorf("work tree status changed: %q, was %q", s, status)
	}
	if err := Export(repo, "nope", t.TempDir()); err == nil {
		t.Error("an unknown revision exported")
	}
}
