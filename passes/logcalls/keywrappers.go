package logcalls

import (
	"go/ast"
	"go/types"
	"strconv"

	"github.com/obslint/obslint/internal/typesutil"
)

// Logging facades often take one key and its value, or a map of fields,
// and hand them to the logger:
//
//	func LoggerWithField(ctx context.Context, key, value any) Logger {
//		return FromContext(ctx).WithField(fmt.Sprint(key), value)
//	}
//	func LoggerWithFields(ctx context.Context, fields map[any]any) Logger {
//		lf := make(logrus.Fields, len(fields))
//		for k, v := range fields {
//			lf[fmt.Sprint(k)] = v
//		}
//		return FromContext(ctx).WithFields(lf)
//	}
//
// Inside, the key is handed on, not built; the key is the caller's, so
// the pass records such a function as a key wrapper (a fact, for callers
// in other packages) and reads the keys at its calls.

// KeyWrapperFact marks a function writing a log key its caller chooses:
// the parameter with the key (Key) and its value (Value), or a map of
// keys to values (Fields); -1 when it has none. Library is the logger the
// keys go to.
type KeyWrapperFact struct {
	Library            string
	Key, Value, Fields int
}

// AFact implements analysis.Fact.
func (*KeyWrapperFact) AFact() {}

// String is "logkeywrapper(LIB) key=I value=J fields=K".
func (f *KeyWrapperFact) String() string {
	return "logkeywrapper(" + f.Library + ") key=" + strconv.Itoa(f.Key) + " value=" + strconv.Itoa(f.Value) + " fields=" + strconv.Itoa(f.Fields)
}

// HandedOnKey follows a key expression through the conversions a facade
// applies to a key of type any (fmt.Sprint(k), fmt.Sprintf("%v", k),
// k.(string), string(k)) to the identifier it converts, or nil.
func HandedOnKey(info *types.Info, e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.CallExpr:
			if tv := info.Types[x.Fun]; tv.IsType() && len(x.Args) == 1 {
				e = x.Args[0]
				continue
			}
			fn := typesutil.Callee(info, x)
			if fn == nil || !typesutil.FuncPkgIs(fn, "fmt") {
				return nil
			}
			switch {
			case fn.Name() == "Sprint" && len(x.Args) == 1:
				e = x.Args[0]
			case fn.Name() == "Sprintf" && len(x.Args) == 2:
				// Only a format that adds nothing: "%v", "%s".
				if tv := info.Types[x.Args[0]]; tv.Value == nil || (constantText(tv) != "%v" && constantText(tv) != "%s") {
					return nil
				}
				e = x.Args[1]
			default:
				return nil
			}
		default:
			return nil
		}
	}
}

// findKeyWrappers finds the package's key wrappers.
func (s *scanner) findKeyWrappers() {
	info := s.pass.TypesInfo
	for _, f := range s.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, _ := info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			params := fn.Type().(*types.Signature).Params()
			paramIndex := func(v types.Object) int {
				for i := 0; i < params.Len(); i++ {
					if params.At(i) == v {
						return i
					}
				}
				return -1
			}
			// rangeOver maps the key variable of a range over a map
			// parameter to that parameter's index.
			rangeOver := make(map[types.Object]int)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if r, ok := n.(*ast.RangeStmt); ok && r.Key != nil {
					if id, ok := ast.Unparen(r.X).(*ast.Ident); ok {
						if i := paramIndex(info.Uses[id]); i >= 0 {
							if _, isMap := params.At(i).Type().Underlying().(*types.Map); isMap {
								if k := typesutil.ObjectOf(info, r.Key); k != nil {
									rangeOver[k] = i
								}
							}
						}
					}
				}
				return true
			})
			fact := &KeyWrapperFact{Key: -1, Value: -1, Fields: -1}
			note := func(lib string, key, value ast.Expr) {
				id := HandedOnKey(info, key)
				if id == nil {
					return
				}
				obj := info.Uses[id]
				if i := paramIndex(obj); i >= 0 && fact.Key < 0 {
					fact.Library, fact.Key = lib, i
					if v, ok := ast.Unparen(value).(*ast.Ident); ok && value != nil {
						fact.Value = paramIndex(info.Uses[v])
					}
				} else if i, ok := rangeOver[obj]; ok && fact.Fields < 0 {
					fact.Library, fact.Fields = lib, i
				}
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					callee := typesutil.Callee(info, n)
					if callee == nil || callee.Pkg() == nil || len(n.Args) == 0 {
						return true
					}
					if lib := keyConstructorLib(callee); lib != "" {
						var value ast.Expr
						if len(n.Args) > 1 {
							value = n.Args[1]
						}
						note(lib, n.Args[0], value)
						return true
					}
					if c := s.logCall(callee, n); c != nil && !c.Spread && !c.Print && !c.Format && len(c.Args) >= 1 {
						switch c.Library {
						case Slog, Sugar, Logr, Klog, GoKit:
							var value ast.Expr
							if len(c.Args) > 1 {
								value = c.Args[1]
							}
							note(c.Library, c.Args[0], value)
						}
					}
				case *ast.AssignStmt:
					// lf[fmt.Sprint(k)] = v into logrus.Fields
					for _, l := range n.Lhs {
						if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok && typesutil.IsNamed(info.TypeOf(ix.X), PkgLogrus, "Fields") {
							note(Logrus, ix.Index, nil)
						}
					}
				}
				return true
			})
			if fact.Key < 0 && fact.Fields < 0 {
				continue
			}
			s.keyLocal[fn] = fact
			if fn.Exported() || recvOf(fn) != nil {
				s.pass.ExportObjectFact(fn, fact)
			}
		}
	}
}

