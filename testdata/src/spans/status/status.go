// Package status: error paths that leave the span unmarked, or marked Ok,
// and the shapes that mark it.
package status

import (
	"context"
	"errors"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	grpccodes "google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

var tracer = otel.Tracer("status")

func work(ctx context.Context) error            { return nil }
func fetch(ctx context.Context) (string, error) { return "", nil }
func codeFor(err error) codes.Code              { return codes.Error }

// --- reported ---

func Plain(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "plain")
	defer span.End()
	if err := work(ctx); err != nil {
		return err // want `returns an error while span "plain" \(started at line \d+\) is open without SetStatus\(codes.Error, …\)`
	}
	return nil
}

func Wrapped(ctx context.Context) (string, error) {
	ctx, span := tracer.Start(ctx, "wrapped")
	defer span.End()
	v, err := fetch(ctx)
	if err != nil {
		return "", fmt.Errorf("fetch: %w", err) // want `returns an error while span "wrapped" \(started at line \d+\) is open`
	}
	return v, nil
}

func BareNamed(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "bare")
	defer span.End()
	err = work(ctx)
	if err != nil {
		return // want `returns an error while span "bare" \(started at line \d+\) is open`
	}
	return
}

func GRPC(ctx context.Context) error {
	_, span := tracer.Start(ctx, "grpc")
	defer span.End()
	return status.Error(grpccodes.NotFound, "no such order") // want `returns an error while span "grpc" \(started at line \d+\) is open`
}

func TailCall(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "tail")
	defer span.End()
	return work(ctx) // want `returns an error while span "tail" \(started at line \d+\) is open`
}

func OkThenError(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "ok")
	defer span.End()
	err := work(ctx)
	span.SetStatus(codes.Ok, "") // want `SetStatus\(codes.Ok\) on a path that returns an error \(line 72\)`
	if err != nil {
		return err
	}
	return nil
}

func DeferredOk(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "deferred-ok")
	defer span.End()
	defer span.SetStatus(codes.Ok, "") // want `SetStatus\(codes.Ok\) on a path that returns an error`
	return work(ctx)
}

// --- marked, or not an error path ---

func Marked(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "marked")
	defer span.End()
	if err := work(ctx); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	span.SetStatus(codes.Ok, "")
	return nil
}

func RuntimeCode(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "runtime-code")
	defer span.End()
	err := work(ctx)
	span.SetStatus(codeFor(err), "")
	return err
}

// go-spancheck #24.
func DeferredCheck(ctx context.Context) (retErr error) {
	ctx, span := tracer.Start(ctx, "deferred-check")
	defer func() {
		if retErr != nil {
			span.SetStatus(codes.Error, retErr.Error())
		}
		span.End()
	}()
	if err := work(ctx); err != nil {
		return err
	}
	return errors.New("always")
}

// A checked error that is nil by then.
func CheckedNil(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "checked")
	defer span.End()
	err := work(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	return err
}

// go-spancheck #25: the span is ended before the error is returned; the
// error is not its.
func EndedInBlock(ctx context.Context, cond bool) error {
	if cond {
		_, span := tracer.Start(ctx, "inner")
		span.End()
	}
	return errors.New("later")
}

func fail(span trace.Span, err error) {
	span.RecordError(err)
	span.SetStatus(codes.Error, err.Error())
}

func MarkedByHelper(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "helper")
	defer span.End()
	if err := work(ctx); err != nil {
		fail(span, err)
		return err
	}
	return nil
}

func failCtx(ctx context.Context, err error) {
	span := trace.SpanFromContext(ctx)
	span.SetStatus(codes.Error, err.Error())
}

func MarkedThroughContext(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "ctx-helper")
	defer span.End()
	if err := work(ctx); err != nil {
		failCtx(ctx, err)
		return err
	}
	return nil
}

func end(span trace.Span, err *error) {
	if *err != nil {
		span.SetStatus(codes.Error, (*err).Error())
	}
	span.End()
}

func DeferredHelper(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "deferred-helper")
	defer end(span, &err)
	return work(ctx)
}

