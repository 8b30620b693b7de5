// Package connect is a stub of connectrpc.com/connect.
package connect

type Request[T any] struct{ Msg *T }
type Response[T any] struct{ Msg *T }

func NewResponse[T any](message *T) *Response[T] { return nil }

type ServerStream[T any] struct{}
type ClientStream[T any] struct{}
type BidiStream[Req, Res any] struct{}

type Option interface {
	HandlerOption
}
type HandlerOption interface{ applyToHandler() }
type Interceptor interface{}

func WithInterceptors(interceptors ...Interceptor) Option { return nil }
