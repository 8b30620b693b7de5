package spans

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/passes/spanflow"
)

const codesPath = "go.opentelemetry.io/otel/codes"

// deferEndFix inserts "defer span.End()" on the line after the start,
// when the span is held in a variable, the start is a statement of its own
// outside loops, and nothing ends the span explicitly (a deferred End on
// top of explicit ones would end it twice).
func (a *run) deferEndFix(sp *spanflow.Span) (analysis.SuggestedFix, bool) {
	if sp.Var == nil || sp.EndFunc || sp.InLoop || sp.Explicit || sp.Stmt == nil {
		return analysis.SuggestedFix{}, false
	}
	switch sp.Stmt.(type) {
	case *ast.AssignStmt, *ast.DeclStmt:
	default:
		return analysis.SuggestedFix{}, false
	}
	pos, indent, ok := a.lineEnd(sp.Stmt)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	text := fmt.Sprintf("\n%sdefer %s.%s()", indent, sp.Var.Name(), sp.Lib.EndMethod())
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("end the span when the function returns (defer %s.%s())", sp.Var.Name(), sp.Lib.EndMethod()),
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}},
	}, true
}

// setStatusFix inserts span.SetStatus(codes.Error, err.Error()) before a
// return of err, for OpenTelemetry spans held in a variable in scope
// there, adding the codes import when the file lacks it.
func (a *run) setStatusFix(sp *spanflow.Span, er spanflow.ErrorReturn) (analysis.SuggestedFix, bool) {
	if sp.Lib != spanflow.OpenTelemetry || sp.Var == nil || sp.EndFunc || er.Return == nil || er.Err == nil || er.Ended.IsValid() {
		return analysis.SuggestedFix{}, false
	}
	errID, ok := ast.Unparen(er.Err).(*ast.Ident)
	if !ok || errID.Name == "nil" || errID.Name == "_" {
		return analysis.SuggestedFix{}, false
	}
	if !a.inScope(sp.Var, er.Return.Pos()) {
		return analysis.SuggestedFix{}, false
	}
	indent, first := a.indentAt(er.Return.Pos())
	if !first {
		return analysis.SuggestedFix{}, false
	}
	file := a.fileOf(er.Return.Pos())
	if file == nil {
		return analysis.SuggestedFix{}, false
	}
	codes, importEdit, ok := a.codesName(file, er.Return.Pos())
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	text := fmt.Sprintf("%s.SetStatus(%s.Error, %s.Error())\n%s", sp.Var.Name(), codes, errID.Name, indent)
	edits := []analysis.TextEdit{{Pos: er.Return.Pos(), End: er.Return.Pos(), NewText: []byte(text)}}
	if importEdit != nil {
		edits = append(edits, *importEdit)
	}
	return analysis.SuggestedFix{
		Message:   fmt.Sprintf("mark the span failed before returning %s", errID.Name),
		TextEdits: edits,
	}, true
}

// codesName returns the name under which file refers to the OpenTelemetry
// codes package at pos, and the edit importing it when the file does not:
// "codes", or "otelcodes" when "codes" is taken (by gRPC's codes, say).
func (a *run) codesName(file *ast.File, pos token.Pos) (string, *analysis.TextEdit, bool) {
	for _, spec := range file.Imports {
		if p, _ := strconv.Unquote(spec.Path.Value); p == codesPath {
			name := "codes"
			if spec.Name != nil {
				name = spec.Name.Name
			}
			if name == "_" || name == "." {
				return "", nil, false
			}
			return name, nil, a.freeAt(name, pos, true)
		}
	}
	name := "codes"
	if !a.freeAt(name, pos, false) || a.fileUses(file, name) {
		name = "otelcodes"
		if !a.freeAt(name, pos, false) || a.fileUses(file, name) {
			return "", nil, false
		}
	}
	edit, ok := importEdit(a.pass.Fset, file, codesPath, name)
	return name, edit, ok
}

// freeAt reports whether name at pos resolves to nothing (or, with pkg, to
// an imported package name).
func (a *run) freeAt(name string, pos token.Pos, pkg bool) bool {
	scope := a.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	if pkg {
		_, isPkg := obj.(*types.PkgName)
		return isPkg
	}
	return obj == nil
}

