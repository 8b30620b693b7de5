package coverage_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/convention"
	"github.com/obslint/obslint/internal/fixtures"
	"github.com/obslint/obslint/wholeprogram/coverage"
	"github.com/obslint/obslint/wholeprogram/coverage/coveragetest"
	"github.com/obslint/obslint/wholeprogram/program"
)

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
			fixtures.CheckVerdicts(t, coveragetest.Verdicts(rep), fixtures.ReportAnnotations(t, filepath.Join(gopath, "src"), "report/served"))

			// Blind spots: the uninstrumented SQL query and the function
			// on its way; not the reads of the instrumented Redis
			// client, not the string helper.
			var got []string
			for _, b := range rep.BlindSpots {
				got = append(got, b.Function+": "+b.Reason)
			}
			want := []string{
				"(*report/served/store.Store).query: calls database/sql, returns error, reached blind from 1 entry point",
				"(*report/served/store.Store).Order: reaches database/sql through store.Store.query, returns error, reached blind from 1 entry point",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("blind spots:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
