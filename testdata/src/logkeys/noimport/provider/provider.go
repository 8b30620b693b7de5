// Package provider hands out the service's logger.
package provider

import "log/slog"

// Logger returns the logger.
func Logger() *slog.Logger { return slog.Default() }
