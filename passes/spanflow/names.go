package spanflow

import (
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
)

// idLike matches names of values that identify one thing among many:
// userID, GetOrderId, requestUUID, key, path, url, email, token.
var idLike = regexp.MustCompile(`(?i)(^|[^a-z])(ids?|uuids?|guids?|keys?|paths?|urls?|uris?|emails?|tokens?|hosts?|addrs?|queries|query|sql|stmt|statement)$|[a-z](Ids?|ID|IDs|UUID|Key|Path|URL|URI|Email|Token|Host|Addr|SQL|Query|Stmt|Statement)$`)

// unknownOrID classifies a non-constant value called name, described as
// what: unknown, or unbounded when its name says it is an identifier.
func unknownOrID(name, what string) nameClass {
	if name != "" && idLike.MatchString(name) {
		return nameClass{unbounded: what + ", an identifier (one value per user, order or request)"}
	}
	return nameClass{unknown: what}
}

// nameClass is what a span name is made of.
type nameClass struct {
	constant  bool   // a constant (IsConst, Value)
	value     string // the constant
	unbounded string // why it is unbounded: raw request data, error text, a formatted number
	unknown   string // a non-constant part that is neither of those
	built     bool   // built here: concatenated or formatted
	params    []int  // parameters of the function it comes from
}

func (c *nameClass) merge(o nameClass) {
	if c.unbounded == "" {
		c.unbounded = o.unbounded
	}
	if c.unknown == "" {
		c.unknown = o.unknown
	}
	c.built = c.built || o.built
	c.params = append(c.params, o.params...)
}

// classifyName says what the span name v is made of.
func (s *state) classifyName(v ssa.Value) nameClass {
	return s.classify(v, make(map[ssa.Value]bool), 0)
}

func (s *state) classify(v ssa.Value, seen map[ssa.Value]bool, depth int) nameClass {
	if seen[v] || depth > 12 {
		return nameClass{}
	}
	seen[v] = true
	switch x := v.(type) {
	case *ssa.Const:
		if x.Value != nil && x.Value.Kind() == constant.String {
			return nameClass{constant: true, value: constant.StringVal(x.Value)}
		}
		return nameClass{constant: true}
	case *ssa.Parameter:
		for i, p := range x.Parent().Params {
			if p == x {
				if x.Parent().Parent() != nil { // a closure's parameter
					return unknownOrID(x.Name(), "the parameter "+x.Name())
				}
				return nameClass{params: []int{i}}
			}
		}
	case *ssa.Phi:
		var c nameClass
		allConst := true
		for _, e := range x.Edges {
			ec := s.classify(e, seen, depth+1)
			allConst = allConst && ec.constant
			c.merge(ec)
		}
		if allConst {
			return nameClass{constant: true} // one of several constants: bounded
		}
		return c
	case *ssa.ChangeType:
		return s.classify(x.X, seen, depth+1)
	case *ssa.Convert:
		return s.classify(x.X, seen, depth+1)
	case *ssa.MakeInterface:
		return s.classify(x.X, seen, depth+1)
	case *ssa.BinOp:
		if x.Op == token.ADD {
			c := s.classify(x.X, seen, depth+1)
			c.merge(s.classify(x.Y, seen, depth+1))
			c.constant = false
			c.built = true
			return c
		}
	case *ssa.UnOp:
		if x.Op == token.MUL {
			return s.classifyLoad(x)
		}
	case *ssa.Field:
		return fieldClass(x.X.Type(), x.Field)
	case *ssa.Call:
		return s.classifyCall(x, seen, depth)
	case *ssa.Extract:
		if c, ok := x.Tuple.(*ssa.Call); ok {
			return s.classifyCall(c, seen, depth)
		}
	}
	return unknownOrID(valueName(v), describe(v))
}

// valueName returns the name of the variable a value is read from, if
// any.
func valueName(v ssa.Value) string {
	if x, ok := v.(*ssa.UnOp); ok {
		switch a := x.X.(type) {
		case *ssa.Global:
			return a.Name()
		case *ssa.FreeVar:
			return a.Name()
		case *ssa.Alloc:
			return a.Comment
		}
	}
	return ""
}

// classifyLoad classifies a value read from memory: a field of a struct,
// or a variable (captured by a closure or not), by what is stored in it.
func (s *state) classifyLoad(load *ssa.UnOp) nameClass {
	if fa, ok := load.X.(*ssa.FieldAddr); ok {
		return fieldClass(fa.X.Type(), fa.Field)
	}
	if stored := storedIn(load.X); len(stored) > 0 {
		var c nameClass
		allConst := true
		for _, v := range stored {
			vc := s.classify(v, make(map[ssa.Value]bool), 1)
			allConst = allConst && vc.constant
			c.merge(vc)
		}
		if allConst {
			return nameClass{constant: true} // one of several constants
		}
		if c.unbounded != "" {
			return c
		}
	}
	return unknownOrID(valueName(load), describe(load))
}

