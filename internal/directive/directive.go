// Package directive parses obslint's comment directives and the Autometrics
// directive that obslint understands:
//
//	//obslint:slo NAME
//	//obslint:slo success=99.9 latency=250ms latency_target=99 [name=NAME]
//	//obslint:ignore CHECK[,CHECK] [until=YYYY-MM-DD] reason
//	//autometrics:inst [--slo NAME] [--success-target P] [--latency-ms MS --latency-target P] [--no-doc]
//
// Like Go's own //go: directives there is no space after the slashes; a
// nested " //" ends the directive and starts a remark. The
// parser is syntax only plus the value rules users rely on; it never reports
// anything itself: errors carry the check ID under which an analyzer reports
// them.
package directive

import (
	"fmt"
	"go/ast"
	"go/token"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/obslint/obslint/internal/convention"
)

// Check IDs under which parse errors are reported.
const (
	CheckDirective  = "directive"   // malformed or misplaced directive
	CheckSLOInvalid = "slo-invalid" // an SLO declaration with invalid values
)

// Error is a problem with one directive.
type Error struct {
	Pos, End token.Pos
	Check    string
	Msg      string
}

// SLO is one SLO declaration on a function.
type SLO struct {
	Pos, End token.Pos
	// Name is the objective's name: a convention objective for the short
	// form, the name= value or --slo flag otherwise. May be empty for an
	// unnamed inline objective.
	Name string
	// Inline is true when the targets are written in the directive; false
	// for "//obslint:slo NAME", whose targets come from the convention.
	Inline        bool
	Success       convention.Percent
	Latency       time.Duration
	LatencyTarget convention.Percent
	// Source is "obslint" or "autometrics".
	Source string
}

// Autometrics is an //autometrics:inst (or the older //autometrics:doc)
// directive.
type Autometrics struct {
	Pos, End      token.Pos
	SLO           *SLO // non-nil when --slo is given
	NoDoc         bool
	CustomLatency bool
}

// Ignore is an //obslint:ignore directive. One at the end of a line of
// code silences the named checks on that line only; one on a line of its
// own silences them on the next line and on the first line after its
// comment group (so that it may stand at the top of a doc comment).
type Ignore struct {
	Pos, End token.Pos
	Checks   []string
	Reason   string
	// Until, when set (until=YYYY-MM-DD), is the last day the directive
	// silences anything: a waiver that expires brings the finding back.
	Until    string
	Line     int  // line of the directive
	NextLine int  // first line after its comment group
	Trailing bool // follows code on its line
}

// Covers reports whether the directive applies to line.
func (ig *Ignore) Covers(line int) bool {
	if ig.Trailing {
		return line == ig.Line
	}
	return line == ig.Line || line == ig.Line+1 || line == ig.NextLine
}

// Func holds the directives in one function's doc comment.
type Func struct {
	SLOs        []*SLO
	Autometrics *Autometrics
}

// File holds the directives of one file.
type File struct {
	Funcs   map[*ast.FuncDecl]*Func
	Ignores []*Ignore
	Errors  []Error
}

const (
	obslintPrefix     = "//obslint:"
	autometricsPrefix = "//autometrics:"
)

// ParseFile finds and parses every directive in f.
func ParseFile(fset *token.FileSet, f *ast.File) *File {
	out := &File{Funcs: make(map[*ast.FuncDecl]*Func)}
	docs := make(map[*ast.CommentGroup]*ast.FuncDecl)
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
			docs[fd.Doc] = fd
		}
	}
	for _, cg := range f.Comments {
		fd := docs[cg]
		next := fset.Position(cg.End()).Line + 1
		for _, c := range cg.List {
			out.parseComment(fset, c, fd, next)
		}
	}
	if len(out.Ignores) > 0 {
		codeEnds := codeLineEnds(fset, f)
		for _, ig := range out.Ignores {
			end, ok := codeEnds[ig.Line]
			ig.Trailing = ok && end <= ig.Pos
		}
	}
	return out
}

