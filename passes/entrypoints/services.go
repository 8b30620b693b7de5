package entrypoints

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/obslint/obslint/internal/typesutil"
)

// service is a gRPC or connect service interface, found through the
// registration function that protoc-gen-go-grpc or protoc-gen-connect-go
// generates next to it:
//
//	func RegisterFooServer(s grpc.ServiceRegistrar, srv FooServer)
//	func NewFooHandler(svc FooHandler, opts ...connect.HandlerOption) (string, http.Handler)
type service struct {
	framework string
	iface     *types.Interface
	register  *types.Func
}

// serviceOf recognises fn as a generated registration function.
func serviceOf(fn *types.Func) *service {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil {
		return nil
	}
	p := sig.Params()
	switch {
	case strings.HasPrefix(fn.Name(), "Register") && strings.HasSuffix(fn.Name(), "Server") && p.Len() == 2:
		reg := p.At(0).Type()
		if !typesutil.IsNamed(reg, pkgGRPC, "ServiceRegistrar") && !typesutil.IsPointerTo(reg, pkgGRPC, "Server") {
			return nil
		}
		if it, ok := p.At(1).Type().Underlying().(*types.Interface); ok {
			return &service{framework: GRPC, iface: it, register: fn}
		}
	case strings.HasPrefix(fn.Name(), "New") && strings.HasSuffix(fn.Name(), "Handler") && p.Len() == 2 && sig.Variadic():
		opts, ok := p.At(1).Type().(*types.Slice)
		if !ok || !typesutil.IsNamed(opts.Elem(), pkgConnect, "HandlerOption") {
			return nil
		}
		if it, ok := p.At(0).Type().Underlying().(*types.Interface); ok {
			return &service{framework: Connect, iface: it, register: fn}
		}
	}
	return nil
}

// services lists the service interfaces declared in pkg and its direct
// imports.
func services(pkg *types.Package) []*service {
	var out []*service
	for _, p := range append([]*types.Package{pkg}, pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			if fn, ok := scope.Lookup(name).(*types.Func); ok {
				if svc := serviceOf(fn); svc != nil {
					out = append(out, svc)
				}
			}
		}
	}
	return out
}

// findServices finds the types of this package that implement a gRPC or
// connect service and records the methods of the service as entry points.
// Implementing the interface is what makes a type a service: modern
// protoc-gen-go-grpc interfaces can only be implemented by embedding the
// generated Unimplemented type, so this finds services whether or not they
// are registered in this package.
func (s *scanner) findServices() {
	svcs := services(s.pass.Pkg)
	if len(svcs) == 0 {
		return
	}
	decls := make(map[*types.Func]*ast.FuncDecl)
	for _, f := range s.pass.Files {
		if s.isTestFile(f) {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil {
				if fn, ok := s.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					decls[fn] = fd
				}
			}
		}
	}
	generated := make(map[*token.File]bool)
	for _, f := range s.pass.Files {
		if ast.IsGenerated(f) {
			generated[s.pass.Fset.File(f.Pos())] = true
		}
	}
	scope := s.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || generated[s.pass.Fset.File(tn.Pos())] {
			// (generated types are clients and stubs, not services)
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || types.IsInterface(named) || isGenerated(named) {
			continue
		}
		for _, svc := range svcs {
			for _, m := range serviceMethods(named, svc) {
				if fd := decls[m]; fd != nil {
					s.add(m, fd, svc.framework)
				}
			}
		}
	}
}

// isGenerated skips the generated Unimplemented types themselves.
func isGenerated(named *types.Named) bool {
	return strings.HasPrefix(named.Obj().Name(), "Unimplemented") || strings.HasPrefix(named.Obj().Name(), "unimplemented")
}

// serviceMethods returns the methods of named (or *named) that implement
// svc's interface, or nil if it does not implement it. Methods promoted
// from embedded types (the Unimplemented stubs) are not entry points.
func serviceMethods(named *types.Named, svc *service) []*types.Func {
	ptr := types.NewPointer(named)
	if !types.Implements(named, svc.iface) && !types.Implements(ptr, svc.iface) {
		return nil
	}
	var out []*types.Func
	mset := types.NewMethodSet(ptr)
	for i := 0; i < svc.iface.NumMethods(); i++ {
		im := svc.iface.Method(i)
		if !im.Exported() {
			continue // mustEmbedUnimplementedFooServer
		}
		sel := mset.Lookup(im.Pkg(), im.Name())
		if sel == nil || len(sel.Index()) > 1 {
			continue // promoted from an embedded type
		}
		if fn, ok := sel.Obj().(*types.Func); ok {
			out = append(out, fn)
		}
	}
	return out
}
