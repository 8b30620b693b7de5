// Package api wires go-openapi operation handlers: converting a function
// to a generated handler type registers it.
package api

import (
	"github.com/go-openapi/runtime/middleware"

	"passes/entrypoints/openapi/impl"
	"passes/entrypoints/openapi/operations"
)

type handlers struct{}

// getAlerts is unexported, as operation handlers usually are: the
// generated API exports it.
func (h *handlers) getAlerts(p operations.GetAlertsParams) middleware.Responder { return nil } // want "entrypoint handlers.getAlerts openapi registered=1 escapes=false"

func ListAlerts(p operations.GetAlertsParams) middleware.Responder { return nil } // want "entrypoint ListAlerts openapi registered=1 escapes=false" ListAlerts:`^entrypoint\(openapi, registered at home\)$`

// Unwired has the shape, but nothing converts it.
func Unwired(p operations.GetAlertsParams) middleware.Responder { return nil }

func Wire() {
	h := &handlers{}
	api := &operations.AlertsAPI{}
	api.GetAlertsHandler = operations.GetAlertsHandlerFunc(h.getAlerts) // want "registration openapi route=- handler=handlers.getAlerts router=- wrappers=-"
	api.ListAlertsHandler = operations.GetAlertsHandlerFunc(ListAlerts) // want "registration openapi route=- handler=ListAlerts router=- wrappers=-"
	api.RemoteHandler = operations.GetAlertsHandlerFunc(impl.Remote)    // want "registration openapi route=- handler=impl.Remote router=- wrappers=-"
}
