package coverage_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/program"
)

// reportWant is the annotation a fixture line carries: the verdict the
// report must give the entry point declared or registered there.
var reportWant = regexp.MustCompile(`// report: (observed|unobserved|unknown|left out)\b`)

// verdicts maps "file:line" to the report's verdict for every entry
// point and left-out function of rep.
func verdicts(rep *coverage.Report) map[string]string {
	out := make(map[string]string)
	line := func(pos string) string {
		parts := strings.Split(pos, ":")
		return parts[0] + ":" + parts[1]
	}
	for _, e := range rep.EntryPoints {
		v := "unobserved"
		switch {
		case e.Observed:
			v = "observed"
		case e.Unknown:
			v = "unknown"
		}
		out[line(e.Position)] = v + " (" + e.Function + ": " + e.Reason + ")"
	}
	for _, l := range rep.LeftOut {
		out[line(l.Position)] = "left out (" + l.Function + ": " + l.Reason + ")"
	}
	return out
}

// annotations reads the "// report: verdict" comments of the fixture's
// files, by "file:line" relative to root.
func annotations(t *testing.T, root, dir string) map[string]string {
	t.Helper()
	want := make(map[string]string)
	filepath.WalkDir(filepath.Join(root, dir), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rel, _ := filepath.Rel(root, path)
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if m := reportWant.FindStringSubmatch(sc.Text()); m != nil {
				want[filepath.ToSlash(rel)+":"+strconv.Itoa(n)] = m[1]
			}
		}
		return nil
	})
	return want
}

// checkVerdicts compares the report with the fixture's annotations: each
// annotated line has an entry point (or left-out function) with that
// verdict, and each entry point is annotated.
func checkVerdicts(t *testing.T, rep *coverage.Report, want map[string]string) {
	t.Helper()
	got := verdicts(rep)
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	for k := range want {
		if _, ok := got[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		g, w := got[k], want[k]
		switch {
		case w == "":
			t.Errorf("%s: %s, but the line has no // report: annotation", k, g)
		case g == "":
			t.Errorf("%s: want %s, but the report has no entry point there", k, w)
		case !strings.HasPrefix(g, w+" ("):
			t.Errorf("%s: got %s, want %s", k, g, w)
		}
	}
}

// TestServed checks the whole-program resolution on a fixture program
// with the shapes real services use (routers created in one package and
// wrapped where main serves them, route helpers and tables, mounted chi
// routers, gRPC servers built in helpers with options in slices, handler
// maps replayed into RegisterService, grpc-gateway, the collector's
// configgrpc, a bare admin server, a router from outside, mocks and test
// helpers). The verdicts are written next to each entry point.
func TestServed(t *testing.T) {
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	prog, err := program.Load(convention.Fixed{C: convention.Default()}, []string{"report/served/..."}, program.Options{
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(prog.Errors) > 0 {
		t.Fatalf("load errors: %v", prog.Errors)
	}
	for _, algo := range []string{"vta", "cha"} {
		t.Run(algo, func(t *testing.T) {
			rep, err := coverage.Compute(prog, coverage.Options{CallGraph: algo})
			if err != nil {
				t.Fatal(err)
			}
			checkVerdicts(t, rep, annotations(t, filepath.Join(gopath, "src"), "report/served"))
		})
	}
}
