// Package handlers logs through the dcontext facade: the keys written
// at its calls are checked there.
package handlers

import (
	"context"
	"log/slog"

	"logkeys/facade/dcontext"
)

func Serve(ctx context.Context, name, digest, secret string) {
	dcontext.GetLoggerWithField(ctx, "repo_name", name).Info("serving")
	dcontext.GetLoggerWithField(ctx, "userID", name).Info("serving") // want `log key "userID" is an alias; the convention's key is "user_id"`
	dcontext.GetLoggerWithField(ctx, "password", secret).Info("x")   // want `log key "password" is forbidden by the convention`
	dcontext.GetLoggerWithFields(ctx, map[interface{}]interface{}{
		"digest":    digest,
		"api_token": secret, // want `log key "api_token" is forbidden by the convention`
		"mediaType": "x",    // want `log key "mediaType" is not snake case; use "media_type"`
	}).Info("serving")
	slog.Info("served", dcontext.Attr("orderID", name)) // want `log key "orderID" is not snake case`
}
