// Package noimport logs through a *slog.Logger without importing log/slog.
package noimport

import "logkeys/noimport/provider"

func Use() {
	provider.Logger().Info("started", "orderID", 1) // want `log key "orderID" is not snake case; use "order_id"`
	provider.Logger().Info("started", "order_id", 1)
}
