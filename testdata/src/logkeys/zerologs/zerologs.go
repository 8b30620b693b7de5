package zerologs

import (
	"errors"

	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

var errBoom = errors.New("boom")

func Events(logger zerolog.Logger, id string, n int) {
	log.Info().Str("order_id", id).Int("count", n).Msg("charged")
	logger.Error().Err(errBoom).Str("order_id", id).Send()
	sub := logger.With().Str("service", "billing").Logger()
	sub.Debug().Dict("order", zerolog.Dict().Str("message", id).Int("count", n)).Msg("charged")
	log.Info().Fields(map[string]any{"order_id": id}).Msg("charged")

	log.Info().Str("orderID", id).Msg("charged")                            // want `log key "orderID" is not snake case; use "order_id"`
	logger.Warn().AnErr("err", errBoom).Msg("charged")                      // want `log key "err" is an alias; the convention's key is "error"`
	logger.With().Str("password", id).Logger()                              // want `log key "password" is forbidden`
	log.Info().Str("message", id).Msg("charged")                            // want `log key "message" is one zerolog writes itself`
	log.Info().Dict("Order", zerolog.Dict().Int("Count", n)).Msg("charged") // want `log key "Order" is not snake case; use "order"` `log key "Count" is not snake case; use "count"`
	log.Info().Fields(map[string]any{"userID": id}).Msg("charged")          // want `log key "userID" is an alias`
	log.Info().Fields([]any{"order_id", id, "count"}).Msg("charged")        // want `key "count" has no value`
	log.Info().Msg("charged %s")                                            // want `the message has the printf verb %s but Event.Msg does not format it`
	log.Info().Msgf("charged %s", id)                                       // want `the log message is formatted by Event.Msgf`
	log.Info().Msg("charged: " + id)                                        // want `the log message is built by concatenation`
}
