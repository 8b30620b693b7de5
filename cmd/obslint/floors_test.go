package main

import (
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// floors are the floors of the code, top first (docs/architecture.md):
// a package may import packages of its own floor and of floors below.
var floors = [][]string{
	{"cmd/", "golangci-plugin"},
	{"wholeprogram/"},
	{"analyzers"},
	{"passes"},
	{"internal/", "docs"},
}

const module = "github.com/obslint/obslint/"

func floorOf(path string) int {
	rel := strings.TrimPrefix(path, module)
	for i, prefixes := range floors {
		for _, p := range prefixes {
			if rel == strings.TrimSuffix(p, "/") || strings.HasPrefix(rel, strings.TrimSuffix(p, "/")+"/") {
				return len(floors) - i
			}
		}
	}
	return -1
}

// TestFloors checks that imports run down the floors only.
func TestFloors(t *testing.T) {
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports", module+"...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	n := 0
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		n++
		from := floorOf(p.ImportPath)
		if from < 0 {
			t.Errorf("package %s is on no floor (add it to floors and docs/architecture.md)", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			if to := floorOf(imp); to > from {
				t.Errorf("%s (floor %d) imports %s (floor %d): imports must run down", p.ImportPath, from, imp, to)
			}
		}
	}
	if n < 20 {
		t.Errorf("go list saw %d packages; is the module pattern right?", n)
	}
}
