package directive

import (
	"go/parser"
	"go/token"
	"math"
	"strings"
	"testing"

	"github.com/obslint/obslint/internal/convention"
)

// FuzzDirectiveValues feeds directive lines to the parser: it must not panic,
// and every SLO it accepts must hold finite targets in (0,100) and a
// latency within convention.MaxDuration. Seeds are the inputs of issue
// 19 and the directives' documented forms.
func FuzzDirectiveValues(f *testing.F) {
	for _, s := range []string{
		"//obslint:slo api",
		"//obslint:slo success=99.9 latency=250ms latency_target=99 name=orders // remark",
		"//obslint:slo success=NaN",
		"//obslint:slo success=99 latency=2000000h latency_target=99",
		"//obslint:slo latency=1.5s latency_target=Inf",
		"//obslint:slo success=99.5%",
		"//obslint:ignore instrumented served behind the gateway",
		"//obslint:ignore metricnames,logkeys",
		"//obslint:ignore",
		"// obslint:slo api",
		"//obslint:bogus",
		"//autometrics:inst --slo api --success-target 99.9 --latency-ms 250 --latency-target 99",
		"//autometrics:inst --slo api --latency-ms NaN --latency-target 99 --custom-latency",
		"//autometrics:inst --slo api --latency-ms 1e308 --latency-target 99.9 --custom-latency",
		"//autometrics:inst --success-rate 99",
		"//autometrics:doc --slo",
		"//obslint:slo success=99 success=98",
		"//obslint:slo \x1b[31m\n::error::x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		// One line of comment in a function's doc, as the scanner
		// would see it; other lines could not be a comment.
		line = strings.NewReplacer("\n", " ", "\r", " ", "*/", "* /").Replace(line)
		if !strings.HasPrefix(line, "//") {
			line = "//" + line
		}
		src := "package p\n\n" + line + "\nfunc F() {}\n\nfunc G() {\n\tx := 1 " + line + "\n\t_ = x\n}\n"
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
		if err != nil {
			return // not a comment the Go scanner accepts (NUL, BOM, …)
		}
		d := ParseFile(fset, file)
		for _, fn := range d.Funcs {
			for _, s := range fn.SLOs {
				for _, p := range []convention.Percent{s.Success, s.LatencyTarget} {
					if math.IsNaN(float64(p)) || math.IsInf(float64(p), 0) || p < 0 || p >= 100 {
						t.Errorf("%q: accepted target %v", line, p)
					}
				}
				if s.Latency < 0 || s.Latency > convention.MaxDuration {
					t.Errorf("%q: accepted latency %v", line, s.Latency)
				}
			}
		}
		for _, e := range d.Errors {
			if e.Msg == "" || e.Check == "" || !e.Pos.IsValid() {
				t.Errorf("%q: malformed error %+v", line, e)
			}
		}
	})
}
