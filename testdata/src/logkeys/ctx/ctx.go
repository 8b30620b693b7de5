package ctx

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type Server struct {
	log *slog.Logger
	z   *zap.Logger
}

func (s *Server) GetOrder(w http.ResponseWriter, r *http.Request) {
	slog.Info("get order", "order_id", 1) // want `Info inside the entry point GetOrder drops the request's context \(and its trace ID\); use InfoContext\(r.Context\(\), …\) \(logs.context_variants\)`
	s.log.Warn("slow", "order_id", 1)     // want `Logger.Warn inside the entry point GetOrder drops the request's context`
	s.log.InfoContext(r.Context(), "get order", "order_id", 1)
	s.log.Log(r.Context(), slog.LevelInfo, "get order")
	s.log.InfoContext(context.Background(), "get order") // want `context.Background\(\) inside the entry point GetOrder drops the request's context \(and its trace ID\); pass r.Context\(\) \(logs.context_variants\)`
	s.z.Info("no context variant in zap")
	ctx := r.Context()
	go func() {
		slog.Error("in a goroutine") // want `use ErrorContext\(ctx, …\)`
	}()
	logrus.WithField("order_id", 1).Info("get order") // want `this logrus entry inside the entry point GetOrder carries no context \(and so no trace ID for hooks\); add .WithContext\(ctx\)`
	logrus.Info("get order")                          // want `add .WithContext\(ctx\)`
	logrus.WithContext(ctx).WithField("order_id", 1).Info("get order")
	entry := logrus.WithContext(ctx)
	entry.Info("get order")
	log.Info().Str("order_id", "1").Msg("get order") // want `this zerolog event inside the entry point GetOrder carries no context \(and so no trace ID for hooks\); add .Ctx\(ctx\)`
	log.Info().Ctx(ctx).Msg("get order")
	log.Info().Ctx(context.TODO()).Msg("get order") // want `context.TODO\(\) inside the entry point GetOrder drops the request's context`
	zerolog.Ctx(ctx).Info().Msg("get order")
	l := log.Ctx(ctx)
	l.Info().Msg("get order")
}

func CreateOrder(c *gin.Context) {
	slog.Info("create order") // want `use InfoContext\(c.Request.Context\(\), …\)`
}

// helper is not an entry point: it is not checked.
func helper() {
	slog.Info("helper")
}

func withCtx(ctx context.Context) {
	slog.Info("not an entry point")
}
