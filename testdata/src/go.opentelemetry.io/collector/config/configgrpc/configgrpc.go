// Package configgrpc is a stub of go.opentelemetry.io/collector/config/configgrpc.
package configgrpc

import (
	"context"

	"go.opentelemetry.io/collector/component"
	"google.golang.org/grpc"
)

type ToServerOption interface{}

type ServerConfig struct{ Endpoint string }

// ToServer returns a grpc.Server with OpenTelemetry's stats handler.
func (sc *ServerConfig) ToServer(_ context.Context, host component.Host, settings component.TelemetrySettings, extraOpts ...ToServerOption) (*grpc.Server, error) {
	return nil, nil
}