// storedIn returns every value stored in the variable addr: an Alloc of
// its function, or a closure's free variable bound to one.
func storedIn(addr ssa.Value) []ssa.Value {
	if fv, ok := addr.(*ssa.FreeVar); ok {
		fn := fv.Parent()
		if fn.Parent() == nil {
			return nil
		}
		j := -1
		for i, f := range fn.FreeVars {
			if f == fv {
				j = i
			}
		}
		var bound ssa.Value
		forEachInstr(fn.Parent(), false, func(in ssa.Instruction) {
			if mc, ok := in.(*ssa.MakeClosure); ok && mc.Fn == fn && j < len(mc.Bindings) {
				bound = mc.Bindings[j]
			}
		})
		if bound == nil {
			return nil
		}
		addr = bound
	}
	alloc, ok := addr.(*ssa.Alloc)
	if !ok || alloc.Referrers() == nil {
		return nil
	}
	var vals []ssa.Value
	for _, r := range *alloc.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
			vals = append(vals, st.Val)
		}
	}
	return vals
}

// fieldClass classifies field i of a struct (or pointer to one).
func fieldClass(t types.Type, i int) nameClass {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := types.Unalias(t).Underlying().(*types.Struct)
	if !ok || i >= st.NumFields() {
		return nameClass{unknown: "a field"}
	}
	name := st.Field(i).Name()
	switch {
	case typesutil.IsNamed(t, "net/url", "URL") && (name == "Path" || name == "RawPath" || name == "RawQuery" || name == "Fragment"):
		return nameClass{unbounded: "the request URL's " + name + " (raw client input: IDs, typos, scans)"}
	case typesutil.IsNamed(t, "net/http", "Request") && (name == "RequestURI" || name == "RemoteAddr" || name == "Host"):
		return nameClass{unbounded: "the request's " + name + " (raw client input)"}
	case typesutil.IsNamed(t, "net/http", "Request") && (name == "Method" || name == "Pattern" || name == "Proto"):
		return nameClass{constant: true}
	case typesutil.IsNamed(t, "net/http", "Response") && (name == "StatusCode" || name == "Status"):
		return nameClass{constant: true}
	case typesutil.IsNamed(t, "google.golang.org/grpc", "UnaryServerInfo") || typesutil.IsNamed(t, "google.golang.org/grpc", "StreamServerInfo"):
		if name == "FullMethod" {
			return nameClass{constant: true} // one per method of the service
		}
	}
	tn := "a struct"
	if n := typesutil.NamedOf(t); n != nil {
		tn = n.Obj().Name()
	}
	return unknownOrID(name, "the field "+tn+"."+name)
}

