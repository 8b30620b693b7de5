// Package runtime is a stub of github.com/grpc-ecosystem/grpc-gateway/v2/runtime.
package runtime

import "net/http"

type ServeMuxOption func(*ServeMux)

type ServeMux struct{}

func NewServeMux(opts ...ServeMuxOption) *ServeMux                     { return &ServeMux{} }
func (s *ServeMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
