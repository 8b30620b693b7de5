// Package app uses the tracing facade of another package: its helpers are
// known through facts, and the spans they return are judged here.
package app

import (
	"context"
	"net/http"
	"strconv"

	"spans/helpers/tracing"
)

func work(ctx context.Context) error { return nil }

type Store struct{ t *tracing.Tracer }

// --- reported ---

func Leaks(ctx context.Context) {
	ctx, span := tracing.Start(ctx, "leaks") // want `span "leaks" is not ended on every path`
	span.AddEvent("x")
	_ = work(ctx)
}

func NoStatus(ctx context.Context) error {
	ctx, span := tracing.Start(ctx, "no-status")
	defer span.End()
	if err := work(ctx); err != nil {
		return err // want `returns an error while span "no-status" \(started at line \d+\) is open`
	}
	return nil
}

func EndNeverCalled(ctx context.Context) {
	ctx, end := tracing.Trace(ctx, "never-called") // want `span "never-called" is not ended on every path: .* call end \(or defer it\) on every path`
	_ = end
	_ = work(ctx)
}

func CtxNeverEnded(ctx context.Context) {
	ctx = tracing.StartCtx(ctx, "ctx-only") // want `span "ctx-only" is discarded and never ended`
	_ = work(ctx)
}

func UnboundedThroughHelper(w http.ResponseWriter, r *http.Request) {
	ctx, span := tracing.StartOp(r.Context(), r.URL.Path) // want `span name \(the span name of StartOp\) is unbounded: the request URL's Path`
	defer span.End()
	_ = work(ctx)
}

func UnboundedTraced(ctx context.Context, id int) error {
	return tracing.Traced(ctx, "job-"+strconv.Itoa(id), work) // want `span name \(the span name of Traced\) is unbounded: a number formatted with strconv.Itoa`
}

func (s *Store) Method(ctx context.Context, id int) {
	ctx, span := s.t.Span(ctx, "get") // want `span "get" is not ended on every path`
	span.AddEvent("x")
	_ = work(ctx)
}

func Borrows(ctx context.Context) error {
	defer tracing.End(ctx) // want `End ends the span of a context this function did not start a span in`
	return work(ctx)
}

// --- clean ---

func Ended(ctx context.Context) (err error) {
	ctx, span := tracing.Start(ctx, "ended")
	defer func() { tracing.Finish(span, err) }()
	return work(ctx)
}

func EndFunc(ctx context.Context) (err error) {
	ctx, end := tracing.Trace(ctx, "end-func")
	defer end(&err)
	return work(ctx)
}

func CtxEnded(ctx context.Context) error {
	ctx = tracing.StartCtx(ctx, "ctx-ended")
	defer tracing.End(ctx)
	if err := work(ctx); err != nil {
		tracing.Fail(ctx, err)
		return err
	}
	return nil
}

func ConstantOp(ctx context.Context) error {
	ctx, span := tracing.StartOp(ctx, "load")
	defer span.End()
	err := work(ctx)
	tracing.Finish(span, err)
	return err
}

func Run(ctx context.Context) error {
	return tracing.Traced(ctx, "run", work)
}

// A helper of this package built on the facade: a start helper in turn.
func startJob(ctx context.Context, name string) (context.Context, func(*error)) {
	return tracing.Trace(ctx, "job."+name)
}

func Job(ctx context.Context) (err error) {
	ctx, end := startJob(ctx, "nightly")
	defer end(&err)
	return work(ctx)
}

func Prepared(ctx context.Context) error {
	ctx, end, err := tracing.Prepare(ctx, "prepared", work)
	if err != nil {
		return err
	}
	defer end()
	_ = work(ctx)
	return nil
}

func Queries(ctx context.Context) error {
	return tracing.Query(ctx, "select")
}

func Logs(ctx context.Context) {
	tracing.For(ctx).Info("loading")
	ctx, span := tracing.Start(ctx, "logs") // want `span "logs" is not ended on every path`
	tracing.For(ctx).Info("loaded")
	span.AddEvent("x")
}