func NoErrorResult(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "no-error")
	defer span.End()
	_ = work(ctx)
}

// Ownership moved with the span: the caller marks it.
func Start(ctx context.Context) (context.Context, trace.Span, error) {
	ctx, span := tracer.Start(ctx, "start")
	if err := work(ctx); err != nil {
		return ctx, span, err
	}
	return ctx, span, nil
}

// The error happened while the span was open; it was ended before the
// return without being marked.
func EndedThenReturned(ctx context.Context) (string, error) {
	ctx, span := tracer.Start(ctx, "ended-then-returned")
	v, err := fetch(ctx)
	span.End()
	if err != nil {
		return "", err // want `returns an error that happened while span "ended-then-returned" \(started at line \d+\) was open, ended at line \d+ without SetStatus`
	}
	return v, nil
}

func EndedMarked(ctx context.Context) (string, error) {
	ctx, span := tracer.Start(ctx, "ended-marked")
	v, err := fetch(ctx)
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
	if err != nil {
		return "", err
	}
	return v, nil
}

func transact(ctx context.Context, fn func(context.Context) error) error { return fn(ctx) }

// The context, captured by a closure handed to another function, does not
// take the span away.
func CapturedContext(ctx context.Context, fn func(context.Context) error) error {
	ctx, span := tracer.Start(ctx, "captured")
	defer span.End()
	err := transact(ctx, func(inner context.Context) error {
		ictx, ispan := tracer.Start(ctx, "inner")
		defer ispan.End()
		return fn(ictx) // want `returns an error while span "inner" \(started at line \d+\) is open`
	})
	if err != nil {
		return err // want `returns an error while span "captured" \(started at line \d+\) is open`
	}
	return nil
}

func rewrite(err error) error { return fmt.Errorf("rewritten: %w", err) }

func EndedThenWrapped(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "ended-then-wrapped")
	_, err := fetch(ctx)
	if err != nil {
		span.End()
		return rewrite(err) // want `returns an error that happened while span "ended-then-wrapped" \(started at line \d+\) was open`
	}
	span.End()
	return nil
}

// exec marks the span it is given when the query fails (jaeger's
// cassandra reader): the caller's error path is marked.
func exec(span trace.Span, q string) (string, error) {
	v, err := "", errors.New(q)
	if err != nil {
		fail(span, err)
		return "", err
	}
	return v, nil
}

func MarkedByCallee(ctx context.Context, queries []string) ([]string, error) {
	var out []string
	for _, q := range queries {
		_, span := tracer.Start(ctx, "query")
		v, err := exec(span, q)
		span.End()
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// observe returns a func that ends the span but cannot mark it (spicedb's
// datastore proxy): the error paths of its callers are unmarked.
func observe(ctx context.Context, name string) (context.Context, func()) {
	ctx, span := tracer.Start(ctx, name)
	return ctx, func() { span.End() }
}

func Proxied(ctx context.Context) (string, error) {
	ctx, done := observe(ctx, "proxied")
	defer done()
	return fetch(ctx) // want `returns an error while span "proxied" \(started at line \d+\) is open`
}

// run times fn, marks the span of the context it is given when fn fails
// and returns fn's error: its callers' returns of that error are marked.
func run(ctx context.Context, fn func() (int, error)) (int, error) {
	span := trace.SpanFromContext(ctx)
	n, err := fn()
	if err != nil {
		fail(span, err)
		return 0, err
	}
	return n, nil
}

func MarkedByRunner(ctx context.Context) (int, error) {
	ctx, span := tracer.Start(ctx, "runner")
	defer span.End()
	return run(ctx, func() (int, error) { return 1, work(ctx) })
}

// The runner marks the span of the context it is given: not this one.
func RunnerGivenParent(ctx context.Context) (int, error) {
	_, span := tracer.Start(ctx, "runner-parent")
	defer span.End()
	return run(ctx, func() (int, error) { return 1, nil }) // want `returns an error while span "runner-parent"`
}
