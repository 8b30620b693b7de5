// Package impl declares an operation handler that package api wires:
// until then, nothing makes it an entry point.
package impl

import (
	"github.com/go-openapi/runtime/middleware"

	"passes/entrypoints/openapi/operations"
)

func Remote(p operations.GetAlertsParams) middleware.Responder { return nil }
