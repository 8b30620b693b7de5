// Command sharedcache is a GOCACHEPROG program (the protocol of
// cmd/go/internal/cacheprog) whose cache is a directory shared between
// machines — in the tests, between two runs with separate local caches —
// the smallest stand-in for the remote caches large monorepos put behind
// GOCACHEPROG. It exists to prove that obslint's results, which live in
// the go build cache, distribute through it (issue 18); it is not meant
// for production.
//
// Usage:
//
//	GOCACHEPROG="sharedcache -shared DIR -local DIR [-log FILE]" go vet ...
//
// An object is stored in the shared directory as o/<output id> (its body)
// and a/<action id> (the output id, size and time, as JSON); the go
// command reads bodies from copies in the local directory, which must be
// on this machine's disk. -log appends one line per request ("get hit",
// "get miss", "put"), for the tests to count.
package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// request and response are cmd/go/internal/cacheprog's Request and
// Response.
type request struct {
	ID       int64
	Command  string
	ActionID []byte `json:",omitempty"`
	OutputID []byte `json:",omitempty"`
	BodySize int64  `json:",omitempty"`
}

type response struct {
	ID            int64
	Err           string     `json:",omitempty"`
	KnownCommands []string   `json:",omitempty"`
	Miss          bool       `json:",omitempty"`
	OutputID      []byte     `json:",omitempty"`
	Size          int64      `json:",omitempty"`
	Time          *time.Time `json:",omitempty"`
	DiskPath      string     `json:",omitempty"`
}

// action is what a/<action id> holds.
type action struct {
	OutputID string
	Size     int64
	Time     time.Time
}

type cache struct {
	shared, local string
	mu            sync.Mutex
	log           io.Writer
}

func main() {
	shared := flag.String("shared", "", "shared cache `dir`")
	local := flag.String("local", "", "this machine's `dir` for the bodies the go command reads")
	logFile := flag.String("log", "", "append a line per request to `file`")
	flag.Parse()
	log.SetPrefix("sharedcache: ")
	log.SetFlags(0)
	if *shared == "" || *local == "" {
		log.Fatal("-shared and -local are required")
	}
	c := &cache{shared: *shared, local: *local, log: io.Discard}
	for _, d := range []string{filepath.Join(c.shared, "a"), filepath.Join(c.shared, "o"), c.local} {
		if err := os.MkdirAll(d, 0o777); err != nil {
			log.Fatal(err)
		}
	}
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o666)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		c.log = f
	}
	if err := c.serve(os.Stdin, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// serve answers requests until "close" or the end of the input.
func (c *cache) serve(in io.Reader, out io.Writer) error {
	w := bufio.NewWriter(out)
	enc := json.NewEncoder(w)
	if err := enc.Encode(response{KnownCommands: []string{"get", "put", "close"}}); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	dec := json.NewDecoder(bufio.NewReader(in))
	for {
		var req request
		if err := dec.Decode(&req); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		var resp response
		switch req.Command {
		case "get":
			resp = c.get(req)
		case "put":
			var body []byte
			if req.BodySize > 0 {
				// The body follows as a JSON string of its base64.
				if err := dec.Decode(&body); err != nil {
					return fmt.Errorf("reading the body of request %d: %v", req.ID, err)
				}
			}
			resp = c.put(req, body)
		case "close":
			resp = response{ID: req.ID}
		default:
			resp = response{ID: req.ID, Err: "unknown command " + req.Command}
		}
		resp.ID = req.ID
		if err := enc.Encode(resp); err != nil {
			return err
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if req.Command == "close" {
			return nil
		}
	}
}

func (c *cache) logf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(c.log, format+"\n", args...)
}

func (c *cache) get(req request) response {
	data, err := os.ReadFile(filepath.Join(c.shared, "a", hex.EncodeToString(req.ActionID)))
	if errors.Is(err, fs.ErrNotExist) {
		c.logf("get miss")
		return response{Miss: true}
	} else if err != nil {
		return response{Err: err.Error()}
	}
	var a action
	if err := json.Unmarshal(data, &a); err != nil {
		c.logf("get miss")
		return response{Miss: true} // damaged: the go command recomputes
	}
	outID, err := hex.DecodeString(a.OutputID)
	if err != nil {
		return response{Miss: true}
	}
	local, err := c.fetch(a.OutputID, a.Size)
	if err != nil {
		c.logf("get miss")
		return response{Miss: true}
	}
	c.logf("get hit")
	return response{OutputID: outID, Size: a.Size, Time: &a.Time, DiskPath: local}
}

// fetch copies the body of an output from the shared directory to the
// local one, unless it is there already, and returns the local file.
func (c *cache) fetch(outputID string, size int64) (string, error) {
	local := filepath.Join(c.local, outputID)
	if fi, err := os.Stat(local); err == nil && fi.Size() == size {
		return local, nil
	}
	data, err := os.ReadFile(filepath.Join(c.shared, "o", outputID))
	if err != nil {
		return "", err
	}
	if int64(len(data)) != size {
		return "", fmt.Errorf("output %s: %d bytes, want %d", outputID, len(data), size)
	}
	return local, writeAtomic(local, data)
}

func (c *cache) put(req request, body []byte) response {
	if int64(len(body)) != req.BodySize {
		return response{Err: fmt.Sprintf("body of %d bytes, announced %d", len(body), req.BodySize)}
	}
	outputID := hex.EncodeToString(req.OutputID)
	local := filepath.Join(c.local, outputID)
	if err := writeAtomic(local, body); err != nil {
		return response{Err: err.Error()}
	}
	if err := writeAtomic(filepath.Join(c.shared, "o", outputID), body); err != nil {
		return response{Err: err.Error()}
	}
	a, _ := json.Marshal(action{OutputID: outputID, Size: req.BodySize, Time: time.Now()})
	if err := writeAtomic(filepath.Join(c.shared, "a", hex.EncodeToString(req.ActionID)), a); err != nil {
		return response{Err: err.Error()}
	}
	c.logf("put")
	return response{DiskPath: local}
}

// writeAtomic writes a file through a temporary file and a rename, so that
// readers on other machines never see half of it.
func writeAtomic(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}
