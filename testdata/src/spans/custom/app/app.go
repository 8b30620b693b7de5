// Package app uses helpers named in the convention.
package app

import (
	"context"

	"spans/custom/platform"
)

func work(ctx context.Context) error { return nil }

func Leaks(ctx context.Context) {
	ctx, span := platform.StartSpan(ctx, "leaks") // want `span "leaks" is not ended on every path`
	span.Annotate("k", "v")
	_ = work(ctx)
}

func Ended(ctx context.Context) {
	ctx, span := platform.StartSpan(ctx, "ended")
	defer span.End()
	_ = work(ctx)
}

func EndedByHelper(ctx context.Context) (err error) {
	ctx, span := platform.StartSpan(ctx, "helper")
	defer platform.Done(span, &err)
	return work(ctx)
}

func Handle(ctx context.Context) {
	ctx, h := platform.Begin(ctx, "handle") // want `span "handle" is not ended on every path`
	_ = h
	_ = work(ctx)
}

func HandleFinished(ctx context.Context) {
	ctx, h := platform.Begin(ctx, "handle-finished")
	defer h.Finish()
	_ = work(ctx)
}
