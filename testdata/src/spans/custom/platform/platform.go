// Package platform is a tracing facade whose span type is its own; the
// convention names its start and end helpers.
package platform

import "context"

type Span struct{}

func (s *Span) End()                 {}
func (s *Span) Annotate(k, v string) {}

// StartSpan returns the company span type.
func StartSpan(ctx context.Context, name string) (context.Context, *Span) { return ctx, &Span{} }

type handle struct{ id int }

// Begin returns a handle the convention says to end with Done.
func Begin(ctx context.Context, op string) (context.Context, *handle) { return ctx, &handle{} }

func (h *handle) Finish() {}

// Done ends what it is given (named in spans.end_helpers, since its body
// is out of sight here).
func Done(s *Span, err *error) {}