// fileUses reports whether an identifier called name appears in file (an
// import of another package under that name, or a use elsewhere).
func (a *run) fileUses(file *ast.File, name string) bool {
	for _, spec := range file.Imports {
		if spec.Name != nil && spec.Name.Name == name {
			return true
		}
		if p, _ := strconv.Unquote(spec.Path.Value); p[strings.LastIndex(p, "/")+1:] == name {
			return true
		}
	}
	return false
}

// importEdit adds an import of path (as name when it differs from the
// path's last element) to file, in sorted position within the import
// group that holds the closest paths, so that gofmt leaves it be.
func importEdit(fset *token.FileSet, file *ast.File, path, name string) (*analysis.TextEdit, bool) {
	spec := strconv.Quote(path)
	if name != path[strings.LastIndex(path, "/")+1:] {
		spec = name + " " + spec
	}
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			if gd.Lparen.IsValid() {
				decl = gd
				break
			}
			if decl == nil {
				decl = gd
			}
		}
	}
	if decl == nil {
		pos := file.Name.End()
		return &analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\nimport " + spec)}, true
	}
	if !decl.Lparen.IsValid() {
		pos := decl.End()
		return &analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\nimport " + spec)}, true
	}
	// Groups: runs of specs on consecutive lines.
	type group []*ast.ImportSpec
	var groups []group
	lastLine := -1
	for _, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		line := fset.Position(is.Pos()).Line
		if len(groups) == 0 || line != lastLine+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
		lastLine = fset.Position(is.End()).Line
	}
	if len(groups) == 0 {
		pos := decl.Lparen + 1
		return &analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\t" + spec)}, true
	}
	best, bestScore := groups[len(groups)-1], -1
	for _, g := range groups {
		score := 0
		for _, is := range g {
			p, _ := strconv.Unquote(is.Path.Value)
			if n := commonPrefix(p, path); n > score {
				score = n
			}
		}
		if score > bestScore {
			best, bestScore = g, score
		}
	}
	paths := make([]string, len(best))
	for i, is := range best {
		paths[i], _ = strconv.Unquote(is.Path.Value)
	}
	i := sort.SearchStrings(paths, path)
	if i < len(best) {
		pos := best[i].Pos()
		return &analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(spec + "\n\t")}, true
	}
	pos := best[len(best)-1].End()
	return &analysis.TextEdit{Pos: pos, End: pos, NewText: []byte("\n\t" + spec)}, true
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// fileOf returns the file holding pos.
func (a *run) fileOf(pos token.Pos) *ast.File {
	for _, f := range a.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// source returns the content of the file holding pos.
func (a *run) source(pos token.Pos) (*token.File, []byte) {
	tf := a.pass.Fset.File(pos)
	if tf == nil {
		return nil, nil
	}
	data, err := a.pass.ReadFile(tf.Name())
	if err != nil || len(data) != tf.Size() {
		return nil, nil
	}
	return tf, data
}

// indentAt returns the white space before pos on its line, and whether
// pos is the first thing on the line.
func (a *run) indentAt(pos token.Pos) (string, bool) {
	tf, data := a.source(pos)
	if tf == nil {
		return "", false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	prefix := string(data[start:tf.Offset(pos)])
	return prefix, strings.TrimLeft(prefix, " \t") == ""
}

// lineEnd returns the position of the end of the line where n ends (after
// any comment there) and the indentation of the line where n starts.
func (a *run) lineEnd(n ast.Node) (token.Pos, string, bool) {
	indent, first := a.indentAt(n.Pos())
	if !first {
		return token.NoPos, "", false
	}
	tf, data := a.source(n.End())
	if tf == nil {
		return token.NoPos, "", false
	}
	off := tf.Offset(n.End())
	for off < len(data) && data[off] != '\n' {
		off++
	}
	// A block comment that goes on to the next lines: give up.
	rest := string(data[tf.Offset(n.End()):off])
	if trimmed := strings.TrimSpace(rest); trimmed != "" && !strings.HasPrefix(trimmed, "//") {
		return token.NoPos, "", false // more code on the line (an if's init, a block comment)
	}
	return tf.Pos(off), indent, true
}
