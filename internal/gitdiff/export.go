package gitdiff

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Export writes the tree of rev in the repository at root into dst (an
// empty directory), from the git objects: the user's work tree, index and
// worktree list are not touched. Files keep their executable bit;
// symbolic links are kept when they point inside the tree; submodules
// are left out (git archive does not descend into them).
func Export(root, rev, dst string) error {
	cmd := exec.Command("git", "-c", "core.quotePath=false", "archive", "--format=tar", rev+"^{tree}")
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	extractErr := extract(out, dst)
	io.Copy(io.Discard, out)
	if err := cmd.Wait(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("git archive %s: %s", rev, msg)
	}
	return extractErr
}

func extract(r io.Reader, dst string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.FromSlash(strings.TrimSuffix(h.Name, "/"))
		if h.Typeflag == tar.TypeXGlobalHeader || name == "" || name == "." {
			continue
		}
		if !filepath.IsLocal(name) {
			return fmt.Errorf("git archive: entry %q leaves the tree", h.Name)
		}
		target := filepath.Join(dst, name)
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			mode := os.FileMode(0o644)
			if h.Mode&0o111 != 0 {
				mode = 0o755
			}
			f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		case tar.TypeSymlink:
			// Kept only when it resolves inside the tree.
			rel := filepath.Join(filepath.Dir(name), filepath.FromSlash(h.Linkname))
			if filepath.IsAbs(h.Linkname) || !filepath.IsLocal(rel) {
				continue
			}
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			if err := os.Symlink(h.Linkname, target); err != nil {
				return err
			}
		}
	}
}

// HasCommit reports whether rev names a commit in the repository at root.
func HasCommit(root, rev string) bool {
	_, err := git(root, "rev-parse", "--verify", "--quiet", rev+"^{commit}")
	return err == nil
}

// Head returns the commit checked out in the work tree at root, or "".
func Head(root string) string {
	out, err := git(root, "rev-parse", "--verify", "--quiet", "HEAD")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
