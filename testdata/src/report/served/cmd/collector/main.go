// Command collector builds its gRPC server with the collector's
// configgrpc, which always instruments.
package main

import (
	"context"

	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/config/configgrpc"

	"report/served/pb"
)

type Ingest struct{ pb.UnimplementedStockServer }

func (i *Ingest) Count(ctx context.Context, r *pb.GetRequest) (*pb.GetReply, error) { return nil, nil } // report: observed

func main() {
	cfg := &configgrpc.ServerConfig{Endpoint: ":4317"}
	s, err := cfg.ToServer(context.Background(), nil, component.TelemetrySettings{})
	if err != nil {
		return
	}
	pb.RegisterStockServer(s, &Ingest{})
}
