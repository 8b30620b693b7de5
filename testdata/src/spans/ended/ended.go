// Package ended: spans not ended on every path, and the shapes that are
// ended, or whose ownership moved, that spancheck reports anyway.
package ended

import (
	"context"
	"log"
	"sync"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

var tracer = otel.Tracer("ended")

func work(ctx context.Context) error { return nil }

// --- not ended ---

func EarlyReturn(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "early") // want `span "early" is not ended on every path: the return at line 25 leaves it open`
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		return err
	}
	span.End()
	return nil
}

func Discarded(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "discarded") // want `span "discarded" is discarded and never ended`
	_ = work(ctx)
}

func NotKept(ctx context.Context) {
	tracer.Start(ctx, "unkept") // want `span "unkept" is discarded and never ended`
}

func LoopContinue(ctx context.Context, items []string) {
	for _, it := range items {
		_, span := tracer.Start(ctx, "item") // want `span "item" is not ended before the loop starts the next one`
		if it == "" {
			continue
		}
		span.End()
	}
}

// The End is inside the error check of the deferred closure: spans of
// successful calls are never ended (go-spancheck PR #31).
func EndOnlyOnError(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "conditional") // want `span "conditional" is not ended on every path`
	defer func() {
		if err != nil {
			span.SetStatus(codes.Error, err.Error())
			span.End()
		}
	}()
	return work(ctx)
}

// A goroutine that does not end the span does not take it over.
func GoroutineKeepsOpen(ctx context.Context) {
	_, span := tracer.Start(ctx, "background") // want `span "background" is not ended on every path`
	go func() {
		span.AddEvent("tick")
	}()
}

// --- ended, or handed on ---

func Deferred(ctx context.Context) {
	_, span := tracer.Start(ctx, "deferred")
	defer span.End()
}

// go-spancheck #12: End inside a deferred closure.
func DeferredClosure(ctx context.Context) {
	_, span := tracer.Start(ctx, "closure")
	defer func() {
		if r := recover(); r != nil {
			span.SetStatus(codes.Error, "panic")
		}
		span.End()
	}()
}

// go-spancheck #24: a deferred closure that checks the named error.
func DeferredNamedError(ctx context.Context) (retErr error) {
	ctx, span := tracer.Start(ctx, "named")
	defer func() {
		if retErr != nil {
			span.SetStatus(codes.Error, retErr.Error())
			span.RecordError(retErr)
		}
		span.End()
	}()
	if err := work(ctx); err != nil {
		return err
	}
	return nil
}

func EveryReturn(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "every")
	if err := work(ctx); err != nil {
		span.SetStatus(codes.Error, err.Error())
		span.End()
		return err
	}
	span.End()
	return nil
}

func NilGuardedDefer(ctx context.Context, on bool) {
	var span trace.Span
	defer func() {
		if span != nil {
			span.End()
		}
	}()
	if on {
		ctx, span = tracer.Start(ctx, "guarded")
	}
	_ = work(ctx)
}

func EndedThroughContext(ctx context.Context) {
	ctx, _ = tracer.Start(ctx, "through-context")
	defer trace.SpanFromContext(ctx).End()
	_ = work(ctx)
}

// One span per iteration, ended in the iteration.
func PerIteration(ctx context.Context, items []string) {
	for _, it := range items {
		ctx, span := tracer.Start(ctx, "iteration")
		if it == "" {
			span.End()
			continue
		}
		_ = work(ctx)
		span.End()
	}
}

func OneOfTwo(ctx context.Context, fast bool) {
	var span trace.Span
	if fast {
		ctx, span = tracer.Start(ctx, "fast")
	} else {
		ctx, span = tracer.Start(ctx, "slow")
	}
	defer span.End()
	_ = work(ctx)
}

func Fatal(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "fatal")
	if err := work(ctx); err != nil {
		log.Fatal(err)
	}
	span.End()
}

func Panics(ctx context.Context) {
	ctx, span := tracer.Start(ctx, "panics")
	if err := work(ctx); err != nil {
		panic(err)
	}
	span.End()
}

// Ownership moves: returned to the caller.
func Returned(ctx context.Context) (context.Context, trace.Span) {
	ctx, span := tracer.Start(ctx, "returned")
	return ctx, span
}

// Returned as a func that ends it.
func ReturnsEnd(ctx context.Context) (context.Context, func()) {
	ctx, span := tracer.Start(ctx, "returns-end")
	return ctx, func() { span.End() }
}

// Stored in a struct and ended in Close.
type Conn struct {
	span trace.Span
}

func Open(ctx context.Context) *Conn {
	_, span := tracer.Start(ctx, "conn")
	return &Conn{span: span}
}

func (c *Conn) Attach(ctx context.Context) {
	_, c.span = tracer.Start(ctx, "attach")
}

func (c *Conn) Close() error {
	c.span.End()
	return nil
}

// Sent on a channel.
func Send(ctx context.Context, out chan<- trace.Span) {
	_, span := tracer.Start(ctx, "sent")
	out <- span
}

// Ended by a goroutine the function starts.
func Goroutine(ctx context.Context, wg *sync.WaitGroup) {
	ctx, span := tracer.Start(ctx, "goroutine")
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer span.End()
		_ = work(ctx)
	}()
}

func finishAsync(span trace.Span) { span.End() }

func GoroutineHelper(ctx context.Context) {
	_, span := tracer.Start(ctx, "goroutine-helper")
	go finishAsync(span)
}

// Handed to a function that runs the closure later (t.Cleanup,
// errgroup.Group.Go).
func Registered(ctx context.Context, register func(func())) {
	_, span := tracer.Start(ctx, "registered")
	register(func() { span.End() })
}

// Ended by a helper of the package that ends what it is given.
func finish(span trace.Span, err error) {
	if err != nil {
		span.SetStatus(codes.Error, err.Error())
	}
	span.End()
}

func EndedByHelper(ctx context.Context) error {
	ctx, span := tracer.Start(ctx, "helper")
	err := work(ctx)
	finish(span, err)
	return err
}

func DeferredHelper(ctx context.Context) (err error) {
	ctx, span := tracer.Start(ctx, "deferred-helper")
	defer func() { finish(span, err) }()
	return work(ctx)
}

// A span started lazily in a polling loop is left open when the loop
// returns on cancellation (tempo's compaction provider).
func Poll(ctx context.Context, next func(context.Context) bool) {
	var span trace.Span
	loopCtx := ctx
	started := false
	for {
		if ctx.Err() != nil {
			return
		}
		if !started {
			loopCtx, span = tracer.Start(ctx, "poll") // want `span "poll" is not ended on every path: the return at line \d+ leaves it open`
			started = true
		}
		if !next(loopCtx) {
			span.End()
			started = false
		}
	}
}
