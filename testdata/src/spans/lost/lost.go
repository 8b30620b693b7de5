// Package lost: the context Start returns, discarded or shadowed while
// the parent context goes on to the calls below.
package lost

import (
	"context"
	"log/slog"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"

	"spans/lost/channels"
)

var tracer = otel.Tracer("lost")

type Store struct{ db DB }

type DB interface {
	Get(ctx context.Context, id string) (string, error)
}

func (s *Store) Discarded(ctx context.Context, id string) (string, error) {
	_, span := tracer.Start(ctx, "discarded") // want `the context returned with span "discarded" is discarded: s.db.Get at line 27 gets the parent context`
	defer span.End()
	return s.db.Get(ctx, id)
}

func (s *Store) Derived(ctx context.Context, id string) (string, error) {
	_, span := tracer.Start(ctx, "derived") // want `the context returned with span "derived" is discarded: s.db.Get at line 35 gets the parent context`
	defer span.End()
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return s.db.Get(ctx, id)
}

func (s *Store) Shadowed(ctx context.Context, id string, traced bool) (string, error) {
	if traced {
		ctx, span := tracer.Start(ctx, "shadowed") // want `the context returned with span "shadowed" is declared anew \(:=\) and not seen after this block: s.db.Get at line 44 gets the outer context`
		defer span.End()
		slog.InfoContext(ctx, "traced")
	}
	return s.db.Get(ctx, id)
}

// --- clean ---

func (s *Store) Passed(ctx context.Context, id string) (string, error) {
	ctx, span := tracer.Start(ctx, "passed")
	defer span.End()
	return s.db.Get(ctx, id)
}

// A leaf span: nothing below takes a context.
func Leaf(ctx context.Context, b []byte) int {
	_, span := tracer.Start(ctx, "leaf")
	defer span.End()
	return len(b)
}

// Only reads from the parent context below.
func Reads(ctx context.Context) trace.SpanContext {
	_, span := tracer.Start(ctx, "reads")
	defer span.End()
	return trace.SpanContextFromContext(ctx)
}

// The span is ended before the parent context is used again.
func (s *Store) EndedFirst(ctx context.Context, id string) (string, error) {
	_, span := tracer.Start(ctx, "ended-first")
	span.End()
	return s.db.Get(ctx, id)
}

// Two contexts kept under two names: a deliberate choice.
func (s *Store) TwoNames(ctx context.Context, id string) (string, error) {
	spanCtx, span := tracer.Start(ctx, "two-names")
	defer span.End()
	slog.InfoContext(spanCtx, "looking up")
	return s.db.Get(ctx, id)
}

// The call below only watches the context for cancellation: its package
// cannot start spans.
func Cancellation(ctx context.Context, out chan<- string) bool {
	_, span := tracer.Start(ctx, "cancellation")
	defer span.End()
	return channels.Send(ctx, "x", out)
}

func (s *Store) noSpans(ctx context.Context) int { return len(s.name(ctx)) }

func (s *Store) name(ctx context.Context) string { return "store" }

// The calls below start no spans, here or below them.
func (s *Store) Quiet(ctx context.Context) int {
	_, span := tracer.Start(ctx, "quiet")
	defer span.End()
	return s.noSpans(ctx)
}

func (s *Store) traced(ctx context.Context) {
	_, span := tracer.Start(ctx, "traced")
	span.End()
}

func (s *Store) Loud(ctx context.Context) {
	_, span := tracer.Start(ctx, "loud") // want `the context returned with span "loud" is discarded: s.traced at line \d+`
	defer span.End()
	s.traced(ctx)
}
