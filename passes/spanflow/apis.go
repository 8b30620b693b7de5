package spanflow

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/obslint/obslint/internal/typesutil"
)

// Library import paths.
const (
	pkgOtel        = "go.opentelemetry.io/otel"
	pkgOtelTrace   = "go.opentelemetry.io/otel/trace"
	pkgOtelCodes   = "go.opentelemetry.io/otel/codes"
	pkgOpenTracing = "github.com/opentracing/opentracing-go"
	pkgOTExt       = "github.com/opentracing/opentracing-go/ext"
	pkgOpenCensus  = "go.opencensus.io/trace"
)

// Library is the tracing API a span belongs to.
type Library uint8

const (
	OpenTelemetry Library = 1 + iota
	OpenTracing
	OpenCensus
	// Custom is a span type of your own, returned by a start helper named
	// in spans.start_helpers: ended by its End or Finish method.
	Custom
)

func (l Library) String() string {
	switch l {
	case OpenTelemetry:
		return "OpenTelemetry"
	case OpenTracing:
		return "OpenTracing"
	case OpenCensus:
		return "OpenCensus"
	case Custom:
		return "custom"
	}
	return "unknown"
}

// EndMethod is how the library ends a span: "End", or OpenTracing's
// "Finish".
func (l Library) EndMethod() string {
	if l == OpenTracing {
		return "Finish"
	}
	return "End"
}

// tracingPackage reports whether path is the API of a tracing library:
// the packages whose identifiers a package must use to touch spans.
func tracingPackage(path string) bool {
	return path == pkgOtel || path == pkgOtelTrace || path == pkgOpenTracing || path == pkgOTExt || path == pkgOpenCensus
}

// libraryInternal reports whether path belongs to a tracing library
// itself (API, SDK, exporters): nothing there is the user's to judge,
// and its spans are the library's business.
func libraryInternal(path string) bool {
	return path == pkgOtel || strings.HasPrefix(path, pkgOtel+"/") ||
		path == pkgOpenTracing || strings.HasPrefix(path, pkgOpenTracing+"/") ||
		strings.HasPrefix(path, "go.opencensus.io/")
}

// spanLib returns the library of a span type: OpenTelemetry's
// trace.Span, OpenTracing's Span, OpenCensus' *trace.Span.
func spanLib(t types.Type) Library {
	switch {
	case t == nil:
		return 0
	case isNamed(t, pkgOtelTrace, "Span"):
		return OpenTelemetry
	case isNamed(t, pkgOpenTracing, "Span"):
		return OpenTracing
	case typesutil.IsPointerTo(t, pkgOpenCensus, "Span"):
		return OpenCensus
	}
	return 0
}

// isNamed is typesutil.IsNamed without looking through pointers.
func isNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// isContext reports whether t is context.Context.
func isContext(t types.Type) bool { return isNamed(t, "context", "Context") }

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool { return types.Identical(t, errorType) }

// site describes a call that starts a span: which arguments are the parent
// context and the name, which results are the span, its context, and a
// func that ends it. Indexes are into CallCommon.Args (so the receiver of
// a static method call counts) and into the results; -1 means none.
type site struct {
	lib                    Library
	ctxArg, nameArg        int
	span, ctx, end         int
	endMarks               bool        // the end func marks the span failed given the error
	helper                 *types.Func // a start helper, or nil for the library's own
	withNewRoot, withLinks bool
}

