package metricdefs

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
)

// Services rarely call the metrics libraries directly everywhere: they
// write a helper that takes the name and calls meter.Int64Counter(name,
// opts...) or prometheus.NewCounterVec(prometheus.CounterOpts{Name:
// name, ...}). Such a helper is a constructor itself: the pass records it
// as a WrapperFact, across packages, and turns each of its call sites with
// a constant name into a definition, judged where the name is written.

// WrapperFact marks a function or method that creates a metric named by
// one of its parameters.
type WrapperFact struct {
	Library, Kind string
	// NameParam is the index of the parameter holding the name's
	// variable part (the receiver not counted); Prefix and Suffix are
	// the constant parts around it ("flipt." + name); for Prometheus,
	// Namespace and Subsystem the constant FQ parts.
	NameParam            int
	Prefix, Suffix       string
	Namespace, Subsystem string
	// OptsParam is the index of a variadic parameter passed on as the
	// constructor's options (metric.WithUnit, WithDescription), or -1;
	// HelpParam the index of a parameter passed as Help, or -1.
	OptsParam, HelpParam int
	// Unit and Help are set in the helper itself when constant.
	Unit, Help       string
	HasUnit, HasHelp bool
	// Labels are the variable labels when the helper fixes them.
	Labels      []string
	LabelsKnown bool
}

// AFact implements analysis.Fact.
func (*WrapperFact) AFact() {}

// String is "metric wrapper(LIB KIND, name param N, "prefix{}suffix"",
// then what else the wrapper fixes or takes: namespace, subsystem, opts
// param, help param, unit, help, labels), for tests and debugging.
func (f *WrapperFact) String() string {
	s := "metric wrapper(" + f.Library + " " + f.Kind + ", name param " + strconv.Itoa(f.NameParam) + ", " + strconv.Quote(f.Prefix+"{}"+f.Suffix)
	if f.Namespace != "" {
		s += ", namespace " + f.Namespace
	}
	if f.Subsystem != "" {
		s += ", subsystem " + f.Subsystem
	}
	if f.OptsParam >= 0 {
		s += ", opts param " + strconv.Itoa(f.OptsParam)
	}
	if f.HelpParam >= 0 {
		s += ", help param " + strconv.Itoa(f.HelpParam)
	} else if f.HasHelp {
		s += ", help"
	}
	if f.HasUnit {
		s += ", unit " + strconv.Quote(f.Unit)
	}
	if f.LabelsKnown && len(f.Labels) == 0 {
		s += ", labels -"
	} else if f.LabelsKnown {
		s += ", labels " + strings.Join(f.Labels, ",")
	}
	return s + ")"
}

// wrappers finds the package's wrapper functions among the definitions
// whose names could not be folded, then every call of a wrapper (the
// package's own or another's, known by fact) whose name folds.
func (w *wrapperScan) run(res *Result) {
	// Wrappers of wrappers: iterate until no new wrapper appears.
	for round := 0; round < 4; round++ {
		changed := false
		for _, d := range append(append([]*Def(nil), w.unfolded...), w.wrapperCallDefs()...) {
			if w.addWrapper(d) {
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	w.interfaceWrappers()
	for fn, f := range w.local {
		w.pass.ExportObjectFact(fn, f)
	}
	for _, d := range w.wrapperCallDefs() {
		if d.Name != "" {
			res.Defs = append(res.Defs, d)
		}
	}
}

// wrapperScan holds one package's wrapper search.
type wrapperScan struct {
	pass     *analysis.Pass
	fold     *folder
	decls    map[*ast.FuncDecl]*types.Func
	unfolded []*Def // definitions whose names are not constants
	local    map[*types.Func]*WrapperFact
}

func newWrapperScan(pass *analysis.Pass) *wrapperScan {
	w := &wrapperScan{pass: pass, fold: newFolder(pass), decls: make(map[*ast.FuncDecl]*types.Func), local: make(map[*types.Func]*WrapperFact)}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					w.decls[fd] = fn
				}
			}
		}
	}
	return w
}

// enclosing returns the declared function whose body holds pos.
func (w *wrapperScan) enclosing(pos token.Pos) (*ast.FuncDecl, *types.Func) {
	for fd, fn := range w.decls {
		if fd.Body.Pos() <= pos && pos < fd.Body.End() {
			return fd, fn
		}
	}
	return nil, nil
}

