package fix

import (
	"log/slog"
	"net/http"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	slog.Info("handling", "userID", 1, "err", nil) // want `log key "userID" is not snake case` `log key "err" is an alias` `slog.Info inside entry point Handler drops the request's context`
}
