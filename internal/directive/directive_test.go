package directive

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"time"
)

func parse(t *testing.T, src string) (*token.FileSet, *ast.File, *File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	return fset, f, ParseFile(fset, f)
}

// funcNamed returns the directives of the function named name.
func funcNamed(f *ast.File, d *File, name string) *Func {
	for _, decl := range f.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return d.Funcs[fd]
		}
	}
	return nil
}

func TestSLO(t *testing.T) {
	_, f, d := parse(t, `package p

//obslint:slo api
func Named() {}

// Inline has its objective written out.
//
//obslint:slo success=99.9 latency=250ms latency_target=99 name=orders // agreed with SRE
func Inline() {}

//obslint:slo success=99.5%
func SuccessOnly() {}

//autometrics:inst --slo api --success-target 99.9 --latency-ms 250 --latency-target 99
func Auto() {}

//autometrics:doc
func OldName() {}

//autometrics:inst --slo api
func AutoNamed() {}
`)
	if len(d.Errors) > 0 {
		t.Fatalf("errors: %+v", d.Errors)
	}
	if s := funcNamed(f, d, "Named").SLOs[0]; s.Name != "api" || s.Inline {
		t.Errorf("named: %+v", s)
	}
	// Autometrics accepts --slo NAME without targets; obslint reads it as
	// naming the convention's objective.
	if fn := funcNamed(f, d, "AutoNamed"); fn == nil || fn.Autometrics == nil || len(fn.SLOs) != 1 || fn.SLOs[0].Name != "api" || fn.SLOs[0].Inline || fn.SLOs[0].Source != "autometrics" {
		t.Errorf("--slo without targets: %+v", fn)
	}
	s := funcNamed(f, d, "Inline").SLOs[0]
	if s.Name != "orders" || !s.Inline || s.Success != 99.9 || s.Latency != 250*time.Millisecond || s.LatencyTarget != 99 {
		t.Errorf("inline: %+v", s)
	}
	if s := funcNamed(f, d, "SuccessOnly").SLOs[0]; s.Success != 99.5 || s.Latency != 0 {
		t.Errorf("success only: %+v", s)
	}
	a := funcNamed(f, d, "Auto")
	if a.Autometrics == nil || a.Autometrics.SLO == nil || len(a.SLOs) != 1 {
		t.Fatalf("autometrics: %+v", a)
	}
	if s := a.SLOs[0]; s.Name != "api" || s.Source != "autometrics" || s.Success != 99.9 || s.Latency != 250*time.Millisecond {
		t.Errorf("autometrics slo: %+v", s)
	}
	if funcNamed(f, d, "OldName").Autometrics == nil {
		t.Error("//autometrics:doc not recognised")
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		src, check, want string
	}{
		{"// obslint:slo api\nfunc F() {}", CheckDirective, "without a space after //"},
		{"//obslint:sloo api\nfunc F() {}", CheckDirective, "unknown directive //obslint:sloo"},
		{"//obslint:slo\nfunc F() {}", CheckDirective, "needs an objective name"},
		{"//obslint:slo success=101\nfunc F() {}", CheckSLOInvalid, "success: 101 is not a percentage in (0,100)"},
		{"//obslint:slo success=0\nfunc F() {}", CheckSLOInvalid, "0 is not a percentage"},
		{"//obslint:slo latency=0ms latency_target=99\nfunc F() {}", CheckSLOInvalid, "latency: latency 0ms must be greater than zero"},
		{"//obslint:slo latency=fast latency_target=99\nfunc F() {}", CheckSLOInvalid, `"fast" is not a duration`},
		{"//obslint:slo latency=250ms\nfunc F() {}", CheckSLOInvalid, "latency needs latency_target"},
		{"//obslint:slo latency_target=99\nfunc F() {}", CheckSLOInvalid, "latency_target needs latency"},
		{"//obslint:slo succes=99\nfunc F() {}", CheckDirective, `unknown key "succes"`},
		{"//obslint:slo success=99 success=98\nfunc F() {}", CheckDirective, "success given twice"},
		{"//obslint:slo name=x\nfunc F() {}", CheckSLOInvalid, "declares neither success nor latency"},
		{"var x int //obslint:slo api", CheckDirective, "belongs in the doc comment of a function"},
		{"//autometrics:inst --success-rate 99.9\nfunc F() {}", CheckDirective, `unknown flag "--success-rate"`},
		{"//autometrics:inst --slo api --success-target 98\nfunc F() {}", CheckSLOInvalid, "--success-target 98 is not one Autometrics accepts (90, 95, 99, 99.9)"},
		{"//autometrics:inst --slo api --latency-ms 200 --latency-target 99\nfunc F() {}", CheckSLOInvalid, "--latency-ms 200 is not one of Autometrics' histogram buckets"},
		{"//autometrics:inst --slo api --latency-ms 250\nfunc F() {}", CheckSLOInvalid, "--latency-ms and --latency-target go together"},
		{"//autometrics:inst --success-target 99\nfunc F() {}", CheckSLOInvalid, "objective flags need --slo NAME"},
		{"//autometrics:inst --slo\nfunc F() {}", CheckDirective, "--slo needs a value"},
		{"//obslint:ignore\nfunc F() {}", CheckDirective, "needs the checks to silence and a reason"},
		{"//obslint:ignore instrumented\nfunc F() {}", CheckDirective, "needs a reason"},
	} {
		_, _, d := parse(t, "package p\n\n"+tc.src+"\n")
		found := false
		for _, e := range d.Errors {
			if e.Check == tc.check && strings.Contains(e.Msg, tc.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: errors %+v, want [%s] %q", tc.src, d.Errors, tc.check, tc.want)
		}
	}
}

func TestCustomLatency(t *testing.T) {
	_, f, d := parse(t, "package p\n\n//autometrics:inst --slo api --latency-ms 200 --latency-target 99 --custom-latency\nfunc F() {}\n")
	if len(d.Errors) > 0 {
		t.Fatalf("errors: %+v", d.Errors)
	}
	if s := funcNamed(f, d, "F").SLOs[0]; s.Latency != 200*time.Millisecond {
		t.Errorf("latency %v", s.Latency)
	}
}

func TestIgnore(t *testing.T) {
	fset, _, d := parse(t, `package p

//obslint:ignore instrumented,slo-missing served behind the gateway
// F is documented after the directive.
func F() {}

func G() {
	x := 1 //obslint:ignore metric-help not a metric
	_ = x
}
`)
	if len(d.Errors) > 0 || len(d.Ignores) != 2 {
		t.Fatalf("errors %+v, ignores %d", d.Errors, len(d.Ignores))
	}
	ig := d.Ignores[0]
	if strings.Join(ig.Checks, ",") != "instrumented,slo-missing" || ig.Reason != "served behind the gateway" {
		t.Errorf("ignore: %+v", ig)
	}
	if ig.Line != 3 || ig.NextLine != 5 {
		t.Errorf("ignore lines %d, %d; want 3 and 5 (the func line after the doc comment)", ig.Line, ig.NextLine)
	}
	if got := fset.Position(d.Ignores[1].Pos).Line; got != 8 || d.Ignores[1].Line != 8 {
		t.Errorf("same-line ignore at line %d", got)
	}
}

func FuzzParseFile(f *testing.F) {
	f.Add("//obslint:slo success=99.9 latency=250ms latency_target=99")
	f.Add("//autometrics:inst --slo api --latency-ms 250 --latency-target 99")
	f.Add("//obslint:ignore a,b reason")
	f.Fuzz(func(t *testing.T, comment string) {
		if strings.ContainsAny(comment, "\n\r") {
			return
		}
		src := "package p\n\n" + comment + "\nfunc F() {}\n"
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
		if err != nil {
			return
		}
		ParseFile(fset, file) // must not panic
	})
}

// TestAutometricsSpellings: Autometrics reads targets with
// strconv.ParseFloat and compares the numbers, so other spellings of an
// accepted objective are accepted too.
func TestAutometricsSpellings(t *testing.T) {
	_, f, d := parse(t, "package p\n\n//autometrics:inst --slo api --success-target 99.90 --latency-ms 250.0 --latency-target 9.9e1\nfunc F() {}\n")
	if len(d.Errors) > 0 {
		t.Fatalf("errors: %+v", d.Errors)
	}
	s := funcNamed(f, d, "F").SLOs[0]
	if s.Success != 99.9 || s.LatencyTarget != 99 || s.Latency != 250*time.Millisecond {
		t.Errorf("success %v latency_target %v latency %v", s.Success, s.LatencyTarget, s.Latency)
	}
}

// TestNonFiniteValues: NaN, Inf and overflowing values in directives are
// invalid, not SLOs that vanish from the export or wrap around (issue 19,
// item 8).
func TestNonFiniteValues(t *testing.T) {
	for _, dir := range []string{
		"//obslint:slo success=NaN",
		"//obslint:slo success=Inf",
		"//obslint:slo success=99 latency=1s latency_target=NaN",
		"//obslint:slo success=99 latency=2000000h latency_target=99",
		"//obslint:slo latency=99999999999999999999999999999999ms latency_target=99",
		"//autometrics:inst --slo api --latency-ms NaN --latency-target 99 --custom-latency",
		"//autometrics:inst --slo api --latency-ms Inf --latency-target 99 --custom-latency",
		"//autometrics:inst --slo api --latency-ms 1e300 --latency-target 99 --custom-latency",
		"//autometrics:inst --slo api --success-target NaN",
	} {
		_, f, d := parse(t, "package p\n\n"+dir+"\nfunc F() {}\n")
		if fn := funcNamed(f, d, "F"); fn != nil && len(fn.SLOs) > 0 {
			t.Errorf("%s: accepted as %+v", dir, fn.SLOs[0])
		}
		if len(d.Errors) == 0 || d.Errors[0].Check != CheckSLOInvalid {
			t.Errorf("%s: errors %+v, want slo-invalid", dir, d.Errors)
		}
	}
}