// codeLineEnds maps each line on which some syntax (not a comment) ends to
// the first position where it does, to tell trailing directives from
// directives on a line of their own. It walks the file only when the file
// has ignores.
func codeLineEnds(fset *token.FileSet, f *ast.File) map[int]token.Pos {
	ends := make(map[int]token.Pos)
	tf := fset.File(f.Pos())
	if tf == nil {
		return ends
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		if end := n.End(); end.IsValid() && int(end) <= tf.Base()+tf.Size() {
			// Lines as //line directives adjust them, like Ignore.Line:
			// cgo output maps back to the hand-written file.
			line := fset.Position(end).Line
			if prev, ok := ends[line]; !ok || end < prev {
				ends[line] = end
			}
		}
		return true
	})
	return ends
}

func (out *File) errorf(c *ast.Comment, check, format string, args ...any) {
	out.Errors = append(out.Errors, Error{Pos: c.Pos(), End: c.End(), Check: check, Msg: fmt.Sprintf(format, args...)})
}

func (out *File) funcOf(fd *ast.FuncDecl) *Func {
	fn := out.Funcs[fd]
	if fn == nil {
		fn = new(Func)
		out.Funcs[fd] = fn
	}
	return fn
}

func (out *File) parseComment(fset *token.FileSet, c *ast.Comment, fd *ast.FuncDecl, nextLine int) {
	text := c.Text
	// A nested "//" starts a trailing remark that is not part of the
	// directive ("//obslint:slo api // agreed with SRE, 2026-10").
	if i := strings.Index(text[2:], " //"); i >= 0 && strings.HasPrefix(text, "//") {
		text = text[:2+i]
	}
	if rest, ok := strings.CutPrefix(text, "// "); ok && (strings.HasPrefix(rest, "obslint:") || strings.HasPrefix(rest, "autometrics:inst")) {
		out.errorf(c, CheckDirective, "directive must be written without a space after //: //%s", firstField(rest))
		return
	}
	switch {
	case strings.HasPrefix(text, obslintPrefix):
		verb, args, _ := strings.Cut(text[len(obslintPrefix):], " ")
		args = strings.TrimSpace(args)
		switch verb {
		case "ignore":
			out.parseIgnore(fset, c, args, nextLine)
		case "slo":
			if fd == nil {
				out.errorf(c, CheckDirective, "//obslint:slo belongs in the doc comment of a function")
				return
			}
			if s := out.parseSLO(c, args); s != nil {
				fn := out.funcOf(fd)
				fn.SLOs = append(fn.SLOs, s)
			}
		default:
			out.errorf(c, CheckDirective, "unknown directive //obslint:%s (known: //obslint:slo, //obslint:ignore)", verb)
		}
	case strings.HasPrefix(text, autometricsPrefix):
		verb, args, _ := strings.Cut(text[len(autometricsPrefix):], " ")
		if verb != "inst" && verb != "doc" {
			return // not ours to judge
		}
		if fd == nil {
			out.errorf(c, CheckDirective, "//autometrics:%s belongs in the doc comment of a function", verb)
			return
		}
		if a := out.parseAutometrics(c, args); a != nil {
			out.funcOf(fd).Autometrics = a
			if a.SLO != nil {
				out.funcOf(fd).SLOs = append(out.funcOf(fd).SLOs, a.SLO)
			}
		}
	}
}

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

func (out *File) parseIgnore(fset *token.FileSet, c *ast.Comment, args string, nextLine int) {
	list, reason, _ := strings.Cut(args, " ")
	reason = strings.TrimSpace(reason)
	var until string
	if rest, ok := strings.CutPrefix(reason, "until="); ok {
		until, reason, _ = strings.Cut(rest, " ")
		reason = strings.TrimSpace(reason)
		if _, err := time.Parse(time.DateOnly, until); err != nil {
			out.errorf(c, CheckDirective, "//obslint:ignore %s until=%s: the date must be YYYY-MM-DD", list, quoteShort(until))
			until = "0000-01-01" // honoured as already expired: a typo must not waive forever
		}
	}
	if list == "" {
		out.errorf(c, CheckDirective, "//obslint:ignore needs the checks to silence and a reason: //obslint:ignore CHECK[,CHECK] reason")
		return
	}
	var checks []string
	for _, ch := range strings.Split(list, ",") {
		if ch = strings.TrimSpace(ch); ch != "" {
			checks = append(checks, ch)
		}
	}
	if reason == "" {
		out.errorf(c, CheckDirective, "//obslint:ignore %s needs a reason after the check names, for the next reader", list)
		// Still honour it: a missing reason is reported once, not with
		// every finding it was meant to silence.
	}
	out.Ignores = append(out.Ignores, &Ignore{
		Pos: c.Pos(), End: c.End(), Checks: checks, Reason: reason, Until: until,
		Line: fset.Position(c.Pos()).Line, NextLine: nextLine,
	})
}

