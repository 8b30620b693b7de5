// Package obs is the fixture's observed helper: Audit starts a span.
package obs

import (
	"context"
	"os"

	"go.opentelemetry.io/otel"
)

// Audit is observed: it starts a span, so what it calls is in sight.
func Audit(ctx context.Context, what string) {
	_, span := otel.Tracer("audit").Start(ctx, what)
	defer span.End()
	writeLog(what)
}

func writeLog(what string) { os.Stderr.WriteString(what + "\n") }
