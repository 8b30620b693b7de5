package instrumented

import (
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
)

// spanFix starts a span at the top of the handler and ends it on return,
// carrying the new context on to the rest of the handler the way each
// framework expects. It needs named parameters; otherwise there is no
// mechanical fix.
func spanFix(pass *analysis.Pass, fd *ast.FuncDecl, ep *entrypoints.EntryPoint, otelName string) (analysis.SuggestedFix, bool) {
	var params []string
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			params = append(params, n.Name)
		}
	}
	for _, p := range params {
		if p == "_" {
			return analysis.SuggestedFix{}, false
		}
	}
	// Do not shadow names the body already uses.
	if usesName(fd.Body, "span") {
		return analysis.SuggestedFix{}, false
	}
	tracer := fmt.Sprintf("%s.Tracer(%q)", otelName, pass.Pkg.Path())
	spanName := typesutil.ShortName(ep.Func)
	var lines []string
	switch ep.Framework {
	case entrypoints.NetHTTP:
		if len(params) != 2 || usesName(fd.Body, "ctx") {
			return analysis.SuggestedFix{}, false
		}
		r := params[1]
		lines = []string{
			fmt.Sprintf("ctx, span := %s.Start(%s.Context(), %q)", tracer, r, spanName),
			"defer span.End()",
			fmt.Sprintf("%s = %s.WithContext(ctx)", r, r),
		}
	case entrypoints.Gin:
		if len(params) != 1 || usesName(fd.Body, "ctx") {
			return analysis.SuggestedFix{}, false
		}
		c := params[0]
		lines = []string{
			fmt.Sprintf("ctx, span := %s.Start(%s.Request.Context(), %q)", tracer, c, spanName),
			"defer span.End()",
			fmt.Sprintf("%s.Request = %s.Request.WithContext(ctx)", c, c),
		}
	case entrypoints.GRPC, entrypoints.Connect:
		if len(params) < 2 {
			return analysis.SuggestedFix{}, false
		}
		ctx := params[0]
		lines = []string{
			fmt.Sprintf("%s, span := %s.Start(%s, %q)", ctx, tracer, ctx, spanName),
			"defer span.End()",
		}
	default:
		return analysis.SuggestedFix{}, false
	}
	text := "\n\t" + strings.Join(lines, "\n\t")
	// Insert at the end of the brace's line, after any comment there.
	pos := fd.Body.Lbrace + 1
	tf := pass.Fset.File(pos)
	if line := tf.Line(pos); line < tf.LineCount() {
		pos = tf.LineStart(line+1) - 1
	}
	if pos > fd.Body.Rbrace {
		pos = fd.Body.Lbrace + 1
	}
	return analysis.SuggestedFix{
		Message:   "start a span for the handler",
		TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}},
	}, true
}

// usesName reports whether an identifier called name appears in n.
func usesName(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}
