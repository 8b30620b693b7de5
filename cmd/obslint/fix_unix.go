//go:build unix

package main

import (
	"os"
	"syscall"
)

// copyOwner gives tmp the owner and group of the file it replaces, where
// the process may (as root; otherwise the file is already the user's).
func copyOwner(tmp *os.File, fi os.FileInfo) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && (int(st.Uid) != os.Getuid() || int(st.Gid) != os.Getgid()) {
		_ = tmp.Chown(int(st.Uid), int(st.Gid))
	}
}
