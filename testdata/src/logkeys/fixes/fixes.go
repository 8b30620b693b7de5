package fixes

import (
	"context"
	"errors"
	"log/slog"
	"net/http"

	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
)

type key string

const typed key = "order_id"

const cartKey = "cartID" // want `log key "cartID" is not snake case; use "cart_id"`

var errBoom = errors.New("boom")

func Keys(logger *slog.Logger) {
	logger.Info("charged", "userID", 1)              // want `log key "userID" is an alias`
	logger.Info("charged", "orderID", 1)             // want `log key "orderID" is not snake case`
	logger.Info("charged", "UID", 1)                 // want `log key "UID" is not snake case; use "user_id"`
	logger.Error("failed", errBoom)                  // want `errBoom \(error\) is at a key position`
	logger.Info("charged", typed, 1)                 // want `typed \(key\) is at a key position`
	logger.Info("charged", slog.Int("itemCount", 1)) // want `log key "itemCount" is not snake case`
	logger.Info("charged", cartKey, 1)
}

func Handle(w http.ResponseWriter, r *http.Request) {
	slog.Info("charged", "order_id", 1) // want `use InfoContext\(r.Context\(\), …\)`
	ctx := r.Context()
	slog.Default().Warn("slow")                       // want `use WarnContext\(ctx, …\)`
	logrus.WithField("order_id", 1).Info("charged")   // want `add .WithContext\(ctx\)`
	log.Info().Str("order_id", "1").Msg("charged")    // want `add .Ctx\(ctx\)`
	slog.InfoContext(context.Background(), "charged") // want `pass ctx`
	_ = ctx
}