// keyConstructorLib returns the library of a function writing one key
// given as its first parameter (slog's Attr constructors, zap's Field
// constructors, logrus's WithField, zerolog's field methods), or "".
func keyConstructorLib(fn *types.Func) string {
	path := fn.Pkg().Path()
	sig := fn.Type().(*types.Signature)
	recv := recvOf(fn)
	switch {
	case path == PkgSlog && recv == nil && sig.Results().Len() == 1 && isSlogAttr(sig.Results().At(0).Type()):
		return Slog
	case typesutil.PkgPathIs(path, PkgZap) && recv == nil && sig.Results().Len() == 1 && isZapField(sig.Results().At(0).Type()):
		return Zap
	case typesutil.PkgPathIs(path, PkgLogrus) && fn.Name() == "WithField":
		return Logrus
	case typesutil.PkgPathIs(path, PkgZerolog) && (typesutil.IsNamed(recv, PkgZerolog, "Event") || typesutil.IsNamed(recv, PkgZerolog, "Context")):
		if p := sig.Params(); p.Len() > 0 && p.At(0).Name() == "key" {
			return Zerolog
		}
	}
	return ""
}

// keyWrapperCall reads the keys a call of a key wrapper writes.
func (s *scanner) keyWrapperCall(fn *types.Func, call *ast.CallExpr) bool {
	f := s.keyLocal[fn.Origin()]
	if f == nil && fn.Pkg() != nil && fn.Pkg() != s.pass.Pkg {
		var imported KeyWrapperFact
		if s.pass.ImportObjectFact(fn.Origin(), &imported) {
			f = &imported
		}
	}
	if f == nil {
		return false
	}
	if f.Key >= 0 && f.Key < len(call.Args) && !(call.Ellipsis.IsValid() && f.Key == len(call.Args)-1) {
		k := s.key(call.Args[f.Key], f.Library, true)
		if !k.String && s.pass.TypesInfo.Types[call.Args[f.Key]].Value != nil {
			k.String = true // an untyped or typed constant string passed as any
		}
		if f.Value >= 0 && f.Value < len(call.Args) {
			k.Value = call.Args[f.Value]
		}
		k.Facade = true
		if k.Const || k.String {
			s.res.Keys = append(s.res.Keys, k)
		}
	}
	if f.Fields >= 0 && f.Fields < len(call.Args) {
		if lit, ok := ast.Unparen(call.Args[f.Fields]).(*ast.CompositeLit); ok {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if tv := s.pass.TypesInfo.Types[kv.Key]; tv.Value != nil {
						k := s.key(kv.Key, f.Library, true)
						k.String, k.Value, k.Facade = true, kv.Value, true
						s.res.Keys = append(s.res.Keys, k)
					}
				}
			}
		}
	}
	return true
}
