// Package names: span names built from unbounded values, and bounded
// ones.
package names

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"go.opentelemetry.io/otel"
	"google.golang.org/grpc"

	"spans/names/consts"
)

var tracer = otel.Tracer("names")

type Handler struct{ name string }

type Request struct{ UserID string }

func (r *Request) GetOrderId() string { return "" }

type Kind int

func (k Kind) String() string { return "kind" }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_, s1 := tracer.Start(r.Context(), "GET "+r.URL.Path) // want `span name is unbounded: the request URL's Path \(raw client input`
	defer s1.End()
	_, s2 := tracer.Start(r.Context(), r.RequestURI) // want `span name is unbounded: the request's RequestURI`
	defer s2.End()
	_, s3 := tracer.Start(r.Context(), "handler."+h.name) // a field: bounded in practice
	defer s3.End()
	_, s4 := tracer.Start(r.Context(), r.Method+" /orders/{id}")
	defer s4.End()
	_, s5 := tracer.Start(r.Context(), h.name) // passed in, not built here
	defer s5.End()
}

func Order(ctx context.Context, id int64) {
	_, s1 := tracer.Start(ctx, fmt.Sprintf("order-%d", id)) // want `span name is unbounded: a number formatted into it`
	defer s1.End()
	_, s2 := tracer.Start(ctx, "order-"+strconv.FormatInt(id, 10)) // want `span name is unbounded: a number formatted with strconv.FormatInt`
	defer s2.End()
	err := errors.New("boom")
	_, s3 := tracer.Start(ctx, "failed: "+err.Error()) // want `span name is unbounded: error text`
	defer s3.End()
}

func Identifiers(ctx context.Context, req *Request, do func(string)) {
	_, s1 := tracer.Start(ctx, "user "+req.UserID) // want `span name is unbounded: the field Request.UserID, an identifier`
	defer s1.End()
	_, s2 := tracer.Start(ctx, "order "+req.GetOrderId()) // want `span name is unbounded: the result of GetOrderId\(\), an identifier`
	defer s2.End()
	run := func(sessionKey string) {
		_, s3 := tracer.Start(ctx, "session "+sessionKey) // want `span name is unbounded: the parameter sessionKey, an identifier`
		defer s3.End()
	}
	run("k")
	mcp := func(method string) {
		_, s4 := tracer.Start(ctx, "mcp."+method) // a closure's parameter: bounded in practice
		defer s4.End()
	}
	mcp("tools/call")
	var reducerKey string
	if len(ctx.Value("k").(string)) > 0 {
		reducerKey = "union"
	} else {
		reducerKey = "intersection"
	}
	reduce := func() {
		_, s5 := tracer.Start(ctx, reducerKey) // one of two constants, captured
		defer s5.End()
	}
	reduce()
}

func Bounded(ctx context.Context, fast bool, k Kind, v any) {
	_, s1 := tracer.Start(ctx, consts.Get)
	defer s1.End()
	name := "slow"
	if fast {
		name = "fast"
	}
	_, s2 := tracer.Start(ctx, consts.Prefix+name)
	defer s2.End()
	_, s3 := tracer.Start(ctx, "kind."+k.String())
	defer s3.End()
	_, s4 := tracer.Start(ctx, fmt.Sprintf("decode %T", v))
	defer s4.End()
}

func Interceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	ctx, span := tracer.Start(ctx, "grpc "+info.FullMethod)
	defer span.End()
	return handler(ctx, req)
}

// start names the span after its parameter: judged at its calls.
func start(ctx context.Context, op string) context.Context {
	ctx, span := tracer.Start(ctx, "op."+op)
	defer span.End()
	return ctx
}

func Calls(ctx context.Context, r *http.Request) {
	start(ctx, "load")
	start(ctx, r.URL.RawQuery) // want `span name \(the span name of start\) is unbounded: the request URL's RawQuery`
}

// Constant names in the wrong case, with spans.name_style: dot.
func Styled(ctx context.Context) {
	_, s1 := tracer.Start(ctx, "GetOrder") // want `span name "GetOrder" is not dot case; use "get.order" \(spans.name_style\)`
	defer s1.End()
	_, s2 := tracer.Start(ctx, consts.Get)
	defer s2.End()
}
