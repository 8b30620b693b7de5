package app

import (
	"net/http"

	"github.com/go-logr/logr"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"k8s.io/klog/v2"
)

// Handlers hold the other loggers.
type Handlers struct {
	entry *logrus.Entry
	z     zerolog.Logger
	logr  logr.Logger
	zap   *zap.Logger
}

// Refund is an entry point logging through logrus and zerolog.
func (h *Handlers) Refund(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	h.entry.WithContext(ctx).WithField("order_id", 1).Info("refunded")
	h.entry.WithField("order_id", 1).Info("refunded")                 // want "this logrus entry inside the entry point Refund carries no context \\(and so no trace ID for hooks\\); add .WithContext\\(ctx\\) \\(logs.context_variants\\) \\[log-context\\]"
	h.entry.WithField("level", "x").WithContext(ctx).Info("refunded") // want "log key \"level\" is one logrus writes itself, so the record gets it twice; choose another key \\[log-reserved-key\\]"
	h.entry.WithContext(ctx).Infof("refunded %d", 1)                  // want "the log message is formatted by Entry.Infof; keep messages constant and put the values in keys \\(logs.static_message\\) \\[log-dynamic-message\\]"
	h.z.Info().Ctx(ctx).Str("order_id", "1").Msg("refunded")
	zerolog.Ctx(ctx).Info().Str("order_id", "1").Msg("refunded")
	h.z.Info().Str("order_id", "1").Msg("refunded")                                                       // want "this zerolog event inside the entry point Refund carries no context \\(and so no trace ID for hooks\\); add .Ctx\\(ctx\\) \\(logs.context_variants\\) \\[log-context\\]"
	log.Info().Ctx(ctx).Msg("refunded %d")                                                                // want "the message has the printf verb %d but Event.Msg does not format it; put the value in a key \\[log-printf-message\\]"
	log.Info().Ctx(ctx).Dict("order", zerolog.Dict().Str("message", "x").Int("Count", 1)).Msg("refunded") // want "log key \"Count\" is not snake case; use \"count\" \\(logs.key_case\\) \\[log-key-case\\]"
	h.logr.Info("refunded", errBoom, 1)                                                                   // want "errBoom \\(error\\) is at a key position but is not a string, so logr logs it as a malformed pair; write a key before it: \"error\", errBoom \\[log-key-type\\]"
	h.logr.Error(errBoom, "refund failed", "order_id", 1)
	klog.V(2).InfoS("refunded %d", "order_id", 1)                       // want "the message has the printf verb %d but Verbose.InfoS does not format it; put the value in a key \\[log-printf-message\\]"
	h.zap.Sugar().Infow("refunded", "order_id", 1, zap.Int("count", 1)) // want "this zap call mixes key/value pairs and attributes; write all of them one way \\[log-mixed-args\\]"
	h.zap.Info("refunded", zap.Object("order", order{}))
}

type order struct{}

func (order) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("msg", "nested")
	enc.AddInt("itemCount", 1) // want "log key \"itemCount\" is not snake case; use \"item_count\" \\(logs.key_case\\) \\[log-key-case\\]"
	return nil
}
