// Package store reads orders, with a span around each call.
package store

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"example.com/spans/tracing"
)

var tracer = otel.Tracer("example.com/spans/store")

// ErrNotFound is returned for unknown orders.
var ErrNotFound = errors.New("not found")

// DB is the database.
type DB interface {
	Get(ctx context.Context, id string) (string, error)
}

// Store reads orders.
type Store struct {
	db   DB
	span trace.Span
}

// Get leaves its span open when the database fails.
func (s *Store) Get(ctx context.Context, id string) (string, error) {
	ctx, span := tracer.Start(ctx, "store.get") // want "span \"store.get\" is not ended on every path: the return at line 39 leaves it open.*\\[span-not-ended\\]"
	v, err := s.db.Get(ctx, id)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return "", err
	}
	span.End()
	return v, nil
}

// Lookup does not mark its span failed.
func (s *Store) Lookup(ctx context.Context, id string) (string, error) {
	ctx, span := tracer.Start(ctx, "store.lookup")
	defer span.End()
	v, err := s.db.Get(ctx, id)
	if err != nil {
		return "", fmt.Errorf("lookup %s: %w", id, err) // want "returns an error while span \"store.lookup\" \\(started at line 47\\) is open without SetStatus\\(codes.Error, …\\).*\\[span-error-status\\]"
	}
	return v, nil
}

// Count discards its span's context.
func (s *Store) Count(ctx context.Context, ids []string) (int, error) {
	_, span := tracer.Start(ctx, "store.count") // want "the context returned with span \"store.count\" is discarded: s.db.Get at line 62 gets the parent context.*\\[span-lost-context\\]"
	defer span.End()
	n := 0
	for _, id := range ids {
		if _, err := s.db.Get(ctx, id); err == nil {
			n++
		}
	}
	return n, nil
}

// ByNumber names its span after the order number.
func (s *Store) ByNumber(ctx context.Context, n int) (string, error) {
	ctx, span := tracer.Start(ctx, "store.order-"+strconv.Itoa(n)) // want "span name is unbounded: a number formatted with strconv.Itoa.*\\[span-name\\]"
	defer span.End()
	v, err := s.db.Get(ctx, strconv.Itoa(n))
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return "", err
	}
	return v, nil
}

// --- clean: the shapes spancheck reports ---

// Fetch marks and ends its span in one deferred closure.
func (s *Store) Fetch(ctx context.Context, id string) (v string, err error) {
	ctx, span := tracer.Start(ctx, "store.fetch")
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
		}
		span.End()
	}()
	return s.db.Get(ctx, id)
}

// Find starts its span through the facade and finishes it with the facade.
func (s *Store) Find(ctx context.Context, id string) (v string, err error) {
	ctx, span := tracing.Start(ctx, "store.find")
	defer func() { tracing.Finish(span, err) }()
	v, err = s.db.Get(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return "", nil
	}
	return v, err
}

// Begin keeps a span open in the store until Close ends it.
func (s *Store) Begin(ctx context.Context) context.Context {
	ctx, s.span = tracer.Start(ctx, "store.session")
	return ctx
}

// Close ends the session's span.
func (s *Store) Close() error {
	if s.span != nil {
		s.span.End()
	}
	return nil
}

// Batch starts one span per item and ends it in the iteration.
func (s *Store) Batch(ctx context.Context, ids []string) []string {
	var out []string
	for _, id := range ids {
		ctx, span := tracer.Start(ctx, "store.batch-item")
		v, err := s.db.Get(ctx, id)
		span.End()
		if err != nil {
			continue
		}
		out = append(out, v)
	}
	return out
}

// Prefetch hands its span to the goroutine that ends it.
func (s *Store) Prefetch(ctx context.Context, id string, done chan<- string) {
	ctx, span := tracer.Start(ctx, "store.prefetch")
	go func() {
		defer span.End()
		v, _ := s.db.Get(ctx, id)
		done <- v
	}()
}