// parseSLO parses the arguments of //obslint:slo.
func (out *File) parseSLO(c *ast.Comment, args string) *SLO {
	s := &SLO{Pos: c.Pos(), End: c.End(), Source: "obslint"}
	fields := strings.Fields(args)
	if len(fields) == 0 {
		out.errorf(c, CheckDirective, "//obslint:slo needs an objective name or success=P latency=D latency_target=P")
		return nil
	}
	if len(fields) == 1 && !strings.Contains(fields[0], "=") {
		s.Name = fields[0]
		return s
	}
	s.Inline = true
	seen := map[string]bool{}
	ok := true
	for _, f := range fields {
		k, v, found := strings.Cut(f, "=")
		if !found || v == "" {
			out.errorf(c, CheckDirective, "//obslint:slo: %q is not key=value (keys: success, latency, latency_target, name)", f)
			return nil
		}
		if seen[k] {
			out.errorf(c, CheckDirective, "//obslint:slo: %s given twice", k)
			return nil
		}
		seen[k] = true
		switch k {
		case "name":
			s.Name = v
		case "success":
			p, err := convention.ParsePercent(v)
			if err != nil {
				out.errorf(c, CheckSLOInvalid, "success: %v", err)
				ok = false
			}
			s.Success = p
		case "latency_target":
			p, err := convention.ParsePercent(v)
			if err != nil {
				out.errorf(c, CheckSLOInvalid, "latency_target: %v", err)
				ok = false
			}
			s.LatencyTarget = p
		case "latency":
			d, err := convention.ParseDuration(v)
			if err == nil && d <= 0 {
				err = fmt.Errorf("latency %s must be greater than zero", v)
			}
			if err != nil {
				out.errorf(c, CheckSLOInvalid, "latency: %v", err)
				ok = false
			}
			s.Latency = d
		default:
			out.errorf(c, CheckDirective, "//obslint:slo: unknown key %q (keys: success, latency, latency_target, name)", k)
			return nil
		}
	}
	if !ok {
		return nil
	}
	switch {
	case seen["latency"] && !seen["latency_target"]:
		out.errorf(c, CheckSLOInvalid, "//obslint:slo: latency needs latency_target, the percentage of requests that must finish within it")
		return nil
	case seen["latency_target"] && !seen["latency"]:
		out.errorf(c, CheckSLOInvalid, "//obslint:slo: latency_target needs latency")
		return nil
	case !seen["success"] && !seen["latency"]:
		out.errorf(c, CheckSLOInvalid, "//obslint:slo declares neither success nor latency")
		return nil
	}
	return s
}

// Autometrics accepts exactly these objective percentiles.
var autometricsTargets = []string{"90", "95", "99", "99.9"}

// AutometricsBucketsMs are Autometrics' default histogram buckets in
// milliseconds; --latency-ms must be one of them unless --custom-latency.
var AutometricsBucketsMs = []float64{5, 7.5, 10, 25, 50, 75, 100, 250, 500, 750, 1000, 2500, 5000, 7500, 10000}

