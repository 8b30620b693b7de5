package filecache

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"sync"
)

// ToolIDEnv names the environment variable in which the lint command
// hands its identity down to the vet tool processes go vet starts, so
// that no process but one works it out.
const ToolIDEnv = "OBSLINT_TOOLID"

// ToolID returns the identity of the running obslint executable, part of
// every key (results of another build must not be replayed): $OBSLINT_TOOLID
// when the lint command set it, else the Go build ID the linker wrote into
// the executable, whose last part is a hash of the executable's content.
// Reading it costs a few kilobytes of I/O, not a hash of the executable. It
// returns "" when neither is available; callers then do not cache.
func ToolID() string {
	if id := os.Getenv(ToolIDEnv); id != "" {
		return id
	}
	selfOnce.Do(func() {
		if exe, err := os.Executable(); err == nil {
			if id, err := BuildID(exe); err == nil && id != "" {
				selfID = "buildid:" + id
			}
		}
	})
	return selfID
}

var (
	selfOnce sync.Once
	selfID   string
)

// ComputeToolID returns the identity of the executable exe: its Go build
// ID, else the SHA-256 of its content (a binary linked with -buildid=).
func ComputeToolID(exe string) (string, error) {
	if id, err := BuildID(exe); err == nil && id != "" {
		return "buildid:" + id, nil
	}
	sum, err := FileSum(exe)
	if err != nil {
		return "", err
	}
	return "sha256:" + sum, nil
}

// BuildID reads the Go build ID of an executable: the .note.go.buildid
// ELF note, or, in other formats, the "\xff Go build ID: ..." string the
// linker puts at the start of the text segment (as cmd/go's buildid
// reader does, within the first 32 KiB).
func BuildID(exe string) (string, error) {
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if ef, err := elf.NewFile(f); err == nil {
		if s := ef.Section(".note.go.buildid"); s != nil {
			data, err := s.Data()
			if err != nil {
				return "", err
			}
			return goNote(data, ef.ByteOrder)
		}
		return "", errors.New("no Go build ID note")
	}
	head := make([]byte, 32<<10)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF {
		return "", err
	}
	head = head[:n]
	const marker = "\xff Go build ID: \""
	i := bytes.Index(head, []byte(marker))
	if i < 0 {
		return "", errors.New("no Go build ID")
	}
	rest := head[i+len(marker):]
	j := bytes.IndexByte(rest, '"')
	if j <= 0 {
		return "", errors.New("malformed Go build ID")
	}
	return string(rest[:j]), nil
}

// goNote decodes an ELF note named "Go" of type 4 (the build ID).
func goNote(data []byte, bo binary.ByteOrder) (string, error) {
	if len(data) < 16 {
		return "", errors.New("short Go build ID note")
	}
	namesz, descsz, typ := bo.Uint32(data), bo.Uint32(data[4:]), bo.Uint32(data[8:])
	name := data[12:]
	if namesz != 4 || typ != 4 || len(name) < 4 || string(name[:3]) != "Go\x00" {
		return "", errors.New("not a Go build ID note")
	}
	desc := name[4:]
	if uint32(len(desc)) < descsz || descsz == 0 {
		return "", errors.New("short Go build ID note")
	}
	return string(desc[:descsz]), nil
}