// librarySite recognises the tracing libraries' start functions.
func librarySite(common *ssa.CallCommon) *site {
	if common.IsInvoke() {
		m := common.Method
		switch {
		case m.Name() == "Start" && isOtelStart(m):
			return &site{lib: OpenTelemetry, ctxArg: 0, nameArg: 1, ctx: 0, span: 1, end: -1}
		case m.Name() == "StartSpan" && isOTStartSpan(m):
			return &site{lib: OpenTracing, ctxArg: -1, nameArg: 0, ctx: -1, span: 0, end: -1}
		}
		return nil
	}
	callee := common.StaticCallee()
	if callee == nil {
		return nil
	}
	fn, _ := callee.Object().(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	recv := 0
	if sig := fn.Type().(*types.Signature); sig.Recv() != nil {
		recv = 1
		// A concrete tracer's methods: an SDK's or a wrapper type's
		// Start with the Tracer's signature.
		switch {
		case fn.Name() == "Start" && isOtelStart(fn):
			return &site{lib: OpenTelemetry, ctxArg: recv, nameArg: recv + 1, ctx: 0, span: 1, end: -1}
		case fn.Name() == "StartSpan" && isOTStartSpan(fn):
			return &site{lib: OpenTracing, ctxArg: -1, nameArg: recv, ctx: -1, span: 0, end: -1}
		}
		return nil
	}
	switch fn.Pkg().Path() {
	case pkgOpenTracing:
		switch fn.Name() {
		case "StartSpan":
			return &site{lib: OpenTracing, ctxArg: -1, nameArg: 0, ctx: -1, span: 0, end: -1}
		case "StartSpanFromContext":
			return &site{lib: OpenTracing, ctxArg: 0, nameArg: 1, ctx: 1, span: 0, end: -1}
		case "StartSpanFromContextWithTracer":
			return &site{lib: OpenTracing, ctxArg: 0, nameArg: 2, ctx: 1, span: 0, end: -1}
		}
	case pkgOpenCensus:
		switch fn.Name() {
		case "StartSpan", "StartSpanWithRemoteParent":
			return &site{lib: OpenCensus, ctxArg: 0, nameArg: 1, ctx: 0, span: 1, end: -1}
		}
	}
	return nil
}

// isOtelStart reports whether m has trace.Tracer's Start signature.
func isOtelStart(m *types.Func) bool {
	sig := m.Type().(*types.Signature)
	return sig.Params().Len() >= 2 && isContext(sig.Params().At(0).Type()) &&
		types.Identical(sig.Params().At(1).Type(), types.Typ[types.String]) &&
		sig.Results().Len() == 2 && isContext(sig.Results().At(0).Type()) &&
		spanLib(sig.Results().At(1).Type()) == OpenTelemetry
}

// isOTStartSpan reports whether m has opentracing.Tracer's StartSpan
// signature.
func isOTStartSpan(m *types.Func) bool {
	sig := m.Type().(*types.Signature)
	return sig.Params().Len() >= 1 && types.Identical(sig.Params().At(0).Type(), types.Typ[types.String]) &&
		sig.Results().Len() == 1 && spanLib(sig.Results().At(0).Type()) == OpenTracing
}

// fromContext reports whether fn returns the span a context carries:
// trace.SpanFromContext, opentracing.SpanFromContext, OpenCensus'
// trace.FromContext.
func fromContext(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case pkgOtelTrace, pkgOpenTracing:
		return fn.Name() == "SpanFromContext"
	case pkgOpenCensus:
		return fn.Name() == "FromContext"
	}
	return false
}

// withSpan reports whether fn returns a context carrying the span passed
// as its second argument: trace.ContextWithSpan,
// opentracing.ContextWithSpan, OpenCensus' trace.NewContext.
func withSpan(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case pkgOtelTrace, pkgOpenTracing:
		return fn.Name() == "ContextWithSpan"
	case pkgOpenCensus:
		return fn.Name() == "NewContext"
	}
	return false
}

// derivesContext reports whether fn returns a context derived from its
// first argument, carrying what it carries: context.WithCancel and
// friends.
func derivesContext(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg().Path() == "context" && strings.HasPrefix(fn.Name(), "With") {
		return true
	}
	return false
}

// readsContext reports whether a call of fn only reads from the context
// it is given (the span, the baggage, a logger, metadata): passing the
// parent context to it loses nothing.
func readsContext(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	name := fn.Name()
	return strings.HasSuffix(name, "FromContext") || strings.HasSuffix(name, "FromIncomingContext") ||
		strings.HasSuffix(name, "FromOutgoingContext") || fn.Pkg() != nil && fn.Pkg().Path() == "context" && name == "Cause"
}

// status classifies a SetStatus call's code: mark (Error, or a code not
// known until run time), ok, or neither (Unset).
type status uint8

const (
	statusNone status = iota
	statusMark
	statusOk
)

// otelStatus classifies the code argument of OpenTelemetry's
// Span.SetStatus.
func otelStatus(code ssa.Value) status {
	c, ok := code.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return statusMark
	}
	switch v, _ := constant.Uint64Val(c.Value); v {
	case 0:
		return statusNone
	case 2:
		return statusOk
	}
	return statusMark
}

// noReturn lists functions that never return, so that the paths through
// them end there (log.Fatal, os.Exit, t.Fatal, …).
func noReturn(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "os":
		return name == "Exit"
	case "log":
		return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
	case "runtime":
		return name == "Goexit"
	case "testing":
		return name == "Fatal" || name == "Fatalf" || name == "FailNow" || name == "Skip" || name == "Skipf" || name == "SkipNow"
	case "k8s.io/klog", "k8s.io/klog/v2", "github.com/sirupsen/logrus", "go.uber.org/zap":
		return strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic") || name == "Exit" || name == "Exitf"
	}
	return false
}
