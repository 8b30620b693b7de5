package gitdiff

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	diff := `diff --git a/a.go b/a.go
index 1..2 100644
--- a/a.go
+++ b/a.go
@@ -3 +3 @@ func f() {
-x
+y
@@ -10,0 +11,2 @@ func g() {
+a
+b
@@ -20,3 +21,0 @@
-gone
diff --git a/old.go b/old.go
deleted file mode 100644
--- a/old.go
+++ /dev/null
@@ -1,2 +0,0 @@
-package p
-
diff --git "a/sp ace.go" "b/sp ace.go"
--- "a/sp ace.go"
+++ "b/sp ace.go"
@@ -1 +1 @@
-a
+b
`
	got, err := Parse("/r", []byte(diff))
	if err != nil {
		t.Fatal(err)
	}
	want := Changes{
		"/r/a.go":      {{3, 3}, {11, 12}},
		"/r/sp ace.go": {{1, 1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse = %v, want %v", got, want)
	}
	if _, err := Parse("/r", []byte("+++ b/x.go\n@@ bogus @@\n")); err == nil {
		t.Error("malformed hunk: no error")
	}
}

func TestLines(t *testing.T) {
	ls := Lines{{3, 3}, {11, 12}}
	for line, want := range map[int]bool{2: false, 3: true, 4: false, 11: true, 12: true, 13: false} {
		if ls.Contains(line) != want {
			t.Errorf("Contains(%d) = %v", line, !want)
		}
	}
	if !ls.Overlaps(5, 11) || ls.Overlaps(4, 10) {
		t.Error("Overlaps is wrong")
	}
	if !All.Contains(1e6) {
		t.Error("All misses a line")
	}
}

func TestSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t", "GIT_CONFIG_GLOBAL=/dev/null")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("init", "-q")
	write("a.go", "1\n2\n3\n4\n")
	write(".gitignore", "ignored.go\n")
	run("add", ".")
	run("commit", "-q", "-m", "base")
	write("a.go", "1\ntwo\n3\n4\n5\n") // line 2 changed (uncommitted), 5 added
	write("new.go", "x\n")
	write("ignored.go", "x\n")

	ch, err := Since(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	root, _ := Root(dir)
	if got := ch[filepath.Join(root, "a.go")]; !reflect.DeepEqual(got, Lines{{2, 2}, {5, 5}}) {
		t.Errorf("a.go: %v, want [{2 2} {5 5}]", got)
	}
	if got := ch[filepath.Join(root, "new.go")]; !reflect.DeepEqual(got, All) {
		t.Errorf("untracked new.go: %v, want All", got)
	}
	if _, ok := ch[filepath.Join(root, "ignored.go")]; ok {
		t.Error("ignored file reported as changed")
	}
	if _, err := Since(dir, "no-such-rev"); err == nil || !strings.Contains(err.Error(), "no-such-rev") {
		t.Errorf("bad rev: err = %v", err)
	}
}

// TestSinceWithDeletions: a line removed from the middle of a function
// (openfga: an argument dropped from a call) is a place between two lines;
// a function holding both counts as changed, one ending before it does not.
func TestSinceWithDeletions(t *testing.T) {
	root := "/repo"
	diff := "diff --git a/a.go b/a.go\n--- a/a.go\n+++ b/a.go\n@@ -4 +3,0 @@ func f() {\n-\tx,\n@@ -9 +9 @@\n-a\n+b\n"
	ch, err := parse(root, []byte(diff), true)
	if err != nil {
		t.Fatal(err)
	}
	got := ch[filepath.Join(root, "a.go")]
	if !reflect.DeepEqual(got, Lines{{4, 3}, {9, 9}}) {
		t.Fatalf("lines %v, want [{4 3} {9 9}]", got)
	}
	if !got.Overlaps(1, 5) || got.Overlaps(1, 3) || got.Overlaps(4, 8) || got.Contains(3) || got.Contains(4) {
		t.Errorf("the deletion between lines 3 and 4: Overlaps(1,5) %v, (1,3) %v, (4,8) %v; Contains(3) %v, (4) %v",
			got.Overlaps(1, 5), got.Overlaps(1, 3), got.Overlaps(4, 8), got.Contains(3), got.Contains(4))
	}
	if ch, _ := Parse(root, []byte(diff)); !reflect.DeepEqual(ch[filepath.Join(root, "a.go")], Lines{{9, 9}}) {
		t.Errorf("Parse (lint's new lines) keeps deletions: %v", ch)
	}
}
