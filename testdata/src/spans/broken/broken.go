// Package broken: spans started from context.Background() or TODO() with
// a request context in scope.
package broken

import (
	"context"
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
)

var tracer = otel.Tracer("broken")

func Param(ctx context.Context) {
	_, span := tracer.Start(context.Background(), "param") // want `span "param" starts a new trace from context.Background\(\) although ctx is in scope: start it from ctx`
	defer span.End()
}

func Handler(w http.ResponseWriter, r *http.Request) {
	_, span := tracer.Start(context.TODO(), "handler") // want `starts a new trace from context.TODO\(\) although r.Context\(\) is in scope`
	defer span.End()
}

func Gin(c *gin.Context) {
	_, span := tracer.Start(context.Background(), "gin") // want `although c.Request.Context\(\) is in scope`
	defer span.End()
}

func Stream(srv any, ss grpc.ServerStream) error {
	return nil
}

type server struct{}

func (s *server) Closure(ctx context.Context, jobs []string) {
	for range jobs {
		func() {
			_, span := tracer.Start(context.Background(), "job") // want `although ctx is in scope`
			defer span.End()
		}()
	}
}

// --- clean ---

func Main() {
	_, span := tracer.Start(context.Background(), "main")
	defer span.End()
}

func NewRoot(ctx context.Context) {
	_, span := tracer.Start(context.Background(), "root", trace.WithNewRoot())
	defer span.End()
}

func Linked(ctx context.Context) {
	_, span := tracer.Start(context.Background(), "linked", trace.WithLinks(trace.LinkFromContext(ctx)))
	defer span.End()
}

func FromParam(ctx context.Context) {
	_, span := tracer.Start(ctx, "from-param")
	defer span.End()
}

func TestSomething(t *testing.T) {
	_, span := tracer.Start(context.Background(), "test")
	defer span.End()
}

// A new root, linked from the caller's span after the start: deliberate.
func LinkedAfter(parent context.Context) {
	ctx, span := tracer.Start(context.Background(), "linked-after")
	defer span.End()
	trace.SpanFromContext(parent).AddLink(trace.LinkFromContext(ctx))
}
