package coverage

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
	"github.com/obslint/obslint/passes/entrypoints"
	"github.com/obslint/obslint/wholeprogram/serving"
)

// LeftOut is a function shaped like an entry point that the report does
// not count, with the reason.
type LeftOut struct {
	Function string `json:"function"`
	Position string `json:"position"`
	Reason   string `json:"reason"`
}

// sameMethod returns a method of another type among registered with fn's
// name and signature: fn's type implements the same service interface
// (one-method interfaces of older generators are implemented by accident)
// but is not what the program registers for it. Nil when there is none.
func sameMethod(fn *types.Func, registered []*types.Func) *types.Func {
	sig := fn.Type().(*types.Signature)
	for _, r := range registered {
		rs := r.Type().(*types.Signature)
		if r == fn || rs.Recv() == nil || sig.Recv() == nil {
			continue
		}
		if sameSignature(r, fn) {
			return r
		}
	}
	return nil
}

// sameSignature reports whether two methods take and return the same
// types, their receivers aside.
func sameSignature(a, b *types.Func) bool {
	as, bs := a.Type().(*types.Signature), b.Type().(*types.Signature)
	return types.Identical(types.NewSignatureType(nil, nil, nil, as.Params(), as.Results(), as.Variadic()),
		types.NewSignatureType(nil, nil, nil, bs.Params(), bs.Results(), bs.Variadic()))
}

// middlewareSibling returns a method of fn's receiver type with fn's
// signature that the program applies only as middleware, or nil. A
// handler-shaped method registered nowhere whose siblings are all
// middleware is middleware too (gotify's RequireApplicationToken beside
// RequireClient and RequireAdmin), not an entry point out of sight.
func middlewareSibling(fn *types.Func, res *serving.Result) *types.Func {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return nil
	}
	named := typesutil.NamedOf(sig.Recv().Type())
	if named == nil {
		return nil
	}
	var found *types.Func
	for i := 0; i < named.NumMethods(); i++ {
		m := named.Method(i)
		if m == fn || !sameSignature(m, fn) {
			continue
		}
		if len(res.Registrations[m]) > 0 {
			return nil // a sibling is an endpoint: so may fn be
		}
		if found == nil && len(res.MiddlewareUses[m]) > 0 {
			found = m
		}
	}
	return found
}

// embedsUnimplemented reports whether the receiver of a service method
// embeds a generated Unimplemented…Server: a type written to be that
// service, not one implementing it by accident.
func embedsUnimplemented(fn *types.Func) bool {
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	named := typesutil.NamedOf(recv.Type())
	if named == nil {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if n := typesutil.NamedOf(f.Type()); f.Embedded() && n != nil && strings.HasPrefix(n.Obj().Name(), "Unimplemented") {
			return true
		}
	}
	return false
}

// mockGenerators are the tools whose output holds handler-shaped methods
// that are test doubles, not entry points.
var mockGenerators = []string{"mockery", "MockGen", "mockgen", "moq", "counterfeiter", "pegomock", "minimock"}

// leaveOut drops from eps the functions that are not entry points after
// all: generated mocks, functions of packages only tests import, gin-style
// middleware that is only ever applied with Use, and ServeHTTP methods
// that nothing registers or serves.
func (c *computer) leaveOut(eps []entry, res *serving.Result) ([]entry, []LeftOut) {
	testOnly := c.testOnlyPackages()
	registeredByName := make(map[string][]*types.Func)
	if res != nil {
		for fn, regs := range res.Registrations {
			if len(regs) > 0 {
				registeredByName[fn.Name()] = append(registeredByName[fn.Name()], fn)
			}
		}
	}
	var kept []entry
	var out []LeftOut
	for _, e := range eps {
		reason := ""
		switch {
		case c.mockFile(e.decl) != "":
			reason = "a generated mock (" + c.mockFile(e.decl) + ")"
		case entrypoints.TestDoublePackage(e.Package):
			reason = "in a package of test doubles (" + path.Base(e.Package) + ")"
		case testOnly[e.Package]:
			reason = "in a package only tests import"
		case res != nil && len(res.Registrations[e.fn]) == 0 && len(res.MiddlewareUses[e.fn]) > 0 && !e.Observed:
			reason = "used only as middleware (at " + c.position(res.MiddlewareUses[e.fn][0]) + "), never registered as an endpoint"
		case res != nil && e.Unknown && len(res.Registrations[e.fn]) == 0 && middlewareSibling(e.fn, res) != nil:
			sib := middlewareSibling(e.fn, res)
			reason = "registered nowhere, and the methods like it on its type are middleware (" + shortName(sib) + " at " + c.position(res.MiddlewareUses[sib][0]) + ")"
		case res != nil && e.fn.Name() == "ServeHTTP" && len(res.Registrations[e.fn]) == 0 && e.Unknown:
			reason = "a ServeHTTP method that nothing in the analysed packages registers or serves"
		case res != nil && e.Framework == entrypoints.GRPC && len(res.Registrations[e.fn]) == 0 && !embedsUnimplemented(e.fn):
			if other := sameMethod(e.fn, registeredByName[e.fn.Name()]); other != nil {
				reason = "has the method of a gRPC service that the program registers another type for (" + shortName(other) + ")"
			}
		}
		if reason == "" {
			kept = append(kept, e)
			continue
		}
		out = append(out, LeftOut{Function: e.Function, Position: e.Position, Reason: reason})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Function != out[j].Function {
			return out[i].Function < out[j].Function
		}
		return out[i].Position < out[j].Position
	})
	return kept, out
}

// mockFile names the mock generator of the file declaring decl, or "".
func (c *computer) mockFile(decl *ast.FuncDecl) string {
	if decl == nil {
		return ""
	}
	f := c.fileOf(decl.Pos())
	if f == nil {
		return ""
	}
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, cm := range cg.List {
			text := cm.Text
			if !strings.Contains(text, "Code generated") && !strings.Contains(text, "generated by") {
				continue
			}
			for _, g := range mockGenerators {
				if strings.Contains(text, g) {
					return g
				}
			}
		}
	}
	return ""
}

// fileOf returns the syntax of the module file containing pos.
func (c *computer) fileOf(pos token.Pos) *ast.File {
	for _, p := range c.prog.Packages {
		for _, f := range p.Syntax {
			if f.FileStart <= pos && pos <= f.FileEnd {
				return f
			}
		}
	}
	return nil
}

// testOnlyPackages returns the module's packages that only tests import:
// some test imports them and no package of the program does.
func (c *computer) testOnlyPackages() map[string]bool {
	if c.prog.TestImported == nil {
		return nil
	}
	imported := make(map[string]bool)
	for _, p := range c.prog.Packages {
		for _, imp := range p.Imports {
			imported[imp.PkgPath] = true
		}
	}
	out := make(map[string]bool)
	for _, p := range c.prog.Packages {
		if p.Name != "main" && !imported[p.PkgPath] && c.prog.TestImported[p.PkgPath] {
			out[p.PkgPath] = true
		}
	}
	return out
}
