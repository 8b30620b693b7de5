// Package zerologx exercises the logkeys checks on zerolog.
package zerologx

import (
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/log"
)

func logs(l zerolog.Logger, id int, err error) {
	// Clean twins.
	log.Info().Str("order_id", "x").Int("count", id).Msg("order placed")
	l.Error().Err(err).Msg("failed")
	_ = l.With().Str("request_id", "r").Logger()
	log.Info().Dict("http", zerolog.Dict().Str("method", "GET")).Send()

	log.Info().Str("orderID", "x").Msg("order placed")   // want `log key "orderID" is not snake case`
	log.Info().AnErr("err", err).Msg("failed")           // want `log key "err" is an alias`
	log.Info().Str("message", "x").Msg("x")              // want `log key "message" is written by the zerolog handler itself`
	_ = l.With().Str("userName", "u").Logger()           // want `log key "userName" is not snake case`
	log.Info().Msgf("order %d placed", id)               // want `Event.Msgf formats its message`
	log.Info().Msg("order %d placed")                    // want `message has the printf verb %d`
}
