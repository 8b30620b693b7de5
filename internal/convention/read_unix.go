//go:build unix

package convention

import (
	"os"
	"syscall"
)

// openNoBlock opens name for reading without blocking on a FIFO that has
// no writer (readFile has already refused anything but a regular file;
// this closes the window in which one could be swapped in).
func openNoBlock(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