// addWrapper makes the function enclosing d a wrapper when d's name is
// built from one of its parameters; it reports whether that is new.
func (w *wrapperScan) addWrapper(d *Def) bool {
	if d.Name != "" || d.NameExpr == nil {
		return false
	}
	fd, fn := w.enclosing(d.Pos)
	if fn == nil || w.local[fn] != nil {
		return false
	}
	params := paramObjects(w.pass.TypesInfo, fd)
	prefix, param, suffix, ok := template(w.fold, d.NameExpr, params)
	if !ok {
		return false
	}
	f := &WrapperFact{
		Library: d.Library, Kind: d.Kind, NameParam: param, Prefix: d.wrapPrefix + prefix, Suffix: suffix + d.wrapSuffix,
		Namespace: d.Namespace, Subsystem: d.Subsystem, OptsParam: -1, HelpParam: -1,
		Unit: d.Unit, HasUnit: d.HasUnit, Help: d.Help, HasHelp: d.HasHelp,
		Labels: d.Labels, LabelsKnown: d.LabelsKnown,
	}
	if d.optsParamExpr != nil {
		if i, ok := paramIndexOf(w.pass.TypesInfo, d.optsParamExpr, params); ok {
			f.OptsParam = i // unit and description come with the call's options
		}
	}
	if d.helpExpr != nil {
		if i, ok := paramIndexOf(w.pass.TypesInfo, d.helpExpr, params); ok {
			f.HelpParam, f.HasHelp = i, true
		}
	}
	w.local[fn] = f
	return true
}

// paramObjects lists fd's parameters, the receiver not counted.
func paramObjects(info *types.Info, fd *ast.FuncDecl) []types.Object {
	var out []types.Object
	for _, field := range fd.Type.Params.List {
		for _, n := range field.Names {
			out = append(out, info.Defs[n])
		}
	}
	return out
}

func paramIndexOf(info *types.Info, e ast.Expr, params []types.Object) (int, bool) {
	obj := typesutil.ObjectOf(info, e)
	for i, p := range params {
		if p != nil && p == obj {
			return i, true
		}
	}
	return 0, false
}

// template reads a name expression built from one parameter: name,
// "prefix." + name + ".suffix", or a chain of constant concatenations
// around it.
func template(info *folder, e ast.Expr, params []types.Object) (prefix string, param int, suffix string, ok bool) {
	e = ast.Unparen(e)
	if i, ok := paramIndexOf(info.Info, e, params); ok {
		return "", i, "", true
	}
	be, isBin := e.(*ast.BinaryExpr)
	if !isBin || be.Op != token.ADD {
		return "", 0, "", false
	}
	if s, c := constString(info, be.X); c {
		p, i, suf, ok := template(info, be.Y, params)
		return s + p, i, suf, ok
	}
	if s, c := constString(info, be.Y); c {
		p, i, suf, ok := template(info, be.X, params)
		return p, i, suf + s, ok
	}
	return "", 0, "", false
}

// wrapperOf returns the wrapper fact of fn: the package's own, or one
// known by fact.
func (w *wrapperScan) wrapperOf(fn *types.Func) *WrapperFact {
	if f := w.local[fn]; f != nil {
		return f
	}
	if fn.Pkg() == w.pass.Pkg {
		return nil
	}
	var f WrapperFact
	if w.pass.ImportObjectFact(fn, &f) {
		return &f
	}
	return nil
}

// wrapperCallDefs returns a definition for each call of a wrapper in the
// package, named when its name argument folds.
func (w *wrapperScan) wrapperCallDefs() []*Def {
	info := w.fold
	var out []*Def
	for _, file := range w.pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := typesutil.Callee(info.Info, call)
			if fn == nil {
				return true
			}
			f := w.wrapperOf(fn)
			if f == nil || f.NameParam >= len(call.Args) {
				return true
			}
			out = append(out, w.callDef(call, f))
			return true
		})
	}
	return out
}

