package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGOCACHEPROGDistributes proves that obslint's results distribute
// through the go build cache (issue 18): "machine A" lints a module with
// GOCACHEPROG set to a cache program backed by a shared directory
// (internal/cmd/sharedcache); "machine B", with an empty GOCACHE, an empty
// obslint cache and its own local directory but the same shared one,
// prints the same findings without analysing a single package (its vet
// tool log stays empty: go vet replays every result from the shared
// cache). A cold build of the standard library packages involved takes a
// minute on a busy machine, so it runs with OBSLINT_GOCACHEPROG=1 (CI
// sets it).
func TestGOCACHEPROGDistributes(t *testing.T) {
	if os.Getenv("OBSLINT_GOCACHEPROG") == "" {
		t.Skip("builds with an empty cache; set OBSLINT_GOCACHEPROG=1")
	}
	bin := buildObslint(t)
	prog := filepath.Join(t.TempDir(), "sharedcache")
	if out, err := exec.Command("go", "build", "-o", prog, "../../internal/cmd/sharedcache").CombinedOutput(); err != nil {
		t.Fatalf("building the cache program: %v\n%s", err, out)
	}
	dir := writeModule(t, map[string]string{
		"main.go": "package main\n\nimport \"example.com/fixme/p\"\n\nfunc main() { p.Upper(\"x\") }\n",
		"p/p.go": `package p

import (
	"errors"
	"strings"
)

var ErrEmpty = errors.New("empty")

func Upper(s string) (string, error) {
	if s == "" {
		return "", ErrEmpty
	}
	return strings.ToUpper(s), nil
}
`,
	})
	shared := t.TempDir()

	// machine lints the module with its own local caches and returns the
	// output and the logs of the vet tool and of the cache program.
	machine := func(name string) (out, vetLog, cacheLog string) {
		t.Helper()
		local := t.TempDir()
		vlog, clog := filepath.Join(local, "vettool.log"), filepath.Join(local, "cacheprog.log")
		cmd := exec.Command(bin, "-json", "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(),
			"GOCACHE="+filepath.Join(local, "gocache"),
			"GOCACHEPROG="+prog+" -shared "+shared+" -local "+filepath.Join(local, "bodies")+" -log "+clog,
			"OBSLINT_CACHE="+filepath.Join(local, "obslint"),
			vetLogEnv+"="+vlog,
		)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() > 1 {
				t.Fatalf("machine %s: obslint: %v\n%s", name, err, stderr.String())
			}
		}
		v, _ := os.ReadFile(vlog)
		c, _ := os.ReadFile(clog)
		return stdout.String(), string(v), string(c)
	}

	outA, vetA, cacheA := machine("A")
	if strings.Count(vetA, "analyse ") == 0 || strings.Count(cacheA, "put") == 0 {
		t.Fatalf("machine A analysed nothing or stored nothing in the shared cache:\nvet tool log:\n%s\ncache program log:\n%s", vetA, cacheA)
	}
	outB, vetB, cacheB := machine("B")
	if outB != outA {
		t.Errorf("machine B printed\n%s\nmachine A\n%s", outB, outA)
	}
	if n := strings.Count(vetB, "analyse "); n != 0 {
		t.Errorf("machine B analysed %d packages (machine A %d), want none:\n%s", n, strings.Count(vetA, "analyse "), vetB)
	}
	hits := strings.Count(cacheB, "get hit")
	if hits == 0 {
		t.Errorf("machine B had no hits in the shared cache:\n%s", cacheB)
	}
	t.Logf("machine A: %d packages analysed, %d objects stored; machine B: %d analysed, %d hits, %d misses",
		strings.Count(vetA, "analyse "), strings.Count(cacheA, "put"), strings.Count(vetB, "analyse "), hits, strings.Count(cacheB, "get miss"))
}
