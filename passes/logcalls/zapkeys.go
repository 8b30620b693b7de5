package logcalls

import (
	"go/ast"
	"go/constant"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/obslint/obslint/internal/typesutil"
)

// The keys zap writes itself (time, level, message, …) are those of the
// encoder configuration the program builds: zap.NewProduction's are ts,
// level, msg, logger, caller and stacktrace, zap.NewDevelopment's T, L,
// M, N, C and S, and a zapcore.EncoderConfig literal names its own (an
// empty one, zapcore.OmitKey, writes none). The pass reads the
// configurations a package builds, applies the assignments to their key
// fields in the same function (cfg.EncoderConfig.LevelKey = "severity"),
// and hands the keys on in a package fact carrying those of its imports,
// so that a package logging through a logger its logging package builds
// knows which keys that logger writes.

// zapEncoderFields are the key fields of zapcore.EncoderConfig.
var zapEncoderFields = []string{"MessageKey", "LevelKey", "TimeKey", "NameKey", "CallerKey", "FunctionKey", "StacktraceKey"}

// zapPresets are the encoder configurations of zap's constructors.
var zapPresets = map[string]map[string]string{
	"production":  {"TimeKey": "ts", "LevelKey": "level", "NameKey": "logger", "CallerKey": "caller", "MessageKey": "msg", "StacktraceKey": "stacktrace"},
	"development": {"TimeKey": "T", "LevelKey": "L", "NameKey": "N", "CallerKey": "C", "MessageKey": "M", "StacktraceKey": "S"},
	"example":     {"LevelKey": "level", "NameKey": "logger", "MessageKey": "msg"},
}

// zapPreset returns the preset a zap constructor builds with, and
// whether its result can be changed afterwards (a configuration, not a
// logger).
func zapPreset(fn *types.Func) (string, bool) {
	if fn.Pkg() == nil || !typesutil.PkgPathIs(fn.Pkg().Path(), PkgZap) || recvOf(fn) != nil {
		return "", false
	}
	switch fn.Name() {
	case "NewProductionEncoderConfig", "NewProductionConfig":
		return "production", true
	case "NewDevelopmentEncoderConfig", "NewDevelopmentConfig":
		return "development", true
	case "NewProduction":
		return "production", false
	case "NewDevelopment":
		return "development", false
	case "NewExample":
		return "example", false
	}
	return "", false
}

// ZapKeysFact lists the keys the zap encoders built by a package and the
// packages it imports write themselves.
type ZapKeysFact struct {
	Keys []string
}

// AFact implements analysis.Fact.
func (*ZapKeysFact) AFact() {}

// String is "zapkeys(k1 k2 …)".
func (f *ZapKeysFact) String() string { return "zapkeys(" + strings.Join(f.Keys, " ") + ")" }

// findZapKeys reads the package's encoder configurations into
// res.ZapKeys (with its imports'), and exports them.
func findZapKeys(pass *analysis.Pass, res *Result) {
	info := pass.TypesInfo
	keys := make(map[string]bool)
	seen := false
	isKeyField := func(e ast.Expr) (string, bool) {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return "", false
		}
		v, ok := info.ObjectOf(sel.Sel).(*types.Var)
		if !ok || !v.IsField() || v.Pkg() == nil || !typesutil.PkgPathIs(v.Pkg().Path(), PkgZap+"/zapcore") || !strings.HasSuffix(v.Name(), "Key") {
			return "", false
		}
		return v.Name(), true
	}
	scan := func(body ast.Node) {
		var configs []map[string]string
		assigned := make(map[string]string)
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				fn := typesutil.Callee(info, n)
				if fn == nil {
					return true
				}
				if p, changeable := zapPreset(fn); p != "" {
					seen = true
					cfg := make(map[string]string)
					for k, v := range zapPresets[p] {
						cfg[k] = v
					}
					if changeable {
						configs = append(configs, cfg)
					} else {
						for _, v := range cfg {
							keys[v] = true
						}
					}
				}
			case *ast.CompositeLit:
				if t := info.TypeOf(n); t != nil && typesutil.IsNamed(t, PkgZap+"/zapcore", "EncoderConfig") {
					seen = true
					cfg := make(map[string]string)
					for _, elt := range n.Elts {
						kv, ok := elt.(*ast.KeyValueExpr)
						if !ok {
							continue
						}
						id, ok := kv.Key.(*ast.Ident)
						if !ok || !strings.HasSuffix(id.Name, "Key") {
							continue
						}
						if tv := info.Types[kv.Value]; tv.Value != nil {
							cfg[id.Name] = constantText(tv)
						} else {
							cfg[id.Name] = "?" // set at run time: unknown
						}
					}
					configs = append(configs, cfg)
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if f, ok := isKeyField(l); ok && i < len(n.Rhs) {
						if tv := info.Types[n.Rhs[i]]; tv.Value != nil {
							assigned[f] = constantText(tv)
						} else {
							assigned[f] = "?"
						}
					}
				}
			}
			return true
		})
		for _, cfg := range configs {
			for f, v := range assigned {
				cfg[f] = v
			}
			for _, f := range zapEncoderFields {
				if v := cfg[f]; v != "" && v != "?" {
					keys[v] = true
				}
			}
		}
	}
	if typesutil.PkgPathIs(pass.Pkg.Path(), PkgZap) || strings.HasPrefix(pass.Pkg.Path(), PkgZap+"/") {
		// zap's own packages (zaptest's development encoder among them)
		// are not the program's configuration.
		return
	}
	// Only the package's own code counts: a test's logger (zaptest, a
	// development logger) says nothing of the encoder the program runs
	// with, and neither do the packages only its tests import.
	imported := make(map[string]bool)
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(f.Package).Filename, "_test.go") {
			continue
		}
		for _, spec := range f.Imports {
			if p, err := strconv.Unquote(spec.Path.Value); err == nil {
				imported[p] = true
			}
		}
		for _, d := range f.Decls {
			scan(d)
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		if !imported[imp.Path()] {
			continue
		}
		var fact ZapKeysFact
		if pass.ImportPackageFact(imp, &fact) {
			seen = true
			for _, k := range fact.Keys {
				keys[k] = true
			}
		}
	}
	if !seen {
		return
	}
	res.ZapKeys = make(map[string]bool)
	fact := &ZapKeysFact{}
	for k := range keys {
		res.ZapKeys[k] = true
		fact.Keys = append(fact.Keys, k)
	}
	sort.Strings(fact.Keys)
	pass.ExportPackageFact(fact)
}

// constantText is the value of a constant string, "?" for other constants.
func constantText(tv types.TypeAndValue) string {
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "?"
	}
	return constant.StringVal(tv.Value)
}