// callDef is the definition a call of a wrapper makes.
func (w *wrapperScan) callDef(call *ast.CallExpr, f *WrapperFact) *Def {
	info := w.fold
	arg := call.Args[f.NameParam]
	d := &Def{
		Library: f.Library, Kind: f.Kind, Call: call, Pos: call.Pos(), NameExpr: arg,
		Unit: f.Unit, HasUnit: f.HasUnit, Help: f.Help, HasHelp: f.HasHelp,
		Labels: f.Labels, LabelsKnown: f.LabelsKnown, Namespace: f.Namespace, Subsystem: f.Subsystem,
		wrapPrefix: f.Prefix, wrapSuffix: f.Suffix,
	}
	if f.OptsParam >= 0 {
		d.HasUnit, d.HasHelp = f.Unit != "", f.Help != ""
		for _, opt := range call.Args[min(f.OptsParam, len(call.Args)):] {
			readOTelOption(info, opt, d)
		}
	}
	if f.HelpParam >= 0 && f.HelpParam < len(call.Args) {
		d.Help, d.HasHelp = "", true
		if h, ok := constString(info, call.Args[f.HelpParam]); ok {
			d.Help, d.HasHelp = h, h != ""
		}
	}
	short, ok := foldName(info, arg)
	if !ok {
		return d // unfolded: the caller may itself be a wrapper
	}
	if fq, isFQ := fqParts(info, arg); isFQ {
		d.Namespace, d.Subsystem, short = fq[0], fq[1], fq[2]
		d.Short = short
		d.Name = f.Prefix + buildFQName(fq[0], fq[1], fq[2]) + f.Suffix
		return d
	}
	if bl, isLit := ast.Unparen(arg).(*ast.BasicLit); isLit && f.Prefix == "" && f.Suffix == "" {
		d.NameLit = bl // a fix may rewrite it: the wrapper adds nothing to it
	}
	d.Short = f.Prefix + short + f.Suffix
	switch d.Library {
	case Prometheus:
		d.Name = buildFQName(f.Namespace, f.Subsystem, d.Short)
	default:
		d.Name = d.Short
	}
	return d
}

// foldName folds a name argument: a constant, or
// prometheus.BuildFQName of constants.
func foldName(info *folder, e ast.Expr) (string, bool) {
	if s, ok := constString(info, e); ok {
		return s, true
	}
	if fq, ok := fqParts(info, e); ok {
		return buildFQName(fq[0], fq[1], fq[2]), true
	}
	return "", false
}

// fqParts folds prometheus.BuildFQName(ns, sub, name) of constants.
func fqParts(info *folder, e ast.Expr) ([3]string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 3 {
		return [3]string{}, false
	}
	fn := typesutil.Callee(info.Info, call)
	if fn == nil || fn.Name() != "BuildFQName" || fn.Pkg() == nil || fn.Pkg().Path() != PkgProm {
		return [3]string{}, false
	}
	var parts [3]string
	for i, a := range call.Args {
		s, ok := constString(info, a)
		if !ok {
			return [3]string{}, false
		}
		parts[i] = s
	}
	return parts, true
}

// readOTelOption reads metric.WithUnit and metric.WithDescription, of a
// meter call or of a call of a wrapper passing its options on.
func readOTelOption(info *folder, opt ast.Expr, d *Def) {
	oc, ok := ast.Unparen(opt).(*ast.CallExpr)
	if !ok || len(oc.Args) != 1 {
		return
	}
	of := typesutil.Callee(info.Info, oc)
	if of == nil || of.Pkg() == nil || of.Pkg().Path() != PkgOTelMetric {
		return
	}
	switch of.Name() {
	case "WithUnit":
		d.Unit, _ = constString(info, oc.Args[0])
		d.HasUnit = true
		d.UnitExpr = oc.Args[0]
		if bl, isLit := ast.Unparen(oc.Args[0]).(*ast.BasicLit); isLit && bl.Kind == token.STRING {
			d.UnitLit = bl
		}
	case "WithDescription":
		// As for Prometheus' Help: an empty description is none.
		s, ok := constString(info, oc.Args[0])
		d.Help, d.HasHelp = s, !ok || s != ""
	}
}

// interfaceWrappers marks the methods of the package's interfaces whose
// every implementation in the package is a wrapper of one shape
// (flipt's MustInt64Meter.Counter, implemented by mustInt64Meter.Counter):
// callers see the interface method.
func (w *wrapperScan) interfaceWrappers() {
	scope := w.pass.Pkg.Scope()
	var named []*types.Named
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() {
			if n, ok := tn.Type().(*types.Named); ok {
				named = append(named, n)
			}
		}
	}
	for _, iface := range named {
		it, ok := iface.Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := 0; i < it.NumMethods(); i++ {
			m := it.Method(i)
			var shape *WrapperFact
			consistent := true
			for _, impl := range named {
				if types.IsInterface(impl) || !types.Implements(impl, it) && !types.Implements(types.NewPointer(impl), it) {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(impl), true, w.pass.Pkg, m.Name())
				fn, _ := obj.(*types.Func)
				f := w.local[fn]
				switch {
				case f == nil:
					consistent = false
				case shape == nil:
					shape = f
				case shape.NameParam != f.NameParam || shape.Library != f.Library || shape.Kind != f.Kind:
					consistent = false
				}
			}
			if consistent && shape != nil {
				w.local[m] = shape
			}
		}
	}
}

// describe is for messages: the wrapper's call as a definition site.
func (f *WrapperFact) describe(fn *types.Func) string {
	return strings.TrimSpace(typesutil.ShortName(fn))
}
