// Package defaults: with the default convention, only key case (snake),
// pairing, key types, reserved keys and printf verbs are checked; static
// messages, context variants and unstructured printing are opt-in.
package defaults

import (
	"fmt"
	"log/slog"
	"net/http"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	slog.Info(fmt.Sprintf("handling %s", r.URL.Path))
	slog.Info("handling", "err", nil)
	fmt.Println("debug")
	slog.Info("handling", "userID", 1) // want `log key "userID" is not snake case`
}