// classifyCall classifies the result of a call used in a name.
func (s *state) classifyCall(call *ssa.Call, seen map[ssa.Value]bool, depth int) nameClass {
	common := call.Common()
	var fn *types.Func
	if common.IsInvoke() {
		fn = common.Method
	} else if callee := common.StaticCallee(); callee != nil {
		fn, _ = callee.Object().(*types.Func)
		if fn == nil && callee.Origin() != nil {
			fn, _ = callee.Origin().Object().(*types.Func)
		}
	}
	if fn == nil {
		return nameClass{unknown: "the result of a function value"}
	}
	name := fn.Name()
	sig := fn.Type().(*types.Signature)
	pkg := ""
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	args := common.Args
	recvType := func() types.Type {
		if sig.Recv() != nil {
			return sig.Recv().Type()
		}
		return nil
	}
	switch {
	case name == "Error" && sig.Recv() != nil && sig.Params().Len() == 0:
		return nameClass{unbounded: "error text (" + name + "())"}
	case pkg == "fmt" && (name == "Sprintf" || name == "Sprint" || name == "Sprintln"):
		c := nameClass{built: true}
		vals := varargValues(args[len(args)-1])
		format := ""
		if name == "Sprintf" && len(args) == 2 {
			if fc := s.classify(args[0], seen, depth+1); fc.constant {
				format = fc.value
			} else {
				c.merge(fc)
			}
		}
		verbs := formatVerbs(format, len(vals))
		for i, a := range vals {
			if i < len(verbs) && verbs[i] == 'T' {
				continue // a type's name
			}
			if mi, ok := a.(*ssa.MakeInterface); ok {
				a = mi.X
			}
			if _, isConst := a.(*ssa.Const); !isConst && isInteger(a.Type()) && !isNamedBasic(a.Type()) {
				// Numbers are IDs and counts, even when passed in.
				c.merge(nameClass{unbounded: "a number formatted into it (an ID, a count)"})
				continue
			}
			c.merge(s.classify(a, seen, depth+1))
		}
		return c
	case pkg == "strconv" && (name == "Itoa" || name == "FormatInt" || name == "FormatUint"):
		if ac := s.classify(args[0], seen, depth+1); ac.constant {
			return nameClass{constant: true}
		}
		return nameClass{unbounded: "a number formatted with strconv." + name + " (an ID, a count)", built: true}
	case pkg == "strings" && (name == "ToLower" || name == "ToUpper" || name == "TrimSpace" || name == "Title" ||
		name == "TrimPrefix" || name == "TrimSuffix" || name == "Trim" || name == "TrimLeft" || name == "TrimRight" ||
		name == "ReplaceAll" || name == "Replace"):
		c := s.classify(args[0], seen, depth+1)
		if c.constant {
			return nameClass{constant: true}
		}
		return c
	case pkg == "strings" && name == "Join":
		return nameClass{unknown: "strings.Join of a slice", built: true}
	case pkg == "net/url" && name == "String":
		return nameClass{unbounded: "the request URL (raw client input)"}
	case pkg == "net/http" && (name == "UserAgent" || name == "Referer" || name == "FormValue" || name == "PostFormValue" || name == "PathValue"):
		return nameClass{unbounded: "the request's " + name + " (raw client input)"}
	case pkg == "net/http" && name == "Get" && recvType() != nil && typesutil.IsNamed(recvType(), "net/http", "Header"):
		return nameClass{unbounded: "a request header (raw client input)"}
	case typesutil.PkgPathIs(pkg, "github.com/gin-gonic/gin") && (name == "Param" || name == "Query" || name == "ClientIP" || name == "GetHeader"):
		return nameClass{unbounded: "c." + name + "() (raw client input)"}
	case typesutil.PkgPathIs(pkg, "github.com/labstack/echo") && (name == "Param" || name == "QueryParam" || name == "RealIP"):
		return nameClass{unbounded: "c." + name + "() (raw client input)"}
	case typesutil.PkgPathIs(pkg, "github.com/go-chi/chi") && name == "URLParam":
		return nameClass{unbounded: "chi.URLParam (raw client input)"}
	case typesutil.PkgPathIs(pkg, "github.com/gorilla/mux") && name == "Vars":
		return nameClass{unbounded: "mux.Vars (raw client input)"}
	// Bounded by the program: route templates, method and type names.
	case typesutil.PkgPathIs(pkg, "github.com/gin-gonic/gin") && (name == "FullPath" || name == "HandlerName"),
		typesutil.PkgPathIs(pkg, "github.com/labstack/echo") && name == "Path",
		typesutil.PkgPathIs(pkg, "github.com/gorilla/mux") && (name == "GetPathTemplate" || name == "GetName"),
		typesutil.PkgPathIs(pkg, "github.com/go-chi/chi") && name == "RoutePattern",
		pkg == "runtime" && name == "Name",
		pkg == "reflect" && (name == "Name" || name == "String" || name == "PkgPath"):
		return nameClass{constant: true}
	case name == "String" && sig.Recv() != nil && sig.Params().Len() == 0 && isNamedBasic(sig.Recv().Type()):
		return nameClass{constant: true} // an enumeration's name
	}
	what := "the result of " + name + "()"
	if fn.Pkg() != nil && sig.Recv() == nil {
		what = "the result of " + fn.Pkg().Name() + "." + name + "()"
	}
	return unknownOrID(name, what)
}

// varargValues returns the values of a ...args slice built in place.
func varargValues(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok || arr.Referrers() == nil {
		return nil
	}
	var vals []ssa.Value
	for _, r := range *arr.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		for _, u := range *ia.Referrers() {
			if st, ok := u.(*ssa.Store); ok && st.Addr == ia {
				vals = append(vals, st.Val)
			}
		}
	}
	return vals
}

// formatVerbs returns the verb letter of each argument a format consumes.
func formatVerbs(format string, n int) []byte {
	var verbs []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			i++
		}
		if i < len(format) {
			verbs = append(verbs, format[i])
		}
	}
	return verbs
}

func isInteger(t types.Type) bool {
	b, ok := types.Unalias(t).Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// isNamedBasic reports whether t is a named type over a basic type (an
// enumeration such as codes.Code, or a named string).
func isNamedBasic(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	_, basic := n.Underlying().(*types.Basic)
	return basic
}

// describe names a value for a message.
func describe(v ssa.Value) string {
	switch x := v.(type) {
	case *ssa.UnOp:
		if g, ok := x.X.(*ssa.Global); ok {
			return "the package variable " + g.Name()
		}
		if fv, ok := x.X.(*ssa.FreeVar); ok {
			return "the variable " + fv.Name()
		}
		if a, ok := x.X.(*ssa.Alloc); ok && a.Comment != "" {
			return "the variable " + a.Comment
		}
	case *ssa.Parameter:
		return "the parameter " + x.Name()
	}
	return "a value computed at run time"
}
