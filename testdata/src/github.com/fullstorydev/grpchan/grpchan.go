// Package grpchan is a stub of github.com/fullstorydev/grpchan.
package grpchan

import "google.golang.org/grpc"

type service struct {
	desc    *grpc.ServiceDesc
	handler any
}

// HandlerMap collects services to register later on several registrars.
type HandlerMap map[string]service

func (m HandlerMap) RegisterService(desc *grpc.ServiceDesc, h any) {
	m[desc.ServiceName] = service{desc, h}
}

func (m HandlerMap) ForEach(fn func(desc *grpc.ServiceDesc, svr any)) {
	for _, s := range m {
		fn(s.desc, s.handler)
	}
}
