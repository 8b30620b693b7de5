// Package otelconnect is a stub of connectrpc.com/otelconnect.
package otelconnect

type Option interface{}
type Interceptor struct{}

func NewInterceptor(options ...Option) (*Interceptor, error) { return nil, nil }
