// Package trace is a stub of go.opencensus.io/trace with the real
// signatures.
package trace

import "context"

type Span struct{}

func (s *Span) End() {}

type StartOption func()

func StartSpan(ctx context.Context, name string, o ...StartOption) (context.Context, *Span) {
	return ctx, &Span{}
}
