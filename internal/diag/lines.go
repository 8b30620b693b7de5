package diag

import (
	"bytes"
	"go/token"
	"os"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Positions that //line directives move.
//
// The go command hands a vet tool the output of cmd/cgo for a file that
// imports "C": a file in its work directory whose //line and /*line*/
// directives map every position back to the hand-written file. Reported
// positions are right that way, but a fix's byte offsets are offsets into
// the generated file, which drivers then apply to the hand-written one
// (go vet's JSON pairs the adjusted file name with the unadjusted
// offset): the edits land in the wrong place. Other files with //line
// directives (goyacc output not marked generated, hand-written ones) name
// a file that is not Go, or does not exist, and a fix cannot apply there.
//
// So before a diagnostic leaves, anchor
//   - maps each fix edit in cmd/cgo output to the hand-written file by
//     line and column, and keeps it only when the text it replaces is the
//     same there (cgo rewrites C.f references); otherwise the fix is
//     dropped;
//   - moves positions in other files with //line directives back to the
//     real file, the one on disk that was parsed, so findings and fixes
//     name it.

// lineFiles holds the files made to re-anchor positions, per Reporter.
type lineFiles struct {
	mu      sync.Mutex
	real    map[*token.File]*token.File // a file with //line directives -> the same bytes, no directives
	written map[string]*source          // a hand-written file -> its content
	gen     map[*token.File][]byte      // cmd/cgo output -> its content
}

type source struct {
	file *token.File
	data []byte
}

// anchor re-anchors d's positions as described above.
func (r *Reporter) anchor(d *analysis.Diagnostic) {
	fset := r.Pass.Fset
	if r.moved(d.Pos) && !r.cgo[fset.File(d.Pos)] {
		d.Pos, d.End = r.realPos(d.Pos), r.realPos(d.End)
		for i := range d.Related {
			d.Related[i].Pos, d.Related[i].End = r.realPos(d.Related[i].Pos), r.realPos(d.Related[i].End)
		}
	}
	var fixes []analysis.SuggestedFix
	for _, fix := range d.SuggestedFixes {
		ok := true
		edits := make([]analysis.TextEdit, len(fix.TextEdits))
		for i, e := range fix.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			switch {
			case !r.moved(e.Pos) && !r.moved(end):
				edits[i] = e
			case r.cgo[fset.File(e.Pos)]:
				var mapped bool
				edits[i], mapped = r.mapCgo(e.Pos, end, e.NewText)
				ok = ok && mapped
			default:
				edits[i] = analysis.TextEdit{Pos: r.realPos(e.Pos), End: r.realPos(end), NewText: e.NewText}
			}
		}
		if ok {
			fixes = append(fixes, analysis.SuggestedFix{Message: fix.Message, TextEdits: edits})
		}
	}
	d.SuggestedFixes = fixes
}

// moved reports whether a //line directive changes pos's file or line.
func (r *Reporter) moved(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	adj := r.Pass.Fset.PositionFor(pos, true)
	raw := r.Pass.Fset.PositionFor(pos, false)
	return adj.Filename != raw.Filename || adj.Line != raw.Line
}

// realPos returns pos in a copy of its file without line directives.
func (r *Reporter) realPos(pos token.Pos) token.Pos {
	if !pos.IsValid() {
		return pos
	}
	tf := r.Pass.Fset.File(pos)
	if tf == nil {
		return pos
	}
	lf := r.lineFiles()
	lf.mu.Lock()
	defer lf.mu.Unlock()
	real := lf.real[tf]
	if real == nil {
		real = r.Pass.Fset.AddFile(tf.Name(), -1, tf.Size())
		real.SetLines(tf.Lines())
		lf.real[tf] = real
	}
	return real.Pos(tf.Offset(pos))
}

// mapCgo maps the edit [pos, end) of a cmd/cgo output file to the
// hand-written file its line directives name, or reports false.
func (r *Reporter) mapCgo(pos, end token.Pos, newText []byte) (analysis.TextEdit, bool) {
	fset := r.Pass.Fset
	tf := fset.File(pos)
	if fset.File(end) != tf {
		return analysis.TextEdit{}, false
	}
	start, stop := fset.PositionFor(pos, true), fset.PositionFor(end, true)
	if start.Filename != stop.Filename || start.Filename == tf.Name() || start.Column < 1 || stop.Column < 1 {
		return analysis.TextEdit{}, false
	}
	gen := r.generatedText(tf)
	src := r.handWritten(start.Filename)
	if gen == nil || src == nil {
		return analysis.TextEdit{}, false
	}
	s, okS := offset(src.file, start.Line, start.Column)
	e, okE := offset(src.file, stop.Line, stop.Column)
	gs, ge := tf.Offset(pos), tf.Offset(end)
	if !okS || !okE || e < s || e > len(src.data) || ge > len(gen) ||
		!bytes.Equal(src.data[s:e], gen[gs:ge]) ||
		// An insertion keeps its place only if its neighbours agree.
		s == e && !sameNeighbours(src.data, s, gen, gs) {
		return analysis.TextEdit{}, false
	}
	return analysis.TextEdit{Pos: src.file.Pos(s), End: src.file.Pos(e), NewText: newText}, true
}

func sameNeighbours(a []byte, i int, b []byte, j int) bool {
	at := func(d []byte, k int) int {
		if k < 0 || k >= len(d) {
			return -1
		}
		return int(d[k])
	}
	return at(a, i-1) == at(b, j-1) && at(a, i) == at(b, j)
}

// offset returns the byte offset of line:col in f.
func offset(f *token.File, line, col int) (int, bool) {
	if line < 1 || line > f.LineCount() {
		return 0, false
	}
	off := f.Offset(f.LineStart(line)) + col - 1
	if off > f.Size() || line < f.LineCount() && off >= f.Offset(f.LineStart(line+1)) {
		return 0, false
	}
	return off, true
}

func (r *Reporter) lineFiles() *lineFiles {
	r.linesOnce.Do(func() {
		r.lines = &lineFiles{real: make(map[*token.File]*token.File), written: make(map[string]*source), gen: make(map[*token.File][]byte)}
	})
	return r.lines
}

// generatedText returns the bytes of cmd/cgo's output file tf, as parsed.
func (r *Reporter) generatedText(tf *token.File) []byte {
	lf := r.lineFiles()
	lf.mu.Lock()
	defer lf.mu.Unlock()
	if data, ok := lf.gen[tf]; ok {
		return data
	}
	data, err := os.ReadFile(tf.Name())
	if err != nil || len(data) != tf.Size() {
		data = nil
	}
	lf.gen[tf] = data
	return data
}

// handWritten returns the file name, with a token.File of its own in the
// pass's FileSet so that fixes can point into it.
func (r *Reporter) handWritten(name string) *source {
	lf := r.lineFiles()
	lf.mu.Lock()
	defer lf.mu.Unlock()
	if s, ok := lf.written[name]; ok {
		return s
	}
	var s *source
	if data, err := os.ReadFile(name); err == nil {
		f := r.Pass.Fset.AddFile(name, -1, len(data))
		f.SetLinesForContent(data)
		s = &source{file: f, data: data}
	}
	lf.written[name] = s
	return s
}