// parseAutometrics parses the flags of //autometrics:inst the way the
// Autometrics generator does, and reports what it would silently ignore.
func (out *File) parseAutometrics(c *ast.Comment, args string) *Autometrics {
	a := &Autometrics{Pos: c.Pos(), End: c.End()}
	fields := strings.Fields(args)
	var name, success, latencyMs, latencyTarget string
	var haveSuccess, haveMs, haveTarget bool
	value := func(i int, flag string) (string, bool) {
		if i+1 >= len(fields) || strings.HasPrefix(fields[i+1], "--") {
			out.errorf(c, CheckDirective, "//autometrics:inst: %s needs a value", flag)
			return "", false
		}
		return fields[i+1], true
	}
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		var ok bool
		switch f {
		case "--slo":
			if name, ok = value(i, f); !ok {
				return nil
			}
			i++
		case "--success-target":
			if success, ok = value(i, f); !ok {
				return nil
			}
			haveSuccess = true
			i++
		case "--latency-ms":
			if latencyMs, ok = value(i, f); !ok {
				return nil
			}
			haveMs = true
			i++
		case "--latency-target":
			if latencyTarget, ok = value(i, f); !ok {
				return nil
			}
			haveTarget = true
			i++
		case "--no-doc":
			a.NoDoc = true
		case "--custom-latency":
			a.CustomLatency = true
		default:
			if !strings.HasPrefix(f, "-") {
				out.errorf(c, CheckDirective, "//autometrics:inst: unexpected argument %q", f)
				continue
			}
			out.errorf(c, CheckDirective, "//autometrics:inst: unknown flag %q, which Autometrics silently ignores (flags: --slo, --success-target, --latency-ms, --latency-target, --custom-latency, --no-doc)", f)
			if i+1 < len(fields) && !strings.HasPrefix(fields[i+1], "-") {
				i++ // its value
			}
		}
	}
	if !haveSuccess && !haveMs && !haveTarget {
		if name != "" {
			// Autometrics accepts --slo NAME alone and records no
			// objective; obslint reads it as naming the convention's
			// objective NAME, as //obslint:slo NAME does.
			a.SLO = &SLO{Pos: c.Pos(), End: c.End(), Name: name, Source: "autometrics"}
		}
		return a
	}
	if name == "" {
		out.errorf(c, CheckSLOInvalid, "//autometrics:inst: objective flags need --slo NAME, or Autometrics records no objective")
		return a
	}
	s := &SLO{Pos: c.Pos(), End: c.End(), Name: name, Inline: true, Source: "autometrics"}
	valid := true
	if haveSuccess {
		p, err := autometricsPercent("--success-target", success)
		if err != nil {
			out.errorf(c, CheckSLOInvalid, "%v", err)
			valid = false
		}
		s.Success = p
	}
	if haveMs != haveTarget {
		out.errorf(c, CheckSLOInvalid, "//autometrics:inst: --latency-ms and --latency-target go together")
		valid = false
	} else if haveMs {
		p, err := autometricsPercent("--latency-target", latencyTarget)
		if err != nil {
			out.errorf(c, CheckSLOInvalid, "%v", err)
			valid = false
		}
		s.LatencyTarget = p
		ms, err := strconv.ParseFloat(latencyMs, 64)
		switch {
		case err != nil || math.IsNaN(ms) || ms <= 0 || ms > float64(convention.MaxDuration/time.Millisecond):
			// NaN and Inf parse as floats; Inf and the overlong would
			// overflow the Duration below.
			out.errorf(c, CheckSLOInvalid, "//autometrics:inst: --latency-ms %s is not a positive number of milliseconds up to %s", latencyMs, convention.FormatDuration(convention.MaxDuration))
			valid = false
		case !a.CustomLatency && !isBucket(ms):
			out.errorf(c, CheckSLOInvalid, "//autometrics:inst: --latency-ms %s is not one of Autometrics' histogram buckets (%s ms); pick one or add --custom-latency", latencyMs, bucketList())
			valid = false
		}
		s.Latency = time.Duration(ms * float64(time.Millisecond))
	}
	if valid {
		a.SLO = s
	}
	return a
}

// autometricsPercent accepts what Autometrics accepts: any spelling that
// strconv.ParseFloat reads as one of its objectives ("99.9", "99.90",
// "9.99e1").
func autometricsPercent(flag, v string) (convention.Percent, error) {
	f, err := strconv.ParseFloat(v, 64)
	if err == nil {
		for _, t := range autometricsTargets {
			if tf, _ := strconv.ParseFloat(t, 64); f == tf {
				return convention.Percent(f), nil
			}
		}
	}
	return 0, fmt.Errorf("//autometrics:inst: %s %s is not one Autometrics accepts (%s)", flag, v, strings.Join(autometricsTargets, ", "))
}

func isBucket(ms float64) bool {
	for _, b := range AutometricsBucketsMs {
		if b == ms {
			return true
		}
	}
	return false
}

func bucketList() string {
	s := make([]string, len(AutometricsBucketsMs))
	for i, b := range AutometricsBucketsMs {
		s[i] = strconv.FormatFloat(b, 'f', -1, 64)
	}
	return strings.Join(s, ", ")
}

// quoteShort quotes s for a message, cut to a few characters: directive
// arguments are user input and may be long.
func quoteShort(s string) string {
	const max = 24
	if len(s) > max {
		r := []rune(s)
		if len(r) > max {
			s = string(r[:max]) + "…"
		}
	}
	return strconv.Quote(s)
}
