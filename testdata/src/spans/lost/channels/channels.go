// Package channels uses contexts for cancellation only: no tracing
// library is reachable from it, so it starts no spans.
package channels

import "context"

// Send sends v unless ctx is done first.
func Send[T any](ctx context.Context, v T, ch chan<- T) bool {
	select {
	case ch <- v:
		return true
	case <-ctx.Done():
		return false
	}
}
